package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;

import id.go.kemnaker.blk.domain.Province;

/**
 * {@code provinsi/<code>-<slug>-<P>.xlsx}: the province's summary (with its rank), labour-market trend,
 * its BLK and programmes, its data quality, method and metadata.
 */
public final class ProvinceWorkbook {

	private ProvinceWorkbook() {
	}

	public static void write(Path target, ReportContext ctx, Province p) throws IOException {
		Labels l = ctx.labels();
		try (ReportBook book = new ReportBook(l, l.format("doc.province", p.displayName(), ctx.results().period()),
				Timestamp.valueOf(ctx.run().generatedAt()), ReportBook.Paper.of(ctx.results().period().toString(),
						ctx.run().version(), ctx.quality()))) {
			SummarySheet.province(book, ctx, p);
			LabourSheet.trend(book, ctx, p);
			PlanSheet.province(book, ctx, p);
			PlacementSheets.byBlk(book, ctx, p.code());
			PlacementSheets.byProgram(book, ctx, p.code());
			QualityData q = ctx.provinceQuality().apply(p.code());
			QualitySheet.write(book, q, l.get("sheet.quality") + ": " + p.displayName());
			MethodSheet.write(book, ctx);
			MetadataSheet.write(book, ctx.run(), ctx.quality());
			book.save(target);
		}
	}

	/** {@code output/<P>/provinsi/<code>-<slug>-<P>.xlsx} */
	public static Path path(Path output, String period, Province p) {
		return output.resolve(period).resolve("provinsi").resolve(p.code() + "-" + p.slug() + "-" + period + ".xlsx");
	}
}
