package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * Labour-market indicators per province and round, and national. Rates come from counts when the counts
 * are there, otherwise as published. National TPT and TPAK are the figures the source's {@code INDONESIA}
 * row publishes when an input holds one (what BPS quotes), with the rates from the provinces' summed
 * counts beside them ({@code TPT_SUM_OF_PROVINCES}, {@code TPAK_SUM_OF_PROVINCES}); without a published
 * figure they come from the summed counts when every province reported in that round has them, otherwise
 * from the {@code INDONESIA} row's counts, otherwise they are blank; never a mean of provincial rates.
 * National counts are summed when complete, else taken from the {@code INDONESIA} row.
 */
final class LabourMarket {

	private final ProvinceCatalog catalog;
	private final Map<String, LabourForceRecord> byKey = new HashMap<>();
	private final Map<Period, LabourForceRecord> nationalRows = new HashMap<>();
	private final TreeSet<Period> rounds = new TreeSet<>();
	private final List<String> crossChecks = new ArrayList<>();

	LabourMarket(ProvinceCatalog catalog, List<LabourForceRecord> labour, List<LabourForceRecord> totals) {
		this.catalog = catalog;
		for (LabourForceRecord r : labour) {
			byKey.put(r.provinceCode() + "|" + r.period(), r);
			if (hasFigures(r)) {
				rounds.add(r.period());
			}
		}
		for (LabourForceRecord t : totals) {
			if (t.period() != null) {
				nationalRows.merge(t.period(), t, LabourMarket::union);
				if (hasFigures(t)) {
					rounds.add(t.period());
				}
			}
		}
	}

	/** A round counts only where it has a figure: a {@code -} column of a BPS table adds no round. */
	private static boolean hasFigures(LabourForceRecord r) {
		return r.workingAgePopulation() != null || r.labourForce() != null || r.employed() != null
				|| r.unemployed() != null || r.publishedTpt() != null || r.publishedTpak() != null
				|| r.youthLabourForce() != null || r.youthUnemployed() != null;
	}

	TreeSet<Period> rounds() {
		return rounds;
	}

	/** The latest round with any labour figure, or null when there is none. */
	Period latestRound() {
		return rounds.isEmpty() ? null : rounds.last();
	}

	List<String> crossChecks() {
		return crossChecks;
	}

	LabourForceRecord record(String code, Period period) {
		return byKey.get(code + "|" + period);
	}

	/** A province's figures in a round, as indicator values (scope given by the caller). */
	List<IndicatorValue> province(Scope scope, String key, String code, Period period) {
		LabourForceRecord r = record(code, period);
		List<IndicatorValue> out = new ArrayList<>();
		if (r == null) {
			for (Indicator i : List.of(Indicator.WORKING_AGE_POPULATION, Indicator.LABOUR_FORCE, Indicator.EMPLOYED,
					Indicator.UNEMPLOYED, Indicator.YOUTH_LABOUR_FORCE, Indicator.YOUTH_UNEMPLOYED, Indicator.TPT,
					Indicator.TPAK, Indicator.YUR)) {
				out.add(IndicatorValue.blank(scope, key, i, Flag.NO_DATA));
			}
			return out;
		}
		count(out, scope, key, Indicator.WORKING_AGE_POPULATION, r.workingAgePopulation());
		count(out, scope, key, Indicator.LABOUR_FORCE, r.labourForce());
		count(out, scope, key, Indicator.EMPLOYED, r.employed());
		count(out, scope, key, Indicator.UNEMPLOYED, r.unemployed());
		count(out, scope, key, Indicator.YOUTH_LABOUR_FORCE, r.youthLabourForce());
		count(out, scope, key, Indicator.YOUTH_UNEMPLOYED, r.youthUnemployed());
		out.add(rate(scope, key, Indicator.TPT, r.unemployed(), r.labourForce(), r.publishedTpt()));
		out.add(rate(scope, key, Indicator.TPAK, r.labourForce(), r.workingAgePopulation(), r.publishedTpak()));
		out.add(rate(scope, key, Indicator.YUR, r.youthUnemployed(), r.youthLabourForce(), null));
		return out;
	}

	private static void count(List<IndicatorValue> out, Scope scope, String key, Indicator i, Long v) {
		out.add(v == null ? IndicatorValue.blank(scope, key, i, Flag.MISSING_COUNTS)
				: IndicatorValue.of(scope, key, i, (double) v));
	}

	private static IndicatorValue rate(Scope scope, String key, Indicator i, Long num, Long den, Double published) {
		if (num != null && den != null) {
			Double v = Rounding.percent(num, den);
			return v == null ? IndicatorValue.blank(scope, key, i, Flag.NO_DENOMINATOR) : IndicatorValue.of(scope, key, i, v);
		}
		if (published != null) {
			return new IndicatorValue(scope, key, i, IndicatorValue.TOTAL, Rounding.round(published, 2),
					Flag.PUBLISHED_RATE);
		}
		return IndicatorValue.blank(scope, key, i, num == null && den == null ? Flag.NO_DATA : Flag.MISSING_COUNTS);
	}

