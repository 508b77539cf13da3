package id.go.kemnaker.blk.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The key messages of the summary: sentences with their figures, made from the indicators with the
 * bundle's templates, so numbers read as the workbook's language writes them (4,85 in Indonesian, 4.85
 * in English). A message whose figures are missing is left out, never said with a 0.
 */
final class Messages {

	/** A change smaller than this (half the last shown decimal) reads as no change. */
	private static final double SAME = 0.005;

	/** The share of weight draws from which a recommendation reads as firm. */
	private static final double FIRM_SHARE = 90;

	private Messages() {
	}

	static List<String> national(Labels l, ReportContext ctx) {
		Results r = ctx.results();
		List<String> out = new ArrayList<>();
		String previousRound = round(l, ctx, 12);
		add(out, change(l, "brief.tpt", r.value(Scope.NATIONAL, "ID", Indicator.TPT),
				r.value(Scope.NATIONAL, "ID", Indicator.TPT_YOY), r.value(Scope.NATIONAL, "ID", Indicator.TPT_PREVIOUS_YEAR),
				previousRound));
		add(out, participation(l, r));
		add(out, top(l, ctx));
		add(out, stability(l, ctx));
		if (ctx.provinces().all().stream().anyMatch(p -> r.value(Scope.PROVINCE, p.code(), Indicator.INDEX_RANK) != null)) {
			out.add(PlanSheet.agreement(l, ctx));
		}
		add(out, placement(l, r));
		add(out, largestGap(l, ctx));
		return out;
	}

