package id.go.kemnaker.blk.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The missing-component policies and the rank stability on small tables whose figures are computed by
 * hand. Components in the order U (unemployed, weight 0.25), T (TPT, 0.20), Y (youth unemployment,
 * 0.15), S (unemployed per seat, 0.25), D (vacancies + PSN, 0.15).
 */
class RankStabilityTest {

	static final double NA = Double.NaN;

	static ComponentTable table(List<String> codes, double[]... rows) {
		double[] unemployed = new double[codes.size()];
		for (int i = 0; i < unemployed.length; i++) {
			unemployed[i] = 100 * (i + 1);
		}
		return withUnemployed(codes, unemployed, rows);
	}

	static ComponentTable withUnemployed(List<String> codes, double[] unemployed, double[]... rows) {
		double[] medians = new double[ComponentTable.COMPONENTS];
		for (int c = 0; c < medians.length; c++) {
			int k = c;
			medians[c] = ComponentTable.median(java.util.Arrays.stream(rows).mapToDouble(r -> r[k]).toArray());
		}
		return new ComponentTable(codes, rows, unemployed, medians);
	}

	static double[] defaults() {
		return ComponentTable.weights(IndicatorSettings.defaults());
	}

	static Map<String, Double> of(List<IndicatorValue> values, String code) {
		return values.stream().filter(v -> v.key().equals(code) && v.value() != null)
			.collect(Collectors.toMap(v -> v.indicator().name(), IndicatorValue::value));
	}

	@Test
	void theMedianPolicyScoresAProvinceWithoutDemandDataAtTheMedianOfTheOthersAndMovesItToItsHandComputedRank() {
		// A (.6,.6,.6,.6, D 1): .6 x .85 + 1 x .15 = .66 -> 66.00
		// B (.7,.7,.7,.7, D 0): .7 x .85 = .595 -> 59.50
		// C (.65,.65,.65,.65, D .2): .65 x .85 + .2 x .15 = .5825 -> 58.25
		// X (.72,.72,.72,.72, no D)
		// rescale: X = .72 x .85 / .85 = 72.00, ranked 1st (its own average stands in for the gap)
		// median: D of A, B, C = median(1, 0, .2) = .2; X = .72 x .85 + .2 x .15 = .612 + .03 = .642 -> 64.20, 2nd
		// zero: X = .612 -> 61.20, 2nd (B 59.50)
		ComponentTable t = table(List.of("A", "B", "C", "X"), new double[] { .6, .6, .6, .6, 1 },
				new double[] { .7, .7, .7, .7, 0 }, new double[] { .65, .65, .65, .65, .2 },
				new double[] { .72, .72, .72, .72, NA });
		assertThat(t.medians()[Component.DEMAND.ordinal()]).isEqualTo(0.2);

		double[] rescale = t.index(defaults(), MissingComponentPolicy.RESCALE);
		assertThat(rescale).containsExactly(66.00, 59.50, 58.25, 72.00);
		assertThat(t.ranks(rescale)).containsExactly(2, 3, 4, 1);

		double[] median = t.index(defaults(), MissingComponentPolicy.MEDIAN);
		assertThat(median).containsExactly(66.00, 59.50, 58.25, 64.20);
		assertThat(t.ranks(median)).containsExactly(1, 3, 4, 2);

		double[] zero = t.index(defaults(), MissingComponentPolicy.ZERO);
		assertThat(zero[3]).isEqualTo(61.20);
		assertThat(t.ranks(zero)).containsExactly(1, 3, 4, 2);
	}

	/**
	 * A (U 1, T 0, Y .5, S .5, D .5), B (U 0, T 1, rest .5), C (.5 everywhere but D, which it lacks; the
	 * median of A and B is .5). With the default weights and the median policy:
	 * A = .25 + .5 x .55 = .525 -> 52.50, B = .20 + .275 = .475 -> 47.50, C = .5 -> 50.00: A 1st, C 2nd, B 3rd.
	 * Unemployed A 300, B 100, C 200: where a draw's index rounds A, B and C to the same 50.00, the tie goes
	 * A, C, B, so the ranks below hold to the cent.
	 */
	static ComponentTable threeProvinces() {
		return withUnemployed(List.of("A", "B", "C"), new double[] { 300, 100, 200 }, new double[] { 1, 0, .5, .5, .5 }, new double[] { 0, 1, .5, .5, .5 },
				new double[] { .5, .5, .5, .5, NA });
	}

