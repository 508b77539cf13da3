package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The benchmark's floor: a streaming parse of a spreadsheet through the same readers the pipeline uses
 * (the zip and StAX stack for {@code .xlsx}, Commons CSV), touching every cell and doing nothing else: no
 * header search, no checks, no staging. A tool of the test sources, not of the product: the benchmark
 * starts it in a JVM of its own ({@code java -Xmx256m -cp ... id.go.kemnaker.blk.ingest.ParseFloor FILE}),
 * and README ("Benchmark, data-set generator and parse floor") gives the command to run it alone.
 */
public final class ParseFloor {

	/** Parses one file and prints the time the parse took, and what it touched. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
			System.err.println("usage: ParseFloor FILE   (an .xlsx, .xls or .csv file)");
			System.exit(2);
		}
		long t = System.nanoTime();
		Touched touched = touchEveryCell(Path.of(args[0]));
		System.out.printf(Locale.ROOT, "parse seconds: %.2f (%,d rows, %,d cells)%n", (System.nanoTime() - t) / 1e9,
				touched.rows(), touched.cells());
	}

	/** What was touched: rows and non-blank cells, and the characters in them (so that nothing is optimised away). */
	public record Touched(long rows, long cells, long characters) {
	}

	private ParseFloor() {
	}

	public static Touched touchEveryCell(Path file) throws IOException {
		long rows = 0;
		long cells = 0;
		long characters = 0;
		try (WorkbookSource source = SpreadsheetFiles.open(file, "auto", new ArrayList<>())) {
			for (int s = 0; s < source.sheetNames().size(); s++) {
				WorkbookSource.RowCursor cursor = source.openSheet(s);
				RawRow row;
				while ((row = cursor.next()) != null) {
					rows++;
					for (int c = 0; c < row.width(); c++) {
						String v = row.value(c);
						if (v != null) {
							cells++;
							characters += v.length();
						}
					}
				}
			}
		}
		return new Touched(rows, cells, characters);
	}
}
