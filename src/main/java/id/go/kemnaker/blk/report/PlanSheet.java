package id.go.kemnaker.blk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The plan-versus-need sheet: every planned and under-construction BLK with its province's rank, index
 * and rank stability; then the recommended (top N) provinces with no planned BLK; then the planned sites
 * outside the top N with the reason the inventory gives for them.
 */
final class PlanSheet {

	private PlanSheet() {
	}

	/** Planned and under-construction BLK (of one province, or all with {@code provinceCode} null), by rank. */
	static List<BlkRecord> planned(ReportContext ctx, String provinceCode) {
		Results r = ctx.results();
		return ctx.blks().stream()
			.filter(b -> b.status() == BlkStatus.PLANNED || b.status() == BlkStatus.CONSTRUCTION)
			.filter(b -> provinceCode == null || b.provinceCode().equals(provinceCode))
			.sorted(Comparator.comparing((BlkRecord b) -> r.value(Scope.PROVINCE, b.provinceCode(), Indicator.INDEX_RANK),
					Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BlkRecord::code))
			.toList();
	}

	/** Whether a province is among the recommended (top N). */
	static boolean recommended(Results r, String provinceCode) {
		Double v = r.value(Scope.PROVINCE, provinceCode, Indicator.BLK_ALLOCATION);
		return v != null && v > 0;
	}

	static void national(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		int n = ctx.settings().allocationCount();
		ReportSheet s = book.sheet(l.get("sheet.plan"));
		s.title(l.format("plan.title", r.period()));
		List<BlkRecord> planned = planned(ctx, null);
		long inTop = planned.stream().filter(b -> recommended(r, b.provinceCode())).count();
		s.note(agreement(l, ctx));
		s.note(l.format("plan.note", n));
		s.gap();
		plannedTable(s, l, ctx, planned);
		s.note(Sources.line(l, ctx, Sources.BLK, Sources.LABOUR));
		s.gap();

		Set<String> withPlan = planned.stream().map(BlkRecord::provinceCode).collect(Collectors.toSet());
		List<Province> gaps = DemandSheet.ranked(ctx).stream()
			.filter(p -> recommended(r, p.code()) && !withPlan.contains(p.code()))
			.toList();
		s.note(l.format("plan.gaps.title", n, gaps.size()));
		ReportTable g = s.table("Top_without_plan", List.of(Col.text(l.get("col.province.code")),
				Col.text(l.get("col.province")), Cells.col(l, Indicator.INDEX_RANK),
				Col.of(l.get("stability.col.index"), Fmt.DEC2), Col.of(l.format("stability.col.share", n), Fmt.DEC2),
				Col.text(l.get("stability.col.borderline")), Cells.col(l, Indicator.BLK_OPERATING), Cells.col(l, Indicator.SEATS),
				Cells.col(l, Indicator.UNEMPLOYED_PER_SEAT)));
		for (Province p : gaps) {
			String c = p.code();
			g.row(c, p.displayName(), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE),
					r.value(Scope.PROVINCE, c, Indicator.BLK_OPERATING), r.value(Scope.PROVINCE, c, Indicator.SEATS),
					r.value(Scope.PROVINCE, c, Indicator.UNEMPLOYED_PER_SEAT));
		}
		g.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK));
		s.gap();

		List<BlkRecord> outside = planned.stream().filter(b -> !recommended(r, b.provinceCode())).toList();
		s.note(l.format("plan.outside.title", n, outside.size(), planned.size() - inTop));
		ReportTable o = s.table("Planned_outside_top", List.of(Col.text(l.get("col.blk.code")),
				Col.text(l.get("col.blk.name")), Col.text(l.get("col.province")), Cells.col(l, Indicator.INDEX_RANK),
				Cells.col(l, Indicator.BLK_DEMAND_INDEX), Col.text(l.get("col.plan.reason"))));
		for (BlkRecord b : outside) {
			String c = b.provinceCode();
			o.row(b.code(), b.name(), province(ctx, c), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX),
					b.note() == null || b.note().isBlank() ? l.get("plan.no.reason") : b.note());
		}
		o.end();
		s.note(Sources.line(l, ctx, Sources.BLK, Sources.LABOUR));
		s.finish();
	}

	/** The province workbook's share: its planned and under-construction BLK, with its rank and stability. */
	static void province(ReportBook book, ReportContext ctx, Province p) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.plan"));
		s.title(l.format("plan.title.province", p.displayName(), r.period()));
		List<BlkRecord> planned = planned(ctx, p.code());
		s.note(planned.isEmpty() ? l.get("plan.province.none") : l.format("plan.note", ctx.settings().allocationCount()));
		s.gap();
		plannedTable(s, l, ctx, planned);
		s.note(Sources.line(l, ctx, Sources.BLK, Sources.LABOUR));
		s.finish();
	}

	/** One line: how many planned/under-construction BLK lie in the recommended provinces. */
	static String agreement(Labels l, ReportContext ctx) {
		Results r = ctx.results();
		List<BlkRecord> planned = planned(ctx, null);
		long inTop = planned.stream().filter(b -> recommended(r, b.provinceCode())).count();
		Set<String> withPlan = planned.stream().map(BlkRecord::provinceCode).collect(Collectors.toSet());
		long gaps = ctx.provinces().all().stream()
			.filter(p -> recommended(r, p.code()) && !withPlan.contains(p.code()))
			.count();
		return l.format("plan.agreement", inTop, planned.size(), ctx.settings().allocationCount(), gaps);
	}

	private static void plannedTable(ReportSheet s, Labels l, ReportContext ctx, List<BlkRecord> planned) {
		Results r = ctx.results();
		int n = ctx.settings().allocationCount();
		s.keyColumns(2);
		// the plan set against the need first, so that the first printed page answers it; details after
		ReportTable t = s.table("Planned_BLK", List.of(Col.text(l.get("col.blk.code")), Col.text(l.get("col.blk.name")),
				Col.text(l.get("col.province")), Cells.col(l, Indicator.INDEX_RANK),
				Col.of(l.get("stability.col.index"), Fmt.DEC2), Col.text(l.format("col.top", n)),
				Col.of(l.format("stability.col.share", n), Fmt.DEC2), Col.text(l.get("stability.col.borderline")),
				Col.of(l.get("col.planned.year"), Fmt.YEAR), Col.text(l.get("col.note")), Col.text(l.get("col.regency")),
				Col.text(l.get("col.type")), Col.text(l.get("col.blk.status")), Col.integer(l.get("col.capacity")),
				Col.integer(l.get("stability.col.best")), Col.integer(l.get("stability.col.worst"))));
		for (BlkRecord b : planned) {
			String c = b.provinceCode();
			t.row(b.code(), b.name(), province(ctx, c), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION),
					r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE), b.plannedYear(), b.note(), b.regency(),
					l.get("type." + b.type()), l.get("blkstatus." + b.status()), b.annualCapacity(),
					r.value(Scope.PROVINCE, c, Indicator.RANK_BEST), r.value(Scope.PROVINCE, c, Indicator.RANK_WORST));
		}
		t.end();
	}

	private static String province(ReportContext ctx, String code) {
		return ctx.provinces().byBpsCode(code).map(Province::displayName).orElse(code);
	}
}