	static List<String> province(Labels l, ReportContext ctx, Province p) {
		Results r = ctx.results();
		String c = p.code();
		List<String> out = new ArrayList<>();
		Double rank = r.value(Scope.PROVINCE, c, Indicator.INDEX_RANK);
		int n = ctx.settings().allocationCount();
		if (rank == null) {
			out.add(l.format("brief.province.norank", p.displayName()));
		}
		else {
			long ranked = ctx.provinces().all().stream()
				.filter(x -> r.value(Scope.PROVINCE, x.code(), Indicator.INDEX_RANK) != null)
				.count();
			Double share = r.value(Scope.PROVINCE, c, Indicator.TOP_N_SHARE);
			String where = PlanSheet.recommended(r, c)
					? (share == null ? l.format("brief.province.in", n) : l.format("brief.province.in.share", n, share))
					: (share == null ? l.format("brief.province.out", n) : l.format("brief.province.out.share", n, share));
			out.add(l.format("brief.province.rank", p.displayName(), rank.intValue(), ranked,
					r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX), where));
		}
		Double tpt = r.value(Scope.PROVINCE, c, Indicator.TPT);
		Double national = r.value(Scope.NATIONAL, "ID", Indicator.TPT);
		if (tpt != null && national != null) {
			List<String> parts = new ArrayList<>();
			parts.add(l.format("brief.province.tpt", tpt, national));
			Double yoy = r.value(Scope.PROVINCE, c, Indicator.TPT_YOY);
			if (yoy != null) {
				parts.add(l.format(yoy <= -SAME ? "brief.province.tpt.down" : yoy >= SAME ? "brief.province.tpt.up"
						: "brief.province.tpt.same", Math.abs(yoy), round(l, ctx, 12)));
			}
			Double tpak = r.value(Scope.PROVINCE, c, Indicator.TPAK);
			Double tpakNational = r.value(Scope.NATIONAL, "ID", Indicator.TPAK);
			if (tpak != null && tpakNational != null) {
				parts.add(l.format("brief.province.tpak", tpak, tpakNational));
			}
			out.add(sentence(parts));
		}
		String planned = SummarySheet.plannedNames(ctx, c);
		if (!planned.isEmpty()) {
			out.add(l.format("brief.province.planned", planned));
		}
		else {
			out.add(l.get(PlanSheet.recommended(r, c) ? "brief.province.noplan.recommended" : "brief.province.noplan"));
		}
		Double rate = r.value(Scope.PROVINCE, c, Indicator.PLACEMENT_RATE);
		Double graduates = r.value(Scope.PROVINCE, c, Indicator.GRADUATES);
		Double nationalRate = r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE);
		if (rate != null && graduates != null && nationalRate != null) {
			String key = r.flag(Scope.PROVINCE, c, Indicator.PLACEMENT_RATE) == Flag.SMALL_N ? "brief.province.placement.small"
					: "brief.province.placement";
			out.add(l.format(key, rate, graduates, nationalRate));
		}
		else {
			out.add(l.get("brief.province.noplacement"));
		}
		return out;
	}

	/** TPT now and its change in a year: turun/naik/tetap, or the level alone. */
	private static String change(Labels l, String key, Double now, Double change, Double before, String beforeRound) {
		if (now == null) {
			return null;
		}
		if (change == null || before == null) {
			return l.format(key + ".only", now);
		}
		String direction = change <= -SAME ? ".down" : change >= SAME ? ".up" : ".same";
		return l.format(key + direction, Math.abs(change), now, beforeRound, before);
	}

	/** TPAK as published beside the sum of provinces when they differ, and youth unemployment. */
	private static String participation(Labels l, Results r) {
		List<String> parts = new ArrayList<>();
		Double tpak = r.value(Scope.NATIONAL, "ID", Indicator.TPAK);
		Double sum = r.value(Scope.NATIONAL, "ID", Indicator.TPAK_SUM_OF_PROVINCES);
		if (tpak != null) {
			boolean published = r.flag(Scope.NATIONAL, "ID", Indicator.TPAK) == Flag.NATIONAL_FROM_TOTAL_ROW;
			if (published && sum != null && Math.abs(tpak - sum) >= SAME) {
				parts.add(l.format("brief.tpak.published", tpak, sum, Math.abs(tpak - sum)));
			}
			else {
				parts.add(l.format("brief.tpak", tpak));
			}
		}
		Double yur = r.value(Scope.NATIONAL, "ID", Indicator.YUR);
		if (yur != null) {
			parts.add(l.format("brief.yur", yur));
		}
		return parts.isEmpty() ? null : sentence(parts);
	}

	private static String top(Labels l, ReportContext ctx) {
		Results r = ctx.results();
		List<Province> ranked = DemandSheet.ranked(ctx).stream()
			.filter(p -> r.value(Scope.PROVINCE, p.code(), Indicator.BLK_DEMAND_INDEX) != null)
			.limit(3)
			.toList();
		if (ranked.size() < 3) {
			return null;
		}
		return l.format("brief.top", name(ranked.get(0)), index(r, ranked.get(0)), name(ranked.get(1)),
				index(r, ranked.get(1)), name(ranked.get(2)), index(r, ranked.get(2)));
	}

	/** How many recommendations hold under other weights, and which provinces sit on the line. */
	private static String stability(Labels l, ReportContext ctx) {
		Results r = ctx.results();
		List<Province> recommended = new ArrayList<>();
		List<String> borderline = new ArrayList<>();
		int firm = 0;
		boolean any = false;
		for (Province p : DemandSheet.ranked(ctx)) {
			Double share = r.value(Scope.PROVINCE, p.code(), Indicator.TOP_N_SHARE);
			any |= share != null;
			if (PlanSheet.recommended(r, p.code())) {
				recommended.add(p);
				if (share != null && share >= FIRM_SHARE) {
					firm++;
				}
			}
			Double b = r.value(Scope.PROVINCE, p.code(), Indicator.BORDERLINE);
			if (b != null && b > 0) {
				borderline.add(p.displayName());
			}
		}
		if (!any || recommended.isEmpty()) {
			return null;
		}
		int n = ctx.settings().allocationCount();
		if (borderline.isEmpty()) {
			return l.format("brief.stability.none", firm, recommended.size(), n);
		}
		String names = String.join(", ", borderline.subList(0, Math.min(4, borderline.size())));
		return l.format("brief.stability", firm, recommended.size(), n, borderline.size(), names);
	}

	private static String placement(Labels l, Results r) {
		Double rate = r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE);
		Double graduates = r.value(Scope.NATIONAL, "ID", Indicator.GRADUATES);
		if (rate == null || graduates == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		Double previous = r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE_PREVIOUS);
		if (previous == null) {
			parts.add(l.format("brief.placement.only", rate, graduates));
		}
		else {
			double d = rate - previous;
			String key = d <= -SAME ? "brief.placement.down" : d >= SAME ? "brief.placement.up" : "brief.placement.same";
			parts.add(l.format(key, rate, graduates, Math.abs(d), previous));
		}
		Double traced = r.value(Scope.NATIONAL, "ID", Indicator.TRACED_RATE);
		if (traced != null) {
			parts.add(l.format("brief.traced", traced));
		}
		return sentence(parts);
	}

	/** The data gap that touches the largest share of what it could: demand data, counts, participants. */
	private static String largestGap(Labels l, ReportContext ctx) {
		Results r = ctx.results();
		List<Province> all = ctx.provinces().all();
		long noDemand = all.stream()
			.filter(p -> r.value(Scope.PROVINCE, p.code(), Indicator.VACANCIES) == null
					&& r.value(Scope.PROVINCE, p.code(), Indicator.PSN_WORKERS) == null)
			.count();
		long noCounts = all.stream().filter(p -> r.value(Scope.PROVINCE, p.code(), Indicator.UNEMPLOYED) == null).count();
		List<BlkRecord> operating = ctx.blks().stream().filter(b -> b.status() == BlkStatus.OPERATING).toList();
		long noParticipants = operating.stream()
			.filter(b -> r.value(Scope.BLK, b.code(), Indicator.PARTICIPANTS) == null)
			.count();
		record Gap(String key, long count, long of) {
			double share() {
				return of == 0 ? 0 : (double) count / of;
			}
		}
		Gap largest = List.of(new Gap("brief.gap.demand", noDemand, all.size()),
				new Gap("brief.gap.counts", noCounts, all.size()),
				new Gap("brief.gap.participants", noParticipants, operating.size()))
			.stream()
			.filter(g -> g.count() > 0)
			.max(Comparator.comparingDouble(Gap::share))
			.orElse(null);
		return largest == null ? l.get("brief.gap.none") : l.format(largest.key(), largest.count(), largest.of());
	}

	/** The round {@code months} before the report period, as the language names it ({@code Agustus 2024}). */
	static String round(Labels l, ReportContext ctx, int months) {
		return ctx.results().period().minusMonths(months).firstDay()
			.format(DateTimeFormatter.ofPattern("MMMM yyyy", l.locale()));
	}

	private static String sentence(List<String> parts) {
		return String.join("; ", parts) + ".";
	}

	private static String name(Province p) {
		return p.displayName();
	}

	private static Double index(Results r, Province p) {
		return r.value(Scope.PROVINCE, p.code(), Indicator.BLK_DEMAND_INDEX);
	}

	private static void add(List<String> out, String message) {
		if (message != null) {
			out.add(message);
		}
	}
}
