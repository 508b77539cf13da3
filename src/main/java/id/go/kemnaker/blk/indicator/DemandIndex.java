package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * {@code BLK_DEMAND_INDEX} (0..100), {@code BLK_ALLOCATION} and the rank stability. Each component is
 * min-max normalised across the provinces that have it (a province with no seats takes the maximum for
 * unemployed per seat) and rounded to four decimals, so that a reader can recompute a row from the sheet.
 * A province missing a component is scored on it by {@link MissingComponentPolicy}: the median of the
 * provinces that have it (default) or 0, both flagged {@link Flag#IMPUTED}, or left out with the other
 * weights rescaled ({@link Flag#MISSING_COMPONENT}). A province with none of the labour-market components
 * (unemployed, TPT, youth unemployment) has no index: there is nothing to rank it on. Index = 100 x
 * weighted sum / weight used; ranked by index, then unemployed, then code; the top N are recommended.
 */
final class DemandIndex {

	private static final Map<Component, Indicator> RAW = Map.of(Component.UNEMPLOYED, Indicator.UNEMPLOYED,
			Component.TPT, Indicator.TPT, Component.YUR, Indicator.YUR, Component.UNEMPLOYED_PER_SEAT,
			Indicator.UNEMPLOYED_PER_SEAT);

	private static final Map<Component, Indicator> NORMALISED = Map.of(Component.UNEMPLOYED, Indicator.NORM_UNEMPLOYED,
			Component.TPT, Indicator.NORM_TPT, Component.YUR, Indicator.NORM_YUR, Component.UNEMPLOYED_PER_SEAT,
			Indicator.NORM_UNEMPLOYED_PER_SEAT, Component.DEMAND, Indicator.NORM_DEMAND);

	private static final List<Component> LABOUR = List.of(Component.UNEMPLOYED, Component.TPT, Component.YUR);

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

	/** The normalised components of every province of the catalogue, NaN where missing. */
	private double[][] normalise(Results r, List<Province> provinces) {
		double[][] out = new double[provinces.size()][ComponentTable.COMPONENTS];
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
			for (int i = 0; i < provinces.size(); i++) {
				Double n = normalised(r, provinces.get(i).code(), c, min, max);
				out[i][c.ordinal()] = n == null ? Double.NaN : Rounding.round(n, 4);
			}
		}
		return out;
	}

	List<IndicatorValue> compute(Results r, List<BlkRecord> blks) {
		List<Province> provinces = catalog.all();
		double[][] all = normalise(r, provinces);
		double[] medians = new double[ComponentTable.COMPONENTS];
		for (Component c : Component.values()) {
			medians[c.ordinal()] = ComponentTable.median(Arrays.stream(all).mapToDouble(v -> v[c.ordinal()]).toArray());
		}
		List<String> codes = new ArrayList<>();
		List<double[]> rows = new ArrayList<>();
		List<Double> unemployed = new ArrayList<>();
		for (int i = 0; i < provinces.size(); i++) {
			double[] v = all[i];
			if (LABOUR.stream().anyMatch(c -> !Double.isNaN(v[c.ordinal()]))) {
				codes.add(provinces.get(i).code());
				rows.add(v);
				Double u = r.value(Scope.PROVINCE, provinces.get(i).code(), Indicator.UNEMPLOYED);
				unemployed.add(u == null ? Double.NaN : u);
			}
		}
		ComponentTable table = new ComponentTable(codes, rows.toArray(double[][]::new),
				unemployed.stream().mapToDouble(Double::doubleValue).toArray(), medians);
		MissingComponentPolicy policy = settings.missingComponent();
		double[] weights = ComponentTable.weights(settings);
		double[] index = table.index(weights, policy);
		int[] ranks = table.ranks(index);

		Set<String> planned = new HashSet<>();
		for (BlkRecord b : blks) {
			if (b.status().isPlanned()) {
				planned.add(b.provinceCode());
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		for (int i = 0; i < provinces.size(); i++) {
			String code = provinces.get(i).code();
			int t = codes.indexOf(code);
			boolean missing = false;
			for (Component c : Component.values()) {
				Indicator id = NORMALISED.get(c);
				double own = all[i][c.ordinal()];
				double scored = t < 0 ? own : table.score(t, c, policy);
				if (!Double.isNaN(own)) {
					out.add(IndicatorValue.of(Scope.PROVINCE, code, id, own));
				}
				else if (Double.isNaN(scored)) {
					missing = true;
					out.add(IndicatorValue.blank(Scope.PROVINCE, code, id, Flag.MISSING_COMPONENT));
				}
				else {
					missing = true;
					out.add(new IndicatorValue(Scope.PROVINCE, code, id, IndicatorValue.TOTAL, scored, Flag.IMPUTED));
				}
			}
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.HAS_PLANNED_BLK, planned.contains(code) ? 1.0 : 0.0));
			if (t < 0 || Double.isNaN(index[t])) {
				out.add(IndicatorValue.blank(Scope.PROVINCE, code, Indicator.INDEX_WEIGHT_USED, Flag.NO_DATA));
				out.add(IndicatorValue.blank(Scope.PROVINCE, code, Indicator.BLK_DEMAND_INDEX, Flag.NO_DATA));
				continue;
			}
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.INDEX_WEIGHT_USED,
					Rounding.round(table.weightUsed(t, weights, policy), 4)));
			out.add(new IndicatorValue(Scope.PROVINCE, code, Indicator.BLK_DEMAND_INDEX, IndicatorValue.TOTAL, index[t],
					!missing ? null : policy == MissingComponentPolicy.RESCALE ? Flag.MISSING_COMPONENT : Flag.IMPUTED));
		}
		Integer[] byRank = new Integer[codes.size()];
		for (int t = 0; t < codes.size(); t++) {
			if (ranks[t] > 0) {
				byRank[ranks[t] - 1] = t;
			}
		}
		for (Integer t : byRank) {
			if (t == null) {
				continue;
			}
			out.add(IndicatorValue.of(Scope.PROVINCE, codes.get(t), Indicator.INDEX_RANK, (double) ranks[t]));
			out.add(IndicatorValue.of(Scope.PROVINCE, codes.get(t), Indicator.BLK_ALLOCATION,
					ranks[t] <= settings.allocationCount() ? 1.0 : 0.0));
		}
		out.addAll(new RankStability(table, weights, policy, settings.allocationCount()).values());
		return out;
	}

	private Double normalised(Results r, String code, Component c, double min, double max) {
		if (c == Component.UNEMPLOYED_PER_SEAT && noCapacity(r, code)) {
			return 1.0;
		}
		Double v = raw(r, code, c);
		if (v == null) {
			return null;
		}
		if (c == Component.UNEMPLOYED_PER_SEAT && max < min) {
			return null;
		}
		return max > min ? (v - min) / (max - min) : 0.0;
	}
}
