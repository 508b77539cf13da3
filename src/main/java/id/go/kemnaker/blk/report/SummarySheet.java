package id.go.kemnaker.blk.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/** The summary sheet: headline figures for the period, the top provinces, and the data-quality headline. */
final class SummarySheet {

	private static final List<Indicator> HEADLINE = List.of(Indicator.TPT, Indicator.TPAK, Indicator.YUR,
			Indicator.TPT_YOY, Indicator.UNEMPLOYED, Indicator.LABOUR_FORCE, Indicator.BLK_OPERATING, Indicator.BLK_PLANNED,
			Indicator.SEATS, Indicator.UNEMPLOYED_PER_SEAT, Indicator.PARTICIPANTS, Indicator.GRADUATES,
			Indicator.COMPLETION_RATE, Indicator.CERTIFICATION_RATE, Indicator.PLACEMENT_RATE, Indicator.TRACED_RATE,
			Indicator.VACANCIES, Indicator.PSN_WORKERS);

	private SummarySheet() {
	}

	static void national(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title", r.period()));
		period(s, l, r);
		headline(s, l, r, Scope.NATIONAL, "ID");
		QualityData q = ctx.quality();
		s.pair(l.get("summary.files"), q.filesRead(), Fmt.INT);
		s.pair(l.get("summary.rows.accepted"), q.accepted(), Fmt.INT);
		s.pair(l.get("summary.rows.rejected"), q.rejected(), Fmt.INT);
		s.gap();
		s.note(l.get("summary.top"));
		ReportTable t = s.table("Top_provinces", List.of(Cells.col(l, Indicator.INDEX_RANK),
				Col.text(l.get("col.province.code")), Col.text(l.get("col.province")),
				Cells.col(l, Indicator.BLK_DEMAND_INDEX), Cells.col(l, Indicator.UNEMPLOYED), Cells.col(l, Indicator.TPT),
				Cells.col(l, Indicator.BLK_ALLOCATION), Cells.col(l, Indicator.HAS_PLANNED_BLK)));
		int shown = 0;
		for (Province p : DemandSheet.ranked(ctx)) {
			if (shown++ == 10) {
				break;
			}
			String c = p.code();
			t.row(r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK), c, p.displayName(),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), r.value(Scope.PROVINCE, c, Indicator.UNEMPLOYED),
					r.value(Scope.PROVINCE, c, Indicator.TPT), Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK));
		}
		t.end();
		s.finish();
	}

	static void province(ReportBook book, ReportContext ctx, Province p) {
		Labels l = book.labels();
		Results r = ctx.results();
		String c = p.code();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title.province", p.displayName(), r.period()));
		period(s, l, r);
		long ranked = ctx.provinces().all().stream()
			.filter(x -> r.value(Scope.PROVINCE, x.code(), Indicator.INDEX_RANK) != null)
			.count();
		line(s, l.format("summary.rank", ranked), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK), Fmt.INT, null);
		line(s, l.get("ind.BLK_DEMAND_INDEX.short"), r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), Fmt.DEC2,
				Cells.flagText(l, r.flag(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX)));
		line(s, l.format("summary.recommended", ctx.settings().allocationCount()),
				Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION), Fmt.TEXT, null);
		line(s, l.get("summary.planned"), Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK), Fmt.TEXT, null);
		headline(s, l, r, Scope.PROVINCE, c);
		QualityData q = ctx.provinceQuality().apply(c);
		s.pair(l.get("summary.rows.rejected.province"), q.reasons().stream().mapToLong(QualityData.ReasonRow::count).sum(),
				Fmt.INT);
		s.finish();
	}

	private static void period(ReportSheet s, Labels l, Results r) {
		s.pair(l.get("summary.period"), r.period().toString(), Fmt.TEXT);
		s.pair(l.get("summary.window"), l.format("summary.window.value", r.windowStart(), r.windowEnd()), Fmt.TEXT);
	}

	private static void headline(ReportSheet s, Labels l, Results r, Scope scope, String key) {
		for (Indicator i : HEADLINE) {
			Flag f = r.flag(scope, key, i);
			line(s, l.get("ind." + i + ".name"), r.value(scope, key, i), Cells.fmt(i), Cells.flagText(l, f));
		}
	}

	/** A label, a value and a note on one row. */
	private static void line(ReportSheet s, String label, Object value, Fmt fmt, String note) {
		s.pair(label, value, fmt);
		if (note != null) {
			Row row = s.sheet().getRow(s.nextRow() - 1);
			s.put(row, 2, note, Fmt.TEXT, false);
		}
	}
}
