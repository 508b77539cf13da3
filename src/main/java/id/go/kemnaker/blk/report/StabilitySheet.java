package id.go.kemnaker.blk.report;

import java.util.List;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The rank-stability sheet: per province its rank, the best, median and worst rank over the alternative
 * computations (RANK_STABILITY), the share of weight draws that put it in the top N, the borderline flag
 * and its distance in index points to the cut-off. Short headers keep the table on one page's width.
 */
final class StabilitySheet {

	private StabilitySheet() {
	}

	static void write(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		int n = ctx.settings().allocationCount();
		ReportSheet s = book.sheet(l.get("sheet.stability"));
		s.title(l.format("stability.title", r.period()));
		s.note(l.format("stability.note", n));
		s.note(l.format("stability.borderline", n));
		s.gap();
		s.keyColumns(3);
		ReportTable t = s.table("Rank_stability", List.of(Cells.col(l, Indicator.INDEX_RANK),
				Col.text(l.get("col.province.code")), Col.text(l.get("col.province")),
				Col.of(l.get("stability.col.index"), Fmt.DEC2), Col.integer(l.get("stability.col.best")),
				Col.integer(l.get("stability.col.median")), Col.integer(l.get("stability.col.worst")),
				Col.of(l.format("stability.col.share", n), Fmt.DEC2), Col.text(l.get("stability.col.borderline")),
				Col.of(l.get("stability.col.gap"), Fmt.DEC2)));
		for (Province p : DemandSheet.ranked(ctx)) {
			String c = p.code();
			t.row(r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK), c, p.displayName(),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), r.value(Scope.PROVINCE, c, Indicator.RANK_BEST),
					r.value(Scope.PROVINCE, c, Indicator.RANK_MEDIAN), r.value(Scope.PROVINCE, c, Indicator.RANK_WORST),
					r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE),
					r.value(Scope.PROVINCE, c, Indicator.GAP_TO_CUTOFF));
		}
		t.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.DEMAND));
		s.finish();
	}
}
