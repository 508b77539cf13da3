package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * The data-quality workbook of the {@code validate} command: the data-quality sheet, every rejected row,
 * and the input files with their checksums.
 */
public final class QualityWorkbook {

	/** Rows beyond this are left to the rejects file (an Excel sheet holds 1,048,576 rows). */
	static final int MAX_REJECT_ROWS = 1_000_000;

	private QualityWorkbook() {
	}

	public static void write(Path target, Labels l, QualityData quality, RunInfo run,
			Consumer<Consumer<QualityData.RejectRow>> rejects) throws IOException {
		try (ReportBook book = new ReportBook(l, l.get("quality.doc.title"), new Date(),
				ReportBook.Paper.of(run.period() == null ? "" : run.period(), run.version(), quality))) {
			QualitySheet.write(book, quality, l.format("quality.title", run.inputDir()));
			ReportSheet s = book.sheet(l.get("sheet.rejects"));
			s.title(l.get("rejects.title"));
			s.note(l.get("rejects.note"));
			ReportTable t = s.table("Rejected_rows", List.of(Col.text(l.get("col.dataset")), Col.text(l.get("col.file")),
					Col.text(l.get("col.sheet")), Col.integer(l.get("col.row")), Col.text(l.get("col.column")),
					Col.text(l.get("col.value")), Col.text(l.get("col.reason")), Col.text(l.get("col.message"))));
			int[] n = new int[1];
			rejects.accept(r -> {
				if (n[0]++ < MAX_REJECT_ROWS) {
					t.row(QualitySheet.dataset(l, r.dataset()), r.file(), r.sheet(), r.row(), r.column(), r.value(), r.reason(),
							l.text(r.message()));
				}
			});
			t.end();
			if (n[0] > MAX_REJECT_ROWS) {
				s.note(l.format("rejects.truncated", n[0] - MAX_REJECT_ROWS));
			}
			s.finish();
			MetadataSheet.write(book, run, quality);
			book.save(target);
		}
	}
}
