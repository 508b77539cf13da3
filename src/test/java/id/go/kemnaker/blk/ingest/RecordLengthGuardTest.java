package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A record that never ends is stopped; a valid CSV, however quoted, never is. */
class RecordLengthGuardTest {

	private static final String ALPHABET = "ab1 ,;\"\n\r\t\u00e9";

	@Test
	void neverStopsAValidCsvWhoseRecordsFitTheLimit() throws IOException {
		Random random = new Random(11);
		for (int file = 0; file < 300; file++) {
			char delimiter = file % 3 == 0 ? ';' : file % 3 == 1 ? ',' : '\t';
			CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).get();
			List<List<String>> rows = new ArrayList<>();
			StringWriter out = new StringWriter();
			int longest = 0;
			try (CSVPrinter printer = new CSVPrinter(out, format)) {
				for (int r = 0; r < 20; r++) {
					List<String> row = new ArrayList<>();
					for (int c = 0; c < 1 + random.nextInt(6); c++) {
						StringBuilder v = new StringBuilder();
						for (int k = random.nextInt(12); k > 0; k--) {
							v.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
						}
						row.add(v.toString());
					}
					int before = out.getBuffer().length();
					printer.printRecord(row);
					longest = Math.max(longest, out.getBuffer().length() - before);
					rows.add(row);
				}
			}
			String text = out.toString();

			List<List<String>> read = new ArrayList<>();
			try (Reader guarded = new RecordLengthGuard(new StringReader(text), delimiter, longest);
					CSVParser parser = CSVParser.parse(guarded, format)) {
				for (CSVRecord record : parser) {
					read.add(record.toList());
				}
			}
			assertThat(read).as(text).isEqualTo(rows);
		}
	}

	@Test
	void stopsAQuotedFieldThatNeverClosesNamingTheLineItOpenedOn() {
		String text = "a,b\n1,2\n3,\"four\n5,6\n7,8\n9,10\n11,12\n";

		assertThatThrownBy(() -> drain(new RecordLengthGuard(new StringReader(text), ',', 12)))
			.isInstanceOfSatisfying(RecordLengthGuard.RecordTooLongException.class, e -> {
				assertThat(e.quoted).isTrue();
				assertThat(e.quoteLine).isEqualTo(3);
			});
	}

	@Test
	void takesAQuoteInsideAnUnquotedFieldForAQuote() throws IOException {
		// 12" pipe, as Commons CSV reads it: no field opens there
		String text = "ukuran,jumlah\n12\" pipe,4\n3\" pipe,5\n".repeat(50);

		assertThat(drain(new RecordLengthGuard(new StringReader(text), ',', 20))).isEqualTo(text);
	}

	@Test
	void stopsOneEndlessLine() {
		assertThatThrownBy(() -> drain(new RecordLengthGuard(new StringReader("h\n" + "x".repeat(101)), ',', 100)))
			.isInstanceOfSatisfying(RecordLengthGuard.RecordTooLongException.class, e -> {
				assertThat(e.quoted).isFalse();
				assertThat(e.line).isEqualTo(2);
			});
	}

	private static String drain(Reader reader) throws IOException {
		StringBuilder sb = new StringBuilder();
		char[] buffer = new char[7];
		int n;
		while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
			sb.append(buffer, 0, n);
		}
		return sb.toString();
	}
}
