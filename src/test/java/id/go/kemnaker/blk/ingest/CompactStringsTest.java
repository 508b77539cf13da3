package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Fixtures;

/**
 * A workbook's shared strings: on the heap while small, in temporary files once large, the same strings
 * back either way, and no file left behind.
 */
class CompactStringsTest {

	@TempDir
	Path dir;

	private static List<String> strings(int n) {
		List<String> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			// ids, empty strings, names with letters outside ASCII, and now and then something long
			list.add(switch (i % 5) {
				case 0 -> "P-2025-" + i;
				case 1 -> "";
				case 2 -> "Siti Nurhaliza \u00e9\u00e8 \ud83d\ude00 " + i;
				case 3 -> "x".repeat(i % 300);
				default -> "BLK-" + (i % 97);
			});
		}
		return list;
	}

	private static Set<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("blk-shared-strings-")).collect(Collectors.toSet());
		}
	}

	@Test
	void keepsAFewStringsOnTheHeap() {
		try (CompactStrings list = new CompactStrings()) {
			strings(1_000).forEach(list::add);
			list.seal();

			assertThat(list.spilled()).isFalse();
			assertThat(list.size()).isEqualTo(1_000);
			for (int i = 0; i < 1_000; i++) {
				assertThat(list.get(i)).isEqualTo(strings(1_000).get(i));
			}
		}
	}

	@Test
	void movesToTemporaryFilesPastItsLimitReadsEveryStringBackAndLeavesNoFileBehind() throws IOException {
		// (on Linux the files are unlinked as soon as they are open, so they are never seen; elsewhere they go on close)
		Set<Path> before = temporaryFiles();
		List<String> expected = strings(20_000);
		try (CompactStrings list = new CompactStrings(4_096)) {
			expected.forEach(list::add);
			assertThat(list.spilled()).isTrue();
			list.seal();

			assertThat(list.size()).isEqualTo(20_000);
			for (int i = 0; i < expected.size(); i++) {
				assertThat(list.get(i)).as("string %d", i).isEqualTo(expected.get(i));
			}
			assertThat(list.get(-1)).isNull();
			assertThat(list.get(20_000)).isNull();
		}
		assertThat(temporaryFiles()).isEqualTo(before);
	}

	@Test
	void givesCellsThatReferToTheSameLongStringTheSameStringOnTheHeapAndInFiles() {
		String longText = "Jl. Merdeka ".repeat(100);
		for (int limit : new int[] { CompactStrings.DEFAULT_SPILL_BYTES, 0 }) {
			try (CompactStrings list = new CompactStrings(limit)) {
				list.add("short");
				list.add(longText);
				list.seal();

				assertThat(list.get(1)).isEqualTo(longText).isSameAs(list.get(1));
				assertThat(list.get(0)).isEqualTo("short");
			}
		}
	}

	@Test
	void refusesToAddOnceSealed() {
		try (CompactStrings list = new CompactStrings(16)) {
			list.add("a string longer than sixteen bytes");
			list.seal();

			assertThatThrownBy(() -> list.add("more")).isInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void failsTheFileNamingTheTemporaryFolderWhenItCannotWriteThere() {
		String tmp = System.getProperty("java.io.tmpdir");
		UnreadableFileException full = XlsxFailures.translate(
				new CompactStrings.TemporaryFileException(new IOException("No space left on device")));
		UnreadableFileException missing = XlsxFailures.translate(
				new CompactStrings.TemporaryFileException(new NoSuchFileException(tmp + "/blk-shared-strings-text-1.bin")));

		assertThat(full.reason()).isEqualTo("TEMPORARY_FILE");
		assertThat(full.getMessage()).isEqualTo("cannot keep the workbook's shared strings in a temporary file in " + tmp
				+ ": No space left on device; it must exist, be writable and have room, or start Java with -Djava.io.tmpdir=DIR");
		assertThat(missing.getMessage()).isEqualTo("cannot keep the workbook's shared strings in a temporary file in "
				+ tmp + ": no such folder; it must exist, be writable and have room, or start Java with -Djava.io.tmpdir=DIR");
	}

	@Test
	void refusesToReadASpilledListBeforeItIsSealed() {
		try (CompactStrings list = new CompactStrings(0)) {
			list.add("spilled at once");

			assertThatThrownBy(() -> list.get(0)).isInstanceOf(IllegalStateException.class).hasMessage("not sealed");
		}
	}

	@Test
	void readsAWorkbookWhoseSharedStringsMovedToFilesLikeOneWhoseStayedOnTheHeap() throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		for (int r = 0; r < 3_000; r++) {
			rows.add(Fixtures.row("P-" + r, "BLK-" + (r % 40), "Siti \u00e9 " + r, r));
		}
		Path file = Fixtures.xlsx(dir, "many-strings.xlsx", rows);

		assertThat(readAll(new XlsxSource(file.toFile(), 1_024))).isEqualTo(readAll(new XlsxSource(file.toFile())))
			.hasSize(3_000)
			.contains(List.of("P-2999", "BLK-39", "Siti \u00e9 2999", "2999.0"));
	}

	private static List<List<String>> readAll(XlsxSource source) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (source) {
			WorkbookSource.RowCursor cursor = source.openSheet(0);
			RawRow row;
			while ((row = cursor.next()) != null) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.width(); c++) {
					values.add(row.value(c));
				}
				rows.add(values);
			}
		}
		return rows;
	}
}
