package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.staging.DuplicateKeys;

/**
 * Every message the application can write has its text in both report bundles, with the same arguments:
 * the keys named in the main sources ({@code "msg...."}), the keys built from an enum's constants, the
 * reasons of the rejects and the headers of the rejects file.
 */
class MessageKeysTest {

	private static final ResourceBundle INDONESIAN = Message.bundle(Locale.forLanguageTag("id"));

	private static final ResourceBundle ENGLISH = Message.bundle(Locale.ENGLISH);

	private static final Pattern KEY = Pattern.compile("\"(msg\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9_-])\"");

	/** The keys named whole in the main sources. */
	static Set<String> keysInTheSources() {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = KEY.matcher(Files.readString(f));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return keys;
	}

	/** Every key the application uses: named whole, or a prefix and an enum constant. */
	static Set<String> keysUsed() {
		Set<String> keys = keysInTheSources();
		for (DuplicateKeys.Table t : DuplicateKeys.Table.values()) {
			keys.add("msg.dupkey." + t.name());
		}
		for (WideLayout.Measure m : WideLayout.Measure.values()) {
			keys.add("msg.measure." + m.name());
		}
		for (String f : LabourForceMerger.fieldNames()) {
			keys.add("msg.field." + f);
		}
		for (Layout l : Layout.values()) {
			keys.add(l.label());
		}
		for (RejectReason r : RejectReason.values()) {
			keys.add("reason." + r.name());
		}
		for (String c : List.of("dataset", "file", "sheet", "row", "column", "value", "reason", "reason_text", "message")) {
			keys.add("rejects.csv." + c);
		}
		return keys;
	}

	@Test
	void theSourcesNameMessages() {
		assertThat(keysInTheSources()).hasSizeGreaterThan(100).contains("msg.province.unknown-name", "msg.file.failed");
	}

	@Test
	void everyMessageKeyUsedIsInBothBundles() {
		List<String> missing = new ArrayList<>();
		for (String key : keysUsed()) {
			if (!INDONESIAN.containsKey(key)) {
				missing.add(key + " (id)");
			}
			if (!ENGLISH.containsKey(key)) {
				missing.add(key + " (en)");
			}
		}
		assertThat(missing).as("message keys without a text").isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameMessagesWithTheSameArguments() {
		Set<String> id = messageKeys(INDONESIAN);
		Set<String> en = messageKeys(ENGLISH);
		assertThat(id).as("messages of the Indonesian bundle").isEqualTo(en);
		List<String> different = new ArrayList<>();
		for (String key : id) {
			int a = new MessageFormat(INDONESIAN.getString(key), Locale.ROOT).getFormatsByArgumentIndex().length;
			int b = new MessageFormat(ENGLISH.getString(key), Locale.ROOT).getFormatsByArgumentIndex().length;
			if (a != b) {
				different.add(key + ": " + a + " arguments in Indonesian, " + b + " in English");
			}
		}
		assertThat(different).isEmpty();
	}

	@Test
	void noMessageOfTheBundlesIsLeftUnused() {
		Set<String> unused = new TreeSet<>(messageKeys(ENGLISH));
		unused.removeAll(keysUsed());
		assertThat(unused).as("messages no code writes").isEmpty();
	}

	@Test
	void aMessageRendersInEachLanguageWithItsQuotedValueAsTyped() {
		Message m = Message.of("msg.province.unknown-name", "Kalimantan Tenggara");
		assertThat(m.render(INDONESIAN, Locale.forLanguageTag("id")))
			.isEqualTo("'Kalimantan Tenggara' bukan nama provinsi yang dikenal");
		assertThat(m.english()).isEqualTo("'Kalimantan Tenggara' is not a known province name");
		Message rate = Message.of("msg.labour.tpt-mismatch", "4.85", "4.90");
		assertThat(rate.render(INDONESIAN, Locale.forLanguageTag("id"))).contains("4,85").contains("4,90");
		assertThat(rate.english()).contains("4.85").contains("4.90");
		Message total = Message.of("msg.total.rate", "2025-08", "TPAK", "70.56", "70.59", "-0.03");
		assertThat(total.render(INDONESIAN, Locale.forLanguageTag("id"))).isEqualTo("2025-08: TPAK nasional dari jumlah"
				+ " orang provinsi 70,56, sedangkan baris INDONESIA menerbitkan 70,59 (selisih -0,03 poin)");
		assertThat(Message.of("msg.total.unemployed", "2025-08", 7_470_000, 7_460_000, 10_000).english())
			.isEqualTo("2025-08: the provinces' unemployed sum to 7,470,000 but the INDONESIA row says 7,460,000"
					+ " (difference 10,000)");
	}

	@Test
	void aStoredMessageWithNestedMessagesAndListsReadsBackTheSame() {
		Message where = Message.of("msg.where.sheet-row", "Data\u001F;x", 7);
		Message m = Message.of("msg.file.failed.sheet", Message.of("msg.file.temporary", "/tmp",
				Message.of("msg.file.temporary.denied")), "Data");
		Message list = Message.of("msg.duplicate.conflict", Message.of("msg.dupkey.BLK", "B6"),
				Message.joined(List.of(where, Message.literal("a\u001Cb"))), 3);
		for (Message original : List.of(where, m, list)) {
			Message back = Message.stored(original.key(), original.encodedArgs(), null);
			assertThat(back).isEqualTo(original);
			assertThat(back.english()).isEqualTo(original.english());
		}
		assertThat(Message.decodeList(Message.encodeList(List.of(m, list, where)))).containsExactly(m, list, where);
		assertThat(list.english()).isEqualTo("BLK B6 also at sheet 'Data ;x' row 7, a b and 3 more with different values;"
				+ " all are rejected, none is guessed");
		assertThat(m.english()).isEqualTo("cannot keep the workbook's shared strings in a temporary file in /tmp: not"
				+ " allowed to write there; it must exist, be writable and have room, or start Java with"
				+ " -Djava.io.tmpdir=DIR (sheet 'Data'); none of its rows are used");
	}

	@Test
	void aRowStoredBeforeMessagesHadKeysShowsItsText() {
		assertThat(Message.stored(null, null, "old text").english()).isEqualTo("old text");
		assertThat(Message.decodeList(null)).isEqualTo(Collections.emptyList());
	}

	private static Set<String> messageKeys(ResourceBundle bundle) {
		Set<String> keys = new TreeSet<>();
		for (String k : bundle.keySet()) {
			if (k.startsWith("msg.")) {
				keys.add(k);
			}
		}
		return keys;
	}
}
