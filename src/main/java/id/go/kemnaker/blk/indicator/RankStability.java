package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code RANK_STABILITY}: how far a planner can trust a rank. The index is recomputed under (a) each
 * other missing-component policy, (b) each weighted component left out in turn, its weight spread over
 * the others in proportion (the weights renormalised to sum 1), and (c) {@value #DRAWS} weight sets, each
 * weight multiplied by a factor uniform in [{@value #LOW}, {@value #HIGH}] and the set renormalised to sum
 * 1, drawn with the fixed seed {@value #SEED} so that the same inputs give the same figures. Per province:
 * best, median (the lower middle of an even count) and worst rank over all these alternatives, the share
 * of the draws that put it in the top N, its index points to the cut-off (against rank N+1 inside the top
 * N, against rank N outside), and borderline: recommended but in the top N in under 50% of the draws, or
 * not recommended but in the top N in 50% of the draws or more.
 */
final class RankStability {

	static final int DRAWS = 1000;
	static final long SEED = 20_260_101L;
	static final double LOW = 0.8;
	static final double HIGH = 1.2;

	private final ComponentTable table;
	private final double[] weights;
	private final MissingComponentPolicy policy;
	private final int topN;

	RankStability(ComponentTable table, double[] weights, MissingComponentPolicy policy, int topN) {
		this.table = table;
		this.weights = weights.clone();
		this.policy = policy;
		this.topN = topN;
	}

	/** The ranks of every alternative computation, in the order (a), (b), (c); the draws are the last DRAWS. */
	List<int[]> alternatives() {
		List<int[]> out = new ArrayList<>();
		for (MissingComponentPolicy other : MissingComponentPolicy.values()) {
			if (other != policy) {
				out.add(table.ranks(table.index(weights, other)));
			}
		}
		for (int c = 0; c < weights.length; c++) {
			if (weights[c] <= 0) {
				continue;
			}
			double[] w = weights.clone();
			w[c] = 0;
			if (normalise(w)) {
				out.add(table.ranks(table.index(w, policy)));
			}
		}
		SplittableRandom random = new SplittableRandom(SEED);
		for (int d = 0; d < DRAWS; d++) {
			double[] w = new double[weights.length];
			for (int c = 0; c < w.length; c++) {
				w[c] = weights[c] * (LOW + (HIGH - LOW) * random.nextDouble());
			}
			normalise(w);
			out.add(table.ranks(table.index(w, policy)));
		}
		return out;
	}

	/** Scales the weights to sum 1; false when they sum to 0. */
	private static boolean normalise(double[] w) {
		double sum = Arrays.stream(w).sum();
		if (sum <= 0) {
			return false;
		}
		for (int c = 0; c < w.length; c++) {
			w[c] /= sum;
		}
		return true;
	}

	List<IndicatorValue> values() {
		double[] index = table.index(weights, policy);
		int[] ranks = table.ranks(index);
		double[] byRank = new double[Math.max(table.size(), topN) + 2];
		Arrays.fill(byRank, Double.NaN);
		for (int p = 0; p < table.size(); p++) {
			if (ranks[p] > 0) {
				byRank[ranks[p]] = index[p];
			}
		}
		List<int[]> alternatives = alternatives();
		int firstDraw = alternatives.size() - DRAWS;
		List<IndicatorValue> out = new ArrayList<>();
		for (int p = 0; p < table.size(); p++) {
			String code = table.codes().get(p);
			if (ranks[p] == 0) {
				for (Indicator i : List.of(Indicator.RANK_BEST, Indicator.RANK_MEDIAN, Indicator.RANK_WORST,
						Indicator.TOP_N_SHARE, Indicator.GAP_TO_CUTOFF, Indicator.BORDERLINE)) {
					out.add(IndicatorValue.blank(Scope.PROVINCE, code, i, Flag.NO_DATA));
				}
				continue;
			}
			int[] seen = new int[alternatives.size()];
			int n = 0;
			int inTop = 0;
			for (int a = 0; a < alternatives.size(); a++) {
				int rank = alternatives.get(a)[p];
				if (rank > 0) {
					seen[n++] = rank;
				}
				if (a >= firstDraw && rank > 0 && rank <= topN) {
					inTop++;
				}
			}
			int[] sorted = Arrays.copyOf(seen, n);
			Arrays.sort(sorted);
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.RANK_BEST, (double) sorted[0]));
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.RANK_MEDIAN, (double) sorted[(n - 1) / 2]));
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.RANK_WORST, (double) sorted[n - 1]));
			double share = Rounding.round(100.0 * inTop / DRAWS, 2);
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.TOP_N_SHARE, share));
			boolean recommended = ranks[p] <= topN;
			double against = recommended ? byRank[topN + 1] : byRank[topN];
			out.add(Double.isNaN(against) ? IndicatorValue.blank(Scope.PROVINCE, code, Indicator.GAP_TO_CUTOFF, Flag.NO_DATA)
					: IndicatorValue.of(Scope.PROVINCE, code, Indicator.GAP_TO_CUTOFF, Rounding.round(index[p] - against, 2)));
			boolean borderline = recommended ? share < 50 : share >= 50;
			out.add(IndicatorValue.of(Scope.PROVINCE, code, Indicator.BORDERLINE, borderline ? 1.0 : 0.0));
		}
		return out;
	}
}