	/** National figures of a round: summed counts if complete, else the INDONESIA row, else blank. */
	List<IndicatorValue> national(Scope scope, String key, Period period) {
		List<Province> expected = catalog.all().stream().filter(p -> p.reportedIn(period)).toList();
		LabourForceRecord total = nationalRows.get(period);
		List<IndicatorValue> out = new ArrayList<>();
		Long wap = sum(expected, period, LabourForceRecord::workingAgePopulation);
		Long lf = sum(expected, period, LabourForceRecord::labourForce);
		Long emp = sum(expected, period, LabourForceRecord::employed);
		Long unemp = sum(expected, period, LabourForceRecord::unemployed);
		Long ylf = sum(expected, period, LabourForceRecord::youthLabourForce);
		Long yu = sum(expected, period, LabourForceRecord::youthUnemployed);
		out.add(nationalCount(scope, key, Indicator.WORKING_AGE_POPULATION, wap, total, LabourForceRecord::workingAgePopulation));
		out.add(nationalCount(scope, key, Indicator.LABOUR_FORCE, lf, total, LabourForceRecord::labourForce));
		out.add(nationalCount(scope, key, Indicator.EMPLOYED, emp, total, LabourForceRecord::employed));
		out.add(nationalCount(scope, key, Indicator.UNEMPLOYED, unemp, total, LabourForceRecord::unemployed));
		out.add(nationalCount(scope, key, Indicator.YOUTH_LABOUR_FORCE, ylf, total, LabourForceRecord::youthLabourForce));
		out.add(nationalCount(scope, key, Indicator.YOUTH_UNEMPLOYED, yu, total, LabourForceRecord::youthUnemployed));
		out.add(published(scope, key, Indicator.TPT, total == null ? null : total.publishedTpt(),
				nationalRate(scope, key, Indicator.TPT, unemp, lf, total, LabourForceRecord::unemployed,
						LabourForceRecord::labourForce, LabourForceRecord::publishedTpt)));
		out.add(published(scope, key, Indicator.TPAK, total == null ? null : total.publishedTpak(),
				nationalRate(scope, key, Indicator.TPAK, lf, wap, total, LabourForceRecord::labourForce,
						LabourForceRecord::workingAgePopulation, LabourForceRecord::publishedTpak)));
		out.add(summed(scope, key, Indicator.TPT_SUM_OF_PROVINCES, unemp, lf));
		out.add(summed(scope, key, Indicator.TPAK_SUM_OF_PROVINCES, lf, wap));
		out.add(nationalRate(scope, key, Indicator.YUR, yu, ylf, total, LabourForceRecord::youthUnemployed,
				LabourForceRecord::youthLabourForce, r -> null));
		if (scope == Scope.NATIONAL_ROUND) {
			crossCheck(period, total, lf, unemp, wap);
			if (total != null) {
				partialSum(period, expected, "labour force", total.labourForce(), lf, LabourForceRecord::labourForce);
				partialSum(period, expected, "unemployed", total.unemployed(), unemp, LabourForceRecord::unemployed);
			}
		}
		return out;
	}

	/** The published INDONESIA figure when there is one, else the figure computed otherwise. */
	private static IndicatorValue published(Scope scope, String key, Indicator i, Double published,
			IndicatorValue otherwise) {
		if (published == null) {
			return otherwise;
		}
		return new IndicatorValue(scope, key, i, IndicatorValue.TOTAL, Rounding.round(published, 2),
				Flag.NATIONAL_FROM_TOTAL_ROW);
	}

	/** A rate from the provinces' summed counts, blank unless every province of the round has them. */
	private static IndicatorValue summed(Scope scope, String key, Indicator i, Long num, Long den) {
		if (num == null || den == null) {
			return IndicatorValue.blank(scope, key, i, Flag.NATIONAL_INCOMPLETE);
		}
		Double v = Rounding.percent(num, den);
		return v == null ? IndicatorValue.blank(scope, key, i, Flag.NO_DENOMINATOR) : IndicatorValue.of(scope, key, i, v);
	}

	/**
	 * Some provinces lack a count the INDONESIA row holds (a province row rejected, say): the provinces
	 * that have it cannot add up to the total, and the difference is worth a warning naming those without.
	 */
	private void partialSum(Period period, List<Province> expected, String what, Long total, Long complete,
			Function<LabourForceRecord, Long> field) {
		if (total == null || complete != null) {
			return;
		}
		long sum = 0;
		int with = 0;
		List<String> without = new ArrayList<>();
		for (Province p : expected) {
			LabourForceRecord r = record(p.code(), period);
			Long v = r == null ? null : field.apply(r);
			if (v == null) {
				without.add(p.name());
			}
			else {
				sum += v;
				with++;
			}
		}
		if (with > 0 && sum != total) {
			crossChecks.add(String.format(Locale.ROOT,
					"%s: the INDONESIA row's %s is %,d, the %d provinces with counts sum to %,d (difference %,d); without"
							+ " counts: %s",
					period, what, total, with, sum, total - sum, String.join(", ", without)));
		}
	}

