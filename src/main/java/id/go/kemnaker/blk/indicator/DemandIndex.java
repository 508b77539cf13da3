package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * {@code BLK_DEMAND_INDEX} (0..100) and {@code BLK_ALLOCATION}. Each component is min-max normalised
 * across the provinces that have it (a province with no seats takes the maximum for unemployed per seat);
 * a province missing a component has the remaining weights rescaled to sum to 1 and is flagged; index =
 * 100 x weighted sum of the normalised components (rounded to four decimals first, so that a reader can
 * recompute it from the sheet). Ranked by index, then unemployed, then code; the top N are recommended.
 */
final class DemandIndex {

	private static final Map<Component, Indicator> RAW = Map.of(Component.UNEMPLOYED, Indicator.UNEMPLOYED,
			Component.TPT, Indicator.TPT, Component.YUR, Indicator.YUR, Component.UNEMPLOYED_PER_SEAT,
			Indicator.UNEMPLOYED_PER_SEAT);

	private static final Map<Component, Indicator> NORMALISED = Map.of(Component.UNEMPLOYED, Indicator.NORM_UNEMPLOYED,
			Component.TPT, Indicator.NORM_TPT, Component.YUR, Indicator.NORM_YUR, Component.UNEMPLOYED_PER_SEAT,
			Indicator.NORM_UNEMPLOYED_PER_SEAT, Component.DEMAND, Indicator.NORM_DEMAND);

	private final ProvinceCatalog catalog;
	private final IndicatorSettings settings;

	DemandIndex(ProvinceCatalog catalog, IndicatorSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	/** The raw value of a component for a province, or null when missing. */
	static Double raw(Results r, String code, Component c) {
		if (c == Component.DEMAND) {
			Double vac = r.value(Scope.PROVINCE, code, Indicator.VACANCIES);
			Double psn = r.value(Scope.PROVINCE, code, Indicator.PSN_WORKERS);
			return vac == null && psn == null ? null : (vac == null ? 0 : vac) + (psn == null ? 0 : psn);
		}
		return r.value(Scope.PROVINCE, code, RAW.get(c));
	}

	/** No seats but a known number of unemployed: the province takes the maximum for unemployed per seat. */
	private static boolean noCapacity(Results r, String code) {
		return r.flag(Scope.PROVINCE, code, Indicator.UNEMPLOYED_PER_SEAT) == Flag.NO_CAPACITY;
	}

	List<IndicatorValue> compute(Results r, List<BlkRecord> blks) {
		List<Province> provinces = catalog.all();
		Map<Component, double[]> minMax = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (Province p : provinces) {
				Double v = raw(r, p.code(), c);
				if (v != null) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			minMax.put(c, new double[] { min, max });
		}
		Set<String> planned = new HashSet<>();
		for (BlkRecord b : blks) {
			if (b.status().isPlanned()) {
				planned.add(b.provinceCode());
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		List<Ranked> ranked = new ArrayList<>();
		for (Province p : provinces) {
			String code = p.code();
			double weighted = 0;
			double weightUsed = 0;
			boolean missing = false;
			for (Component c : Component.values()) {
				Double n = normalised(r, code, c, minMax.get(c));
				if (n == null) {
					missing = true;
					out.add(IndicatorValue.blank(Scope.PROVINCE, code, NORMALISED.get(c), Flag.MISSING_COMPONENT));
					continue;
				}
				n = Rounding.round(n, 4);
				out.add(IndicatorValue.of(Scope.PROVINCE, code, NORMALISED.get(c), n));
				weighted += settings.weight(c) * n;
				weightUsed += settings.weight(c);
			}
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.INDEX_WEIGHT_USED, Rounding.round(weightUsed, 4)));
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.HAS_PLANNED_BLK, planned.contains(code) ? 1.0 : 0.0));
			if (weightUsed <= 0) {
				out.add(IndicatorValue.blank(Scope.PROVINCE, code, Indicator.BLK_DEMAND_INDEX, Flag.NO_DATA));
				continue;
			}
			double index = Rounding.round(100.0 * weighted / weightUsed, 2);
			out.add(new IndicatorValue(Scope.PROVINCE, code, Indicator.BLK_DEMAND_INDEX, IndicatorValue.TOTAL, index,
					missing ? Flag.MISSING_COMPONENT : null));
			ranked.add(new Ranked(code, index, r.value(Scope.PROVINCE, code, Indicator.UNEMPLOYED)));
		}
		ranked.sort(Comparator.comparingDouble(Ranked::index).reversed()
			.thenComparing(Ranked::unemployed, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Ranked::code));
		for (int i = 0; i < ranked.size(); i++) {
			Ranked x = ranked.get(i);
			out.add(IndicatorValue.of(Scope.PROVINCE, x.code(), Indicator.INDEX_RANK, (double) (i + 1)));
			out.add(IndicatorValue.of(Scope.PROVINCE, x.code(), Indicator.BLK_ALLOCATION,
					i < settings.allocationCount() ? 1.0 : 0.0));
		}
		return out;
	}

	private Double normalised(Results r, String code, Component c, double[] minMax) {
		if (c == Component.UNEMPLOYED_PER_SEAT && noCapacity(r, code)) {
			return 1.0;
		}
		Double v = raw(r, code, c);
		if (v == null) {
			return null;
		}
		double min = minMax[0];
		double max = minMax[1];
		if (c == Component.UNEMPLOYED_PER_SEAT && max < min) {
			return null;
		}
		return max > min ? (v - min) / (max - min) : 0.0;
	}

	private record Ranked(String code, double index, Double unemployed) {
	}
}
