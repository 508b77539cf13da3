package id.go.kemnaker.blk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejects file: every rejected row with its file, sheet, row, column, value (personal data masked),
 * reason code, what the reason means and the message, with headers and texts in the run's language.
 * Separated by {@code ;} and UTF-8 with a BOM, so that Excel opens it in columns in the Indonesian locale
 * (where {@code ,} is the decimal separator) as in others. Values that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return first) get a leading apostrophe.
 */
public final class RejectsCsv {

	private RejectsCsv() {
	}

	/** The columns, by their header key ({@code rejects.csv.<column>}). */
	static final List<String> COLUMNS = List.of("dataset", "file", "sheet", "row", "column", "value", "reason",
			"reason_text", "message");

	/** How the file is written, and read back. */
	public static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	/** {@code output/<P>/rejects-<P>.csv} */
	public static Path path(Path output, String period) {
		return output.resolve(period).resolve("rejects-" + period + ".csv");
	}

	/** @param rows calls its argument once per rejected row, in file order */
	public static long write(Path target, Labels labels, Consumer<Consumer<QualityData.RejectRow>> rows)
			throws IOException {
		long[] count = new long[1];
		AtomicFiles.write(target, out -> {
			// buffered: the printer writes a quoted value a character at a time
			Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			w.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(w, FORMAT);
			printer.printRecord(COLUMNS.stream().map(c -> labels.get("rejects.csv." + c)).toList());
			IOException[] failure = new IOException[1];
			rows.accept(r -> {
				if (failure[0] != null) {
					return;
				}
				try {
					printer.printRecord(safe(r.dataset()), safe(r.file()), safe(r.sheet()), r.row(), safe(r.column()),
							safe(r.value()), r.reason(), labels.has("reason." + r.reason()) ? labels.get("reason." + r.reason())
									: r.reason(), safe(labels.text(r.message())));
					count[0]++;
				}
				catch (IOException e) {
					failure[0] = e;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			printer.flush();
		});
		return count[0];
	}

	/** Neutralises spreadsheet formula injection. */
	static String safe(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		char c = s.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
	}
}
