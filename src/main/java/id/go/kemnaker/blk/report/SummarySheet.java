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
			Indicator.TPT_YOY, Indicator.BLK_OPERATING, Indicator.SEATS, Indicator.PLACEMENT_RATE,
			Indicator.PLACEMENT_RATE_PREVIOUS, Indicator.TRACED_RATE);

	private static final int TOP = 10;

	private SummarySheet() {
	}

	static void national(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		int n = ctx.settings().allocationCount();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title", r.period()));
		s.note(l.format("summary.period.line", r.period().toString(), r.windowStart(), r.windowEnd()));
		s.note(l.get("summary.messages"));
		messages(s, Messages.national(l, ctx));

		ReportTable h = s.table("Headline", List.of(Col.text(l.get("col.indicator")), Col.of(l.get("col.value"), Fmt.TEXT),
				Col.of(l.get("col.sum.provinces"), Fmt.DEC2), Col.of(l.get("col.difference"), Fmt.DEC2)));
		List<String> published = new ArrayList<>();
		List<Indicator> others = new ArrayList<>();
		for (Indicator i : HEADLINE) {
			Double v = r.value(Scope.NATIONAL, "ID", i);
			Indicator sum = sumOfProvinces(i);
			Double computed = sum == null ? null : r.value(Scope.NATIONAL, "ID", sum);
			Double diff = v == null || computed == null ? null : Math.round((v - computed) * 100) / 100.0;
			if (computed != null && r.flag(Scope.NATIONAL, "ID", i) == Flag.NATIONAL_FROM_TOTAL_ROW) {
				published.add(diff != null && Math.abs(diff) >= 0.005 ? l.format("summary.published.differs",
						l.get("ind." + i + ".short"), v, computed, Math.abs(diff)) : l.format("summary.published.same",
								l.get("ind." + i + ".short")));
			}
			else {
				others.add(i);
			}
			h.row(label(l, i), typed(i, v), computed, computed == null ? null : diff);
		}
		h.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.TRAINING));
		if (!published.isEmpty()) {
			s.note(l.format("summary.published.note", String.join("; ", published)));
		}
		String notes = Cells.notes(l, r, Scope.NATIONAL, "ID", others);
		if (notes != null) {
			s.note(l.get("row.notes") + ": " + notes);
		}

		s.note(l.format("summary.top.stability", TOP, n));
		ReportTable t = s.table("Top_provinces", List.of(Col.text(l.get("col.province")), Cells.col(l, Indicator.INDEX_RANK),
				Col.of(l.get("stability.col.index"), Fmt.DEC2), Col.integer(l.get("stability.col.best")),
				Col.integer(l.get("stability.col.worst")), Col.of(l.format("stability.col.share", n), Fmt.DEC2),
				Col.text(l.get("stability.col.borderline")), Col.text(l.get("col.planned"))));
		int shown = 0;
		for (Province p : DemandSheet.ranked(ctx)) {
			String c = p.code();
			if (shown++ == TOP || r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK) == null) {
				break;
			}
			t.row(p.displayName(), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK),
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), r.value(Scope.PROVINCE, c, Indicator.RANK_BEST),
					r.value(Scope.PROVINCE, c, Indicator.RANK_WORST), r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE),
					Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK));
		}
		t.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.DEMAND));
		s.note(l.get("summary.plan.heading") + " " + PlanSheet.agreement(l, ctx));
		s.note(l.get("summary.quality.heading") + " " + qualityLine(l, ctx.quality()));
		s.finish();
		onePage(s);
	}

	static void province(ReportBook book, ReportContext ctx, Province p) {
		Labels l = book.labels();
		Results r = ctx.results();
		String c = p.code();
		int n = ctx.settings().allocationCount();
		ReportSheet s = book.sheet(l.get("sheet.summary"));
		s.title(l.format("summary.title.province", p.displayName(), r.period()));
		s.note(l.format("summary.period.line", r.period().toString(), r.windowStart(), r.windowEnd()));
		s.note(l.get("summary.messages"));
		messages(s, Messages.province(l, ctx, p));

		long ranked = ctx.provinces().all().stream()
			.filter(x -> r.value(Scope.PROVINCE, x.code(), Indicator.INDEX_RANK) != null)
			.count();
		ReportTable k = s.table("Rank", List.of(Col.text(l.get("summary.rank.heading")),
				Col.of(l.get("col.value"), Fmt.TEXT)));
		k.row(l.format("summary.rank", ranked), r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK));
		k.row(l.get("ind.BLK_DEMAND_INDEX.short"), typed(Indicator.BLK_DEMAND_INDEX,
				r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX)));
		k.row(l.format("summary.recommended", n), Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION));
		k.row(l.get("ind.RANK_BEST.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_BEST));
		k.row(l.get("ind.RANK_MEDIAN.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_MEDIAN));
		k.row(l.get("ind.RANK_WORST.short"), r.value(Scope.PROVINCE, c, Indicator.RANK_WORST));
		k.row(l.format("stability.col.share", n), typed(Indicator.TOP_N_SHARE, r.value(Scope.PROVINCE, c,
				Indicator.TOP_N_SHARE)));
		k.row(l.get("ind.BORDERLINE.short"), Cells.value(l, r, Scope.PROVINCE, c, Indicator.BORDERLINE));
		k.row(l.get("ind.GAP_TO_CUTOFF.short"), typed(Indicator.GAP_TO_CUTOFF, r.value(Scope.PROVINCE, c,
				Indicator.GAP_TO_CUTOFF)));
		k.row(l.get("summary.planned"), Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK));
		k.end();
		s.note(Sources.line(l, ctx, Sources.LABOUR, Sources.BLK, Sources.DEMAND));
		String indexNote = Cells.notes(l, r, Scope.PROVINCE, c, List.of(Indicator.BLK_DEMAND_INDEX));
		if (indexNote != null) {
			s.note(l.get("row.notes") + ": " + indexNote);
		}
		s.gap();

		ReportTable h = s.table("Headline", List.of(Col.text(l.get("col.indicator")),
				Col.of(l.format("col.province.value", p.displayName()), Fmt.TEXT),
				Col.of(l.get("col.national.value"), Fmt.TEXT), Col.text(l.get("row.notes"))));
		for (Indicator i : HEADLINE) {
			h.row(label(l, i), typed(i, r.value(Scope.PROVINCE, c, i)), typed(i, r.value(Scope.NATIONAL, "ID", i)),
					Cells.flagText(l, r.flag(Scope.PROVINCE, c, i)));
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

	/** The headline label of an indicator: its name, or a shorter one where the name would widen the page. */
	private static String label(Labels l, Indicator i) {
		return l.has("summary.label." + i) ? l.get("summary.label." + i) : l.get("ind." + i + ".name");
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

	/**
	 * The brief prints on one A4 page, the one sheet fitted to a page: it is short enough that its 10 pt
	 * text stays above 7 pt on paper (the render test measures it).
	 */
	private static void onePage(ReportSheet s) {
		s.sheet().setFitToPage(true);
		s.sheet().getPrintSetup().setFitHeight((short) 1);
		s.sheet().getPrintSetup().setFitWidth((short) 1);
		// the footer shrinks with the page: 10 pt, so that it prints above 7 pt at the brief's scale
		s.footerPoints(10);
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
