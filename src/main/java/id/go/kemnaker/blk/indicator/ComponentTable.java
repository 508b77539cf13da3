package id.go.kemnaker.blk.indicator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The normalised components of the provinces the demand index ranks (rounded to four decimals, NaN where
 * a province lacks one), their unemployed (the first tie-break) and each component's median over the
 * provinces that have it. The index under any weights and missing-component policy is computed from it,
 * so that the published index and every alternative of {@link RankStability} are computed alike.
 */
record ComponentTable(List<String> codes, double[][] values, double[] unemployed, double[] medians) {

	static final int COMPONENTS = Component.values().length;

	int size() {
		return codes.size();
	}

	boolean missing(int province, Component c) {
		return Double.isNaN(values[province][c.ordinal()]);
	}

	/**
	 * The score a province takes on a component under a policy: its own normalised value, else the
	 * median (flagged imputed), 0 (flagged imputed), or NaN when the component is left out for it
	 * (rescale, or no province has the component, so there is no median).
	 */
	double score(int province, Component c, MissingComponentPolicy policy) {
		double v = values[province][c.ordinal()];
		if (!Double.isNaN(v)) {
			return v;
		}
		double median = medians[c.ordinal()];
		if (Double.isNaN(median)) {
			return Double.NaN;
		}
		return switch (policy) {
			case MEDIAN -> median;
			case ZERO -> 0.0;
			case RESCALE -> Double.NaN;
		};
	}

	/** The weight of the scored components of a province, under a policy and weights by component ordinal. */
	double weightUsed(int province, double[] weights, MissingComponentPolicy policy) {
		double used = 0;
		for (Component c : Component.values()) {
			if (weights[c.ordinal()] > 0 && !Double.isNaN(score(province, c, policy))) {
				used += weights[c.ordinal()];
			}
		}
		return used;
	}

	/**
	 * The index of every province: 100 x the weighted sum of its scores / the weight of the scored
	 * components, rounded to two decimals; NaN when no component is scored.
	 *
	 * @param weights by component ordinal; 0 leaves a component out
	 */
	double[] index(double[] weights, MissingComponentPolicy policy) {
		double[] out = new double[size()];
		for (int p = 0; p < size(); p++) {
			double weighted = 0;
			double used = 0;
			for (int c = 0; c < COMPONENTS; c++) {
				double w = weights[c];
				if (w <= 0) {
					continue;
				}
				double s = score(p, Component.values()[c], policy);
				if (!Double.isNaN(s)) {
					weighted += w * s;
					used += w;
				}
			}
			out[p] = used > 0 ? Rounding.round(100.0 * weighted / used, 2) : Double.NaN;
		}
		return out;
	}

	/**
	 * The rank of every province (1 = most need) by index, then unemployed (more first, unknown last),
	 * then code; 0 for a province without an index.
	 */
	int[] ranks(double[] index) {
		Integer[] order = new Integer[size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> Double.isNaN(index[i]) ? 1 : 0)
			.thenComparing(Comparator.<Integer>comparingDouble(i -> index[i]).reversed())
			.thenComparingDouble(i -> Double.isNaN(unemployed[i]) ? 1 : 0)
			.thenComparing(Comparator.<Integer>comparingDouble(i -> Double.isNaN(unemployed[i]) ? 0 : unemployed[i])
				.reversed())
			.thenComparing(i -> codes.get(i)));
		int[] ranks = new int[size()];
		int rank = 0;
		for (int i : order) {
			ranks[i] = Double.isNaN(index[i]) ? 0 : ++rank;
		}
		return ranks;
	}

	/** The configured weights as an array by component ordinal. */
	static double[] weights(IndicatorSettings settings) {
		double[] w = new double[COMPONENTS];
		for (Component c : Component.values()) {
			w[c.ordinal()] = settings.weight(c);
		}
		return w;
	}

	/** The median of the values that are not NaN, rounded to four decimals; NaN when there is none. */
	static double median(double[] values) {
		double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
		if (v.length == 0) {
			return Double.NaN;
		}
		double m = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
		return Rounding.round(m, 4);
	}
}
