package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;

/**
 * {@code blk-nasional-<P>.xlsx}: summary, BLK demand (with chart), labour market, its trend (with chart), placement by
 * province (with chart), by BLK and by programme, data quality, method and metadata.
 */
public final class NationalWorkbook {

	private NationalWorkbook() {
	}

	public static void write(Path target, ReportContext ctx) throws IOException {
		Labels l = ctx.labels();
		try (ReportBook book = new ReportBook(l, l.format("doc.national", ctx.results().period()),
				Timestamp.valueOf(ctx.run().generatedAt()), ReportBook.Paper.of(ctx.results().period().toString(),
						ctx.run().version(), ctx.quality()))) {
			SummarySheet.national(book, ctx);
			MapSheet.write(book, ctx);
			DemandSheet.write(book, ctx);
			PlanSheet.national(book, ctx);
			StabilitySheet.write(book, ctx);
			LabourSheet.national(book, ctx);
			TrendSheet.write(book, ctx);
			PlacementSheets.byProvince(book, ctx);
			PlacementSheets.byBlk(book, ctx, null);
			PlacementSheets.byProgram(book, ctx, null);
			QualitySheet.write(book, ctx.quality(), l.get("sheet.quality"));
			MethodSheet.write(book, ctx);
			MetadataSheet.write(book, ctx.run(), ctx.quality());
			book.save(target);
		}
	}

	/** {@code output/<P>/blk-nasional-<P>.xlsx} */
	public static Path path(Path output, String period) {
		return output.resolve(period).resolve("blk-nasional-" + period + ".xlsx");
	}
}