	@Test
	void theStabilityFiguresOfThreeProvincesEqualAHandComputation() {
		// (a) other policies: rescale C = .5 x .85 / .85 = 50.00 -> A, C, B; zero C = .425 -> 42.50 -> A, B, C
		// (b) left out, the other weights divided by their sum:
		// U: A = .275 / .75 = 36.67, B = .475 / .75 = 63.33, C = 50.00 -> B, C, A
		// T: A = .525 / .8 = 65.63, B = .275 / .8 = 34.38 -> A, C, B
		// Y: A = .45 / .85 = 52.94, B = .40 / .85 = 47.06 -> A, C, B
		// S: A = .40 / .75 = 53.33, B = .35 / .75 = 46.67 -> A, C, B
		// D: A = .45 / .85 = 52.94, B = .40 / .85 = 47.06, C = 50.00 (nothing to impute) -> A, C, B
		// (c) C is .5 under any weights. A - C = .5 (.25u - .20t) / (sum of the drawn weights), factors u, t uniform
		// in [.8, 1.2], A beats C (and B) when .25u > .20t, and B beats both when .20t > .25u, so every draw
		// ranks A, C, B or B, C, A. P(.20t > .25u) = P(t > 1.25u): only for u < .96, and
		// integral from .8 to .96 of (1.2 - 1.25u) / .4 du / .4 = (.192 - .176) / .16 = 0.10.
		// Ranks: A 1,1 | 3,1,1,1,1 | about 900 x 1, 100 x 3 -> best 1, median 1, worst 3, in the top 1 ~90%
		// B 3,2 | 1,3,3,3,3 | about 100 x 1, 900 x 3 -> best 1, median 3, worst 3, ~10%
		// C 2,3 | 2,2,2,2,2 | 1,000 x 2 -> best 2, median 2, worst 3, 0%
		// Gap to the cut-off (N = 1): A 52.50 - 50.00 (rank 2) = 2.50; C 50.00 - 52.50 = -2.50; B -5.00.
		// Nobody is borderline: A is recommended in 90% of the draws, B and C outside it in more than half.
		List<IndicatorValue> values = new RankStability(threeProvinces(), defaults(), MissingComponentPolicy.MEDIAN, 1)
			.values();
		Map<String, Double> a = of(values, "A");
		Map<String, Double> b = of(values, "B");
		Map<String, Double> c = of(values, "C");
		assertThat(List.of(a.get("RANK_BEST"), a.get("RANK_MEDIAN"), a.get("RANK_WORST"))).containsExactly(1.0, 1.0, 3.0);
		assertThat(List.of(b.get("RANK_BEST"), b.get("RANK_MEDIAN"), b.get("RANK_WORST"))).containsExactly(1.0, 3.0, 3.0);
		assertThat(List.of(c.get("RANK_BEST"), c.get("RANK_MEDIAN"), c.get("RANK_WORST"))).containsExactly(2.0, 2.0, 3.0);
		// 1,000 draws of a 10% event: standard deviation 0.95 points; three of them allowed
		assertThat(a.get("TOP_N_SHARE")).isCloseTo(90.0, within(3.0));
		assertThat(b.get("TOP_N_SHARE")).isCloseTo(10.0, within(3.0));
		assertThat(a.get("TOP_N_SHARE") + b.get("TOP_N_SHARE")).isEqualTo(100.0);
		assertThat(c.get("TOP_N_SHARE")).isEqualTo(0.0);
		assertThat(a.get("GAP_TO_CUTOFF")).isEqualTo(2.50);
		assertThat(c.get("GAP_TO_CUTOFF")).isEqualTo(-2.50);
		assertThat(b.get("GAP_TO_CUTOFF")).isEqualTo(-5.00);
		assertThat(List.of(a.get("BORDERLINE"), b.get("BORDERLINE"), c.get("BORDERLINE"))).containsOnly(0.0);
	}

