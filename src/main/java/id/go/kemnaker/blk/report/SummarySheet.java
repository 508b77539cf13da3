package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.List;


import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The summary sheet, a one-page brief: key messages written as sentences from the indicators, the
 * headline figures (the published national figure beside the sum of provinces; a province's figure
 * beside the national one), the top 10 provinces with their rank stability, the plan-versus-need line
 * and the data-quality headline, each table with its source line.
 */
final class SummarySheet {

	private static final List<Indicator> HEADLINE = List.of(Indicator.TPT, Indicator.TPAK, Indicator.YUR,
			Indicator.TPT_YOY, Indicator.UNEMPLOYED, Indicator.BLK_OPERATING, Indicator.BLK_PLANNED, Indicator.SEATS,
			Indicator.GRADUATES, Indicator.PLACEMENT_RATE, Indicator.PLACEMENT_RATE_PREVIOUS, Indicator.TRACED_RATE);

	private static final int TOP = 10;

	private SummarySheet() {
	}

	static void national(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title", r.period()));
		s.note(l.format("summary.period.line", r.period().toString(), r.windowStart(), r.windowEnd()));
		s.gap();
		s.note(l.get("summary.messages"));
		messages(s, Messages.national(l, ctx));
		s.gap();

		ReportTable h = s.table("Headline", List.of(Col.text(l.get("col.indicator")), Col.of(l.get("col.value"), Fmt.TEXT),
				Col.of(l.get("col.sum.provinces"), Fmt.DEC2), Col.of(l.get("col.difference"), Fmt.DEC2),
				Col.text(l.get("row.notes"))));
		for (Indicator i : HEADLINE) {
			Double v = r.value(Scope.NATIONAL, "ID", i);
			Indicator sum = sumOfProvinces(i);
			Double computed = sum == null ? null : r.value(Scope.NATIONAL, "ID", sum);
			Double diff = v == null || computed == null ? null : Math.round((v - computed) * 100) / 100.0;
			String note;
			if (computed != null && r.flag(Scope.NATIONAL, "ID", i) == Flag.NATIONAL_FROM_TOTAL_ROW) {
				note = diff != null && Math.abs(diff) >= 0.005 ? l.format("summary.published.differs", diff)
						: l.get("summary.published.same");
			}
			else {
				note = Cells.flagText(l, r.flag(Scope.NATIONAL, "ID", i));
			}
			h.row(l.get("ind." + i + ".name"), typed(i, v), computed, computed == null ? null : diff, note);
		}
		h.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.TRAINING));
		s.gap();

		s.note(l.format("summary.top.stability", TOP, ctx.settings().allocationCount()));
		ReportTable t = s.table("Top_provinces", List.of(Col.text(l.get("col.province")),
				Col.text(l.get("col.province.code")), Cells.col(l, Indicator.INDEX_RANK),
				Cells.col(l, Indicator.BLK_DEMAND_INDEX), Cells.col(l, Indicator.RANK_BEST), Cells.col(l, Indicator.RANK_WORST),
				Cells.col(l, Indicator.TOP_N_SHARE), Cells.col(l, Indicator.BORDERLINE),
				Cells.col(l, Indicator.HAS_PLANNED_BLK)));
		int shown = 0;
		for (Province p : DemandSheet.ranked(ctx)) {
			String c = p.code();
			if (shown++ == TOP || r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK) == null) {
				break;
			}
			t.row(p.displayName(), c, r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), r.value(Scope.PROVINCE, c, Indicator.RANK_BEST),
					r.value(Scope.PROVINCE, c, Indicator.RANK_WORST), r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK));
		}
		t.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.DEMAND));
		s.gap();
		s.note(l.get("summary.plan.heading") + " " + PlanSheet.agreement(l, ctx));
		s.note(l.get("summary.quality.heading") + " " + qualityLine(l, ctx.quality()));
		s.finish();
		onePage(s);
	}

	static void province(ReportBook book, ReportContext ctx, Province p) {
		Labels l = book.labels();
		Results r = ctx.results();
		String c = p.code();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title.province", p.displayName(), r.period()));
		s.note(l.format("summary.period.line", r.period().toString(), r.windowStart(), r.windowEnd()));
		s.gap();
		s.note(l.get("summary.messages"));
		messages(s, Messages.province(l, ctx, p));
		s.gap();

		long ranked = ctx.provinces().all().stream()
			.filter(x -> r.value(Scope.PROVINCE, x.code(), Indicator.INDEX_RANK) != null)
			.count();
		int n = ctx.settings().allocationCount();
		ReportTable k = s.table("Rank", List.of(Col.text(l.get("summary.rank.heading")), Col.of(l.get("col.value"), Fmt.TEXT),
				Col.text(l.get("row.notes"))));
		k.row(l.format("summary.rank", ranked), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK), null);
		k.row(l.get("ind.BLK_DEMAND_INDEX.short"), typed(Indicator.BLK_DEMAND_INDEX,
				r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX)), Cells.flagText(l, r.flag(Scope.PROVINCE, c,
						Indicator.BLK_DEMAND_INDEX)));
		k.row(l.format("summary.recommended", n), Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION), null);
		k.row(l.get("ind.RANK_BEST.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_BEST), null);
		k.row(l.get("ind.RANK_MEDIAN.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_MEDIAN), null);
		k.row(l.get("ind.RANK_WORST.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_WORST), null);
		k.row(l.get("ind.TOP_N_SHARE.short"), typed(Indicator.TOP_N_SHARE, r.value(Scope.PROVINCE, c,
				Indicator.TOP_N_SHARE)), null);
		k.row(l.get("ind.BORDERLINE.short"), Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE), null);
		k.row(l.get("ind.GAP_TO_CUTOFF.short"), typed(Indicator.GAP_TO_CUTOFF, r.value(Scope.PROVINCE, c,
				Indicator.GAP_TO_CUTOFF)), null);
		k.row(l.get("summary.planned"), Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK), null);
		k.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.DEMAND));
		s.gap();

		ReportTable h = s.table("Headline", List.of(Col.text(l.get("col.indicator")),
				Col.of(l.format("col.province.value", p.displayName()), Fmt.TEXT),
				Col.of(l.get("col.national.value"), Fmt.TEXT), Col.text(l.get("row.notes"))));
		for (Indicator i : HEADLINE) {
			h.row(l.get("ind." + i + ".name"), typed(i, r.value(Scope.PROVINCE, c, i)),
					typed(i, r.value(Scope.NATIONAL, "ID", i)), Cells.flagText(l, r.flag(Scope.PROVINCE, c, i)));
		}
		h.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.TRAINING));
		s.gap();
		QualityData q = ctx.provinceQuality().apply(c);
		s.note(l.get("summary.quality.heading") + " " + l.format("summary.quality.province",
				q.reasons().stream().mapToLong(QualityData.ReasonRow::count).sum(), q.warnings().size()));
		s.finish();
		onePage(s);
	}

	/** The sum-of-provinces counterpart of a national figure, where there is one. */
	private static Indicator sumOfProvinces(Indicator i) {
		return switch (i) {
			case TPT -> Indicator.TPT_SUM_OF_PROVINCES;
			case TPAK -> Indicator.TPAK_SUM_OF_PROVINCES;
			default -> null;
		};
	}

	/** A value that keeps its indicator's number format in a column of mixed units. */
	private static Object typed(Indicator i, Double v) {
		if (v == null) {
			return null;
		}
		return switch (Cells.fmt(i)) {
			case INT -> v.longValue() == v ? (Object) v.longValue() : v;
			default -> new Formatted(v, Cells.fmt(i));
		};
	}

	static String qualityLine(Labels l, QualityData q) {
		long skipped = q.files().stream().filter(f -> "SKIPPED".equals(f.status()) || "NO_DATA".equals(f.status()))
			.count();
		return l.format("summary.quality", q.files().size(), q.filesRead(), q.filesFailed(), skipped, q.rowsRead(),
				q.accepted(), q.rejected());
	}

	/** Each message a numbered paragraph of its own. */
	private static void messages(ReportSheet s, List<String> messages) {
		int n = 0;
		for (String m : messages) {
			s.paragraph(++n + ". " + m);
		}
	}

	/** The brief prints on one A4 page: shrunk a little should a long list of messages need it. */
	private static void onePage(ReportSheet s) {
		s.sheet().setFitToPage(true);
		s.sheet().getPrintSetup().setFitHeight((short) 1);
		s.sheet().getPrintSetup().setFitWidth((short) 1);
	}

	/** Planned BLK of a province, by name, for a sentence. */
	static String plannedNames(ReportContext ctx, String provinceCode) {
		List<String> names = new ArrayList<>();
		for (BlkRecord b : PlanSheet.planned(ctx, provinceCode)) {
			names.add(b.plannedYear() == null ? b.name() : b.name() + " (" + b.plannedYear() + ")");
		}
		return String.join(", ", names);
	}
}
