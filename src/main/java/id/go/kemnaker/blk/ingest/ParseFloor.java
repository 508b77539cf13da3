package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The benchmark's floor: a streaming parse of a spreadsheet through the same readers the pipeline uses
 * (the zip and StAX stack for {@code .xlsx}, Commons CSV), touching every cell and doing nothing else: no
 * header search, no checks, no staging.
 */
public final class ParseFloor {

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