	@Test
	void withTheTopTwoRecommendedTheAlwaysSecondProvinceIsInTheTopInEveryDraw() {
		// as above, N = 2: C is 2nd in every draw (100%), A in the top two when 1st (~90%), B ~10%.
		// Gap: A 52.50 - 47.50 (rank 3) = 5.00, C 50.00 - 47.50 = 2.50, B 47.50 - 50.00 (rank 2) = -2.50
		Map<String, Map<String, Double>> v = new java.util.HashMap<>();
		List<IndicatorValue> values = new RankStability(threeProvinces(), defaults(), MissingComponentPolicy.MEDIAN, 2)
			.values();
		for (String code : List.of("A", "B", "C")) {
			v.put(code, of(values, code));
		}
		assertThat(v.get("C").get("TOP_N_SHARE")).isEqualTo(100.0);
		assertThat(v.get("A").get("TOP_N_SHARE")).isCloseTo(90.0, within(3.0));
		assertThat(v.get("A").get("GAP_TO_CUTOFF")).isEqualTo(5.00);
		assertThat(v.get("C").get("GAP_TO_CUTOFF")).isEqualTo(2.50);
		assertThat(v.get("B").get("GAP_TO_CUTOFF")).isEqualTo(-2.50);
	}

	@Test
	void aRecommendedProvinceThatMostDrawsPutOutsideTheTopNIsBorderline() {
		// C is .5 everywhere: 50.00 under any weights. A (U .88, T 0, rest .5): A - C is proportional to
		// .25u x .38 - .20t x .5 = .095u - .1t; configured .095 - .1 = -.005 -> A = 49.50.
		// B (U .09, T 1, rest .5): .25u x -.41 + .20t x .5 = .1t - .1025u; configured -.0025 -> B = 49.75.
		// C is 1st and, with N = 1, recommended. It stays 1st in a draw when .95u <= t <= 1.025u.
		// P(t > 1.025u) = integral from .8 to 1.1707 of (1.2 - 1.025u) du / .16 = .070439 / .16 = .4402;
		// P(t < .95u) = integral from .8421 to 1.2 of (.95u - .8) du / .16 = .060842 / .16 = .3803;
		// so C is in the top 1 in 1 - .4402 - .3803 = 17.9% of the draws (sd 1.2 points): borderline.
		// A (38.0%) and B (44.0%) are outside the top 1 in most draws: not borderline.
		ComponentTable t = table(List.of("A", "B", "C"), new double[] { .88, 0, .5, .5, .5 },
				new double[] { .09, 1, .5, .5, .5 }, new double[] { .5, .5, .5, .5, .5 });
		assertThat(t.index(defaults(), MissingComponentPolicy.MEDIAN)).containsExactly(49.50, 49.75, 50.00);
		List<IndicatorValue> values = new RankStability(t, defaults(), MissingComponentPolicy.MEDIAN, 1).values();
		assertThat(of(values, "C").get("TOP_N_SHARE")).isCloseTo(17.9, within(4.0));
		assertThat(of(values, "A").get("TOP_N_SHARE")).isCloseTo(38.0, within(4.5));
		assertThat(of(values, "B").get("TOP_N_SHARE")).isCloseTo(44.0, within(4.5));
		assertThat(of(values, "C").get("BORDERLINE")).isEqualTo(1.0);
		assertThat(of(values, "A").get("BORDERLINE")).isEqualTo(0.0);
		assertThat(of(values, "B").get("BORDERLINE")).isEqualTo(0.0);
		assertThat(of(values, "C").get("GAP_TO_CUTOFF")).isEqualTo(0.25);
	}

	@Test
	void theSameInputsGiveTheSameFigures() {
		List<IndicatorValue> first = new RankStability(threeProvinces(), defaults(), MissingComponentPolicy.MEDIAN, 1)
			.values();
		List<IndicatorValue> second = new RankStability(threeProvinces(), defaults(), MissingComponentPolicy.MEDIAN, 1)
			.values();
		assertThat(second).isEqualTo(first);
	}
}