	/** The sum of a count over the expected provinces, or null unless every one of them has it. */
	private Long sum(List<Province> expected, Period period, Function<LabourForceRecord, Long> field) {
		long s = 0;
		for (Province p : expected) {
			LabourForceRecord r = record(p.code(), period);
			Long v = r == null ? null : field.apply(r);
			if (v == null) {
				return null;
			}
			s += v;
		}
		return s;
	}

	private static IndicatorValue nationalCount(Scope scope, String key, Indicator i, Long summed,
			LabourForceRecord total, Function<LabourForceRecord, Long> field) {
		if (summed != null) {
			return IndicatorValue.of(scope, key, i, (double) summed);
		}
		Long t = total == null ? null : field.apply(total);
		if (t != null) {
			return new IndicatorValue(scope, key, i, IndicatorValue.TOTAL, (double) t, Flag.NATIONAL_FROM_TOTAL_ROW);
		}
		return IndicatorValue.blank(scope, key, i, Flag.NATIONAL_INCOMPLETE);
	}

	private static IndicatorValue nationalRate(Scope scope, String key, Indicator i, Long num, Long den,
			LabourForceRecord total, Function<LabourForceRecord, Long> numField, Function<LabourForceRecord, Long> denField,
			Function<LabourForceRecord, Double> published) {
		if (num != null && den != null) {
			Double v = Rounding.percent(num, den);
			return v == null ? IndicatorValue.blank(scope, key, i, Flag.NO_DENOMINATOR) : IndicatorValue.of(scope, key, i, v);
		}
		if (total != null) {
			Long tn = numField.apply(total);
			Long td = denField.apply(total);
			if (tn != null && td != null && td > 0) {
				return new IndicatorValue(scope, key, i, IndicatorValue.TOTAL, Rounding.percent(tn, td),
						Flag.NATIONAL_FROM_TOTAL_ROW);
			}
			Double p = published.apply(total);
			if (p != null) {
				return new IndicatorValue(scope, key, i, IndicatorValue.TOTAL, Rounding.round(p, 2),
						Flag.NATIONAL_FROM_TOTAL_ROW);
			}
		}
		return IndicatorValue.blank(scope, key, i, Flag.NATIONAL_INCOMPLETE);
	}

	private void crossCheck(Period period, LabourForceRecord total, Long lf, Long unemp, Long wap) {
		if (total == null) {
			return;
		}
		if (lf != null && total.labourForce() != null && !lf.equals(total.labourForce())) {
			crossChecks.add(String.format(Locale.ROOT,
					"%s: the provinces' labour force sums to %,d but the INDONESIA row says %,d (difference %,d)", period, lf,
					total.labourForce(), lf - total.labourForce()));
		}
		if (unemp != null && total.unemployed() != null && !unemp.equals(total.unemployed())) {
			crossChecks.add(String.format(Locale.ROOT,
					"%s: the provinces' unemployed sum to %,d but the INDONESIA row says %,d (difference %,d)", period, unemp,
					total.unemployed(), unemp - total.unemployed()));
		}
		rateCheck(period, "TPT", unemp, lf, total.publishedTpt());
		rateCheck(period, "TPAK", lf, wap, total.publishedTpak());
	}

	/**
	 * The published national rate against the one from the provinces' summed counts, both as shown (two
	 * decimals): a difference of 0.01 points or more is noted, since the report shows both.
	 */
	private void rateCheck(Period period, String rate, Long num, Long den, Double published) {
		Double computed = num == null || den == null ? null : Rounding.percent(num, den);
		if (computed == null || published == null) {
			return;
		}
		double difference = Rounding.round(computed - Rounding.round(published, 2), 2);
		if (Math.abs(difference) >= 0.01) {
			crossChecks.add(String.format(Locale.ROOT,
					"%s: national %s from the provinces' counts is %.2f, the INDONESIA row publishes %.2f (difference %+.2f"
							+ " points)",
					period, rate, computed, published, difference));
		}
	}

	private static LabourForceRecord union(LabourForceRecord a, LabourForceRecord b) {
		return new LabourForceRecord(a.provinceCode(), a.period(), first(a.workingAgePopulation(), b.workingAgePopulation()),
				first(a.labourForce(), b.labourForce()), first(a.employed(), b.employed()), first(a.unemployed(), b.unemployed()),
				first(a.publishedTpt(), b.publishedTpt()), first(a.publishedTpak(), b.publishedTpak()),
				first(a.youthLabourForce(), b.youthLabourForce()), first(a.youthUnemployed(), b.youthUnemployed()));
	}

	private static <T> T first(T a, T b) {
		return a != null ? a : b;
	}
}
