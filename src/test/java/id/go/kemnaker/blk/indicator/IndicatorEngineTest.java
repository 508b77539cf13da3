package id.go.kemnaker.blk.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorInputs.DaysCell;
import id.go.kemnaker.blk.indicator.IndicatorInputs.OutcomeCell;

/** The indicator formulas against figures computed by hand. */
class IndicatorEngineTest {

	static final ProvinceCatalog CATALOG = ProvinceCatalog.load();
	static final Period AUG_2025 = Period.of(2025, 8);
	static final Period AUG_2024 = Period.of(2024, 8);

	/** Every province with counts: labour force 1,000,000 + 10,000 x i, unemployed 40,000 + 1,000 x i. */
	static List<LabourForceRecord> allProvinces(Period period) {
		List<LabourForceRecord> list = new ArrayList<>();
		int i = 0;
		for (Province p : CATALOG.all()) {
			long lf = 1_000_000 + 10_000L * i;
			long un = 40_000 + 1_000L * i;
			list.add(new LabourForceRecord(p.code(), period, lf * 3 / 2, lf, lf - un, un, null, null, 150_000L,
					15_000L + 500L * i));
			i++;
		}
		return list;
	}

	static IndicatorInputs inputs(List<LabourForceRecord> labour, List<LabourForceRecord> totals, List<BlkRecord> blks,
			List<OutcomeCell> outcomes, List<DaysCell> days, List<DemandRecord> demand) {
		return new IndicatorInputs(labour, totals, blks, outcomes, days, Map.of(), demand);
	}

	static Results compute(IndicatorInputs in, int allocation) {
		return new IndicatorEngine(CATALOG, IndicatorSettings.of(Map.of(), allocation, 12, 60)).compute(in, AUG_2025);
	}

	static Results compute(IndicatorInputs in, int allocation, MissingComponentPolicy policy) {
		return new IndicatorEngine(CATALOG, IndicatorSettings.of(Map.of(), allocation, 12, 60, policy.key()))
			.compute(in, AUG_2025);
	}

	static LabourForceRecord kaltara() {
		return new LabourForceRecord("65", AUG_2025, 569_126L, 395_803L, 380_572L, 15_231L, null, null, null, null);
	}

	static LabourForceRecord kaltim() {
		return new LabourForceRecord("64", AUG_2025, 3_120_112L, 2_077_413L, 1_969_739L, 107_674L, null, null, null, null);
	}

	@Test
	void tptAndTpakOfTwoProvincesComeFromTheirCountsRoundedToTwoDecimals() {
		Results r = compute(inputs(List.of(kaltara(), kaltim()), List.of(), List.of(), List.of(), List.of(), List.of()), 22);
		// 15,231 / 395,803 = 3.8481 %; 395,803 / 569,126 = 69.5455 %
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.TPT)).isEqualTo(3.85);
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.TPAK)).isEqualTo(69.55);
		// 107,674 / 2,077,413 = 5.1831 %; 2,077,413 / 3,120,112 = 66.5813 %
		assertThat(r.value(Scope.PROVINCE, "64", Indicator.TPT)).isEqualTo(5.18);
		assertThat(r.value(Scope.PROVINCE, "64", Indicator.TPAK)).isEqualTo(66.58);
		assertThat(r.flag(Scope.PROVINCE, "65", Indicator.TPT)).isNull();
	}

	@Test
	void nationalTptIsFromTheSummedCountsWhenEveryProvinceHasThem() {
		List<LabourForceRecord> all = allProvinces(AUG_2025);
		long lf = all.stream().mapToLong(LabourForceRecord::labourForce).sum();
		long un = all.stream().mapToLong(LabourForceRecord::unemployed).sum();
		// 38 provinces: labour force 38,000,000 + 10,000 x 703 = 45,030,000; unemployed 1,520,000 + 703,000 = 2,223,000
		assertThat(lf).isEqualTo(45_030_000);
		assertThat(un).isEqualTo(2_223_000);
		Results r = compute(inputs(all, List.of(), List.of(), List.of(), List.of(), List.of()), 22);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.TPT)).isEqualTo(4.94); // 2,223,000 / 45,030,000 = 4.9367 %
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.UNEMPLOYED)).isEqualTo(2_223_000);
		assertThat(r.flag(Scope.NATIONAL, "ID", Indicator.TPT)).isNull();
	}

	@Test
	void nationalTptAndTpakAreThePublishedIndonesiaFiguresWithTheSumOfProvincesBesideThemAndADifferenceNoted() {
		// the sum of provinces gives TPT 4.94 and TPAK 45,030,000 / 67,545,000 = 66.67 %
		LabourForceRecord indonesia = new LabourForceRecord("00", AUG_2025, null, null, null, null, 4.94, 70.59, null, null);
		Results r = compute(inputs(allProvinces(AUG_2025), List.of(indonesia), List.of(), List.of(), List.of(), List.of()),
				22);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.TPAK)).isEqualTo(70.59);
		assertThat(r.flag(Scope.NATIONAL, "ID", Indicator.TPAK)).isEqualTo(Flag.NATIONAL_FROM_TOTAL_ROW);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.TPAK_SUM_OF_PROVINCES)).isEqualTo(66.67);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.TPT_SUM_OF_PROVINCES)).isEqualTo(4.94);
		assertThat(r.value(Scope.NATIONAL_ROUND, "2025-08", Indicator.TPAK)).isEqualTo(70.59);
		assertThat(r.value(Scope.NATIONAL_ROUND, "2025-08", Indicator.TPAK_SUM_OF_PROVINCES)).isEqualTo(66.67);
		// TPT agrees to the cent: no note; TPAK differs
		assertThat(r.notes()).singleElement().asString().startsWith("2025-08: national TPAK").contains("66.67")
			.contains("70.59");
	}

	@Test
	void aDifferenceOfOneHundredthOfAPointBetweenPublishedAndSummedIsNoted() {
		// TPT from the summed counts: 4.94; published 4.93
		LabourForceRecord indonesia = new LabourForceRecord("00", AUG_2025, null, null, null, null, 4.93, null, null, null);
		Results r = compute(inputs(allProvinces(AUG_2025), List.of(indonesia), List.of(), List.of(), List.of(), List.of()),
				22);
		assertThat(r.notes()).singleElement().asString().contains("national TPT").contains("+0.01")
			.doesNotContain("TPAK");
	}

	@Test
	void anIndonesiaRowThatTheProvincesWithCountsCannotAddUpToIsNotedNamingTheProvincesWithout() {
		List<LabourForceRecord> all = new ArrayList<>(allProvinces(AUG_2025));
		long lf = all.stream().mapToLong(LabourForceRecord::labourForce).sum();
		long un = all.stream().mapToLong(LabourForceRecord::unemployed).sum();
		LabourForceRecord kaltim = all.stream().filter(x -> x.provinceCode().equals("64")).findFirst().orElseThrow();
		all.set(all.indexOf(kaltim), new LabourForceRecord("64", AUG_2025, null, null, null, null, 5.18, 66.58, null, null));
		LabourForceRecord indonesia = new LabourForceRecord("00", AUG_2025, null, lf, null, un, null, null, null, null);
		Results r = compute(inputs(all, List.of(indonesia), List.of(), List.of(), List.of(), List.of()), 22);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.LABOUR_FORCE)).isEqualTo((double) lf);
		assertThat(r.flag(Scope.NATIONAL, "ID", Indicator.TPT_SUM_OF_PROVINCES)).isEqualTo(Flag.NATIONAL_INCOMPLETE);
		assertThat(r.notes()).hasSize(2);
		assertThat(r.notes().get(0)).startsWith("2025-08: the INDONESIA row's labour force")
			.contains(String.format(java.util.Locale.ROOT, "difference %,d", kaltim.labourForce()))
			.endsWith("without counts: KALIMANTAN TIMUR");
	}

	@Test
	void nationalTptComesFromTheIndonesiaRowWhenAProvinceHasOnlyRatesAndIsNeverAMeanOfRates() {
		List<LabourForceRecord> all = new ArrayList<>(allProvinces(AUG_2025));
		all.set(0, new LabourForceRecord("11", AUG_2025, null, null, null, null, 5.64, 65.32, null, null));
		LabourForceRecord indonesia = new LabourForceRecord("00", AUG_2025, null, null, null, null, 4.85, 70.59, null, null);
		Results r = compute(inputs(all, List.of(indonesia), List.of(), List.of(), List.of(), List.of()), 22);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.TPT)).isEqualTo(4.85);
		assertThat(r.flag(Scope.NATIONAL, "ID", Indicator.TPT)).isEqualTo(Flag.NATIONAL_FROM_TOTAL_ROW);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.TPT)).isEqualTo(5.64);
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.TPT)).isEqualTo(Flag.PUBLISHED_RATE);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.UNEMPLOYED)).isNull();

		Results withoutRow = compute(inputs(all, List.of(), List.of(), List.of(), List.of(), List.of()), 22);
		assertThat(withoutRow.value(Scope.NATIONAL, "ID", Indicator.TPT)).isNull();
		assertThat(withoutRow.flag(Scope.NATIONAL, "ID", Indicator.TPT)).isEqualTo(Flag.NATIONAL_INCOMPLETE);
	}

	@Test
	void placementRateCountsUnknownAsNotPlacedAndNationalIsFromSummedCounts() {
		List<BlkRecord> blks = List.of(blk("A", "65", 160), blk("B", "64", 320));
		// BLK A: 8 graduates, 4 employed + 1 self-employed = 5 placed -> 62.50 %; traced 7 -> 71.43 % of traced
		// BLK B: 2 graduates, both employed -> 100 %. National: 7 / 10 = 70.00 %, not the mean (62.5 + 100) / 2.
		List<OutcomeCell> cells = List.of(new OutcomeCell("A", "las", "L", 6, 5, 3, 4, 3, 0),
				new OutcomeCell("A", "las", "P", 4, 3, 2, 3, 1, 1), new OutcomeCell("B", "las", "P", 2, 2, 2, 2, 2, 0));
		Results r = compute(inputs(List.of(kaltara()), List.of(), blks, cells, List.of(), List.of()), 22);
		assertThat(r.value(Scope.BLK, "A", Indicator.PLACEMENT_RATE)).isEqualTo(62.5);
		assertThat(r.value(Scope.BLK, "A", Indicator.PLACEMENT_RATE_TRACED)).isEqualTo(71.43);
		assertThat(r.value(Scope.BLK, "A", Indicator.COMPLETION_RATE)).isEqualTo(80.0);
		assertThat(r.value(Scope.BLK, "A", Indicator.PLACEMENT_RATE, "L")).isEqualTo(60.0);
		assertThat(r.value(Scope.BLK, "A", Indicator.PLACEMENT_RATE, "P")).isEqualTo(66.67);
		assertThat(r.value(Scope.BLK, "A", Indicator.FEMALE_SHARE)).isEqualTo(40.0);
		assertThat(r.value(Scope.BLK, "A", Indicator.SELF_EMPLOYED_SHARE)).isEqualTo(20.0);
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.PLACEMENT_RATE)).isEqualTo(62.5);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE)).isEqualTo(70.0);
		assertThat(r.value(Scope.PROGRAM, "las", Indicator.PARTICIPANTS)).isEqualTo(12.0);
	}

	@Test
	void aRateOverFewerThanTwentyGraduatesKeepsItsValueFlaggedSmallN() {
		// A: 8 graduates (small), B: 20 graduates, 10 placed (not small); the province 65 holds both: 28
		List<BlkRecord> blks = List.of(blk("A", "65", 160), blk("B", "65", 320));
		List<OutcomeCell> cells = List.of(new OutcomeCell("A", "las", "L", 10, 8, 0, 8, 4, 0),
				new OutcomeCell("B", "las", "L", 20, 20, 0, 20, 10, 0));
		Results r = compute(inputs(List.of(kaltara()), List.of(), blks, cells, List.of(), List.of()), 22);
		assertThat(r.value(Scope.BLK, "A", Indicator.PLACEMENT_RATE)).isEqualTo(50.0);
		assertThat(r.flag(Scope.BLK, "A", Indicator.PLACEMENT_RATE)).isEqualTo(Flag.SMALL_N);
		assertThat(r.get(Scope.BLK, "A", Indicator.PLACEMENT_RATE, "L").flag()).isEqualTo(Flag.SMALL_N);
		assertThat(r.flag(Scope.BLK, "B", Indicator.PLACEMENT_RATE)).isNull();
		assertThat(r.flag(Scope.PROVINCE, "65", Indicator.PLACEMENT_RATE)).isNull();
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.PLACEMENT_RATE)).isEqualTo(50.0);
	}

	@Test
	void capacityUseIsParticipantsOverTheSeatsOfOperatingBlkAndBlankWithoutSeatsOrTrainees() {
		// A: 40 trainees / 160 seats = 25 %; B: 320 seats, no trainee reported -> blank; C: planned, no seats
		List<BlkRecord> blks = List.of(blk("A", "65", 160), blk("B", "65", 320),
				new BlkRecord("C", "BLK C", "65", null, BlkType.UPTD, BlkStatus.PLANNED, null, 2026, "dukungan PSN"));
		List<OutcomeCell> cells = List.of(new OutcomeCell("A", "las", "L", 40, 30, 0, 30, 20, 0),
				new OutcomeCell("C", "las", "L", 12, 12, 0, 12, 6, 0));
		Results r = compute(inputs(List.of(kaltara()), List.of(), blks, cells, List.of(), List.of()), 22);
		assertThat(r.value(Scope.BLK, "A", Indicator.CAPACITY_USE)).isEqualTo(25.0);
		assertThat(r.value(Scope.BLK, "B", Indicator.CAPACITY_USE)).isNull();
		assertThat(r.flag(Scope.BLK, "B", Indicator.CAPACITY_USE)).isEqualTo(Flag.NO_PARTICIPANTS);
		assertThat(r.flag(Scope.BLK, "C", Indicator.CAPACITY_USE)).isEqualTo(Flag.NO_CAPACITY);
		// the province: 52 trainees / 480 seats = 10.83 %
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.CAPACITY_USE)).isEqualTo(10.83);
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.CAPACITY_USE)).isEqualTo(Flag.NO_CAPACITY);
	}

	@Test
	void thePlacementRateOfThePreviousWindowIsComputedFromItsOwnCounts() {
		List<BlkRecord> blks = List.of(blk("A", "65", 160), blk("B", "64", 320));
		List<OutcomeCell> now = List.of(new OutcomeCell("A", "las", "L", 30, 30, 0, 30, 15, 0));
		// previous window: A 20 graduates, 12 placed; B 30 graduates, 18 placed -> national 30 / 50 = 60 %
		List<OutcomeCell> before = List.of(new OutcomeCell("A", "las", "L", 20, 20, 0, 20, 10, 2),
				new OutcomeCell("B", "las", "P", 30, 30, 0, 30, 18, 0));
		Results r = new IndicatorEngine(CATALOG, IndicatorSettings.defaults()).compute(new IndicatorInputs(
				List.of(kaltara()), List.of(), blks, now, List.of(), Map.of(), List.of(), before), AUG_2025);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE)).isEqualTo(50.0);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE_PREVIOUS)).isEqualTo(60.0);
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.PLACEMENT_RATE_PREVIOUS)).isEqualTo(60.0);
		assertThat(r.value(Scope.PROVINCE, "64", Indicator.PLACEMENT_RATE_PREVIOUS)).isEqualTo(60.0);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.PLACEMENT_RATE_PREVIOUS)).isNull();
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.PLACEMENT_RATE_PREVIOUS)).isEqualTo(Flag.NO_PARTICIPANTS);
		IndicatorEngine engine = new IndicatorEngine(CATALOG, IndicatorSettings.defaults());
		assertThat(engine.previousWindow(AUG_2025)).containsExactly(java.time.LocalDate.of(2023, 9, 1),
				java.time.LocalDate.of(2024, 8, 31));
	}

	@Test
	void aRateWithoutGraduatesIsBlankAndFlaggedNeverZero() {
		List<OutcomeCell> cells = List.of(new OutcomeCell("A", "las", "L", 3, 0, 0, 0, 0, 0));
		Results r = compute(inputs(List.of(), List.of(), List.of(blk("A", "65", 16)), cells, List.of(), List.of()), 22);
		IndicatorValue v = r.get(Scope.BLK, "A", Indicator.PLACEMENT_RATE, "T");
		assertThat(v.value()).isNull();
		assertThat(v.flag()).isEqualTo(Flag.NO_DENOMINATOR);
		assertThat(r.value(Scope.BLK, "A", Indicator.COMPLETION_RATE)).isEqualTo(0.0);
	}

	@Test
	void unemployedPerSeatWithZeroSeatsIsBlankAndFlaggedAndTakesTheMaximumInTheIndex() {
		List<BlkRecord> blks = new ArrayList<>();
		for (Province p : CATALOG.all()) {
			if (!p.code().equals("97")) {
				blks.add(blk("BLK-" + p.code(), p.code(), 1_000));
			}
		}
		blks.add(new BlkRecord("BLK-97", "closed", "97", null, BlkType.UPTD, BlkStatus.CLOSED, 500L, null, null));
		Results r = compute(inputs(allProvinces(AUG_2025), List.of(), blks, List.of(), List.of(), List.of()), 22);
		assertThat(r.value(Scope.PROVINCE, "97", Indicator.SEATS)).isEqualTo(0.0);
		assertThat(r.value(Scope.PROVINCE, "97", Indicator.UNEMPLOYED_PER_SEAT)).isNull();
		assertThat(r.flag(Scope.PROVINCE, "97", Indicator.UNEMPLOYED_PER_SEAT)).isEqualTo(Flag.NO_CAPACITY);
		assertThat(r.value(Scope.PROVINCE, "97", Indicator.NORM_UNEMPLOYED_PER_SEAT)).isEqualTo(1.0);
		// Aceh: 40,000 unemployed / 1,000 seats
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.UNEMPLOYED_PER_SEAT)).isEqualTo(40.0);
	}

	static IndicatorInputs demandIndexInputs() {
		List<BlkRecord> blks = new ArrayList<>();
		int i = 0;
		for (Province p : CATALOG.all()) {
			blks.add(blk("BLK-" + p.code(), p.code(), 500 + 100 * i++));
		}
		List<DemandRecord> demand = List.of(
				new DemandRecord("65", Period.of(2025, 3), false, DemandSource.PSN, 3_000, null, "PLTA Mentarang Induk"),
				new DemandRecord("64", Period.of(2025, 1), true, DemandSource.VACANCY, 1_000, null, null),
				new DemandRecord("32", Period.of(2024, 6), false, DemandSource.VACANCY, 9_999, null, "outside the window"));
		return inputs(allProvinces(AUG_2025), List.of(), blks, List.of(), List.of(), demand);
	}

	static void assertRecomputable(Results r, String... codes) {
		Map<Component, Indicator> norm = Map.of(Component.UNEMPLOYED, Indicator.NORM_UNEMPLOYED, Component.TPT,
				Indicator.NORM_TPT, Component.YUR, Indicator.NORM_YUR, Component.UNEMPLOYED_PER_SEAT,
				Indicator.NORM_UNEMPLOYED_PER_SEAT, Component.DEMAND, Indicator.NORM_DEMAND);
		for (String code : codes) {
			double sum = 0;
			double weights = 0;
			for (var e : norm.entrySet()) {
				Double n = r.value(Scope.PROVINCE, code, e.getValue());
				if (n != null) {
					sum += e.getKey().defaultWeight() * n;
					weights += e.getKey().defaultWeight();
				}
			}
			assertThat(r.value(Scope.PROVINCE, code, Indicator.INDEX_WEIGHT_USED)).isCloseTo(weights, within(1e-9));
			assertThat(r.value(Scope.PROVINCE, code, Indicator.BLK_DEMAND_INDEX)).isCloseTo(100 * sum / weights,
					within(0.005));
		}
	}

	@Test
	void aDemandIndexRowIsRecomputableFromItsNormalisedComponentsAndWeights() {
		Results r = compute(demandIndexInputs(), 22, MissingComponentPolicy.RESCALE);
		assertRecomputable(r, "65", "64", "11");
		// only two provinces reported demand: Kaltara (3,000 PSN) is the maximum, Kaltim (1,000) the minimum
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.NORM_DEMAND)).isEqualTo(1.0);
		assertThat(r.value(Scope.PROVINCE, "64", Indicator.NORM_DEMAND)).isEqualTo(0.0);
		assertThat(r.value(Scope.PROVINCE, "32", Indicator.VACANCIES)).isNull();
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.INDEX_WEIGHT_USED)).isEqualTo(0.85);
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.BLK_DEMAND_INDEX)).isEqualTo(Flag.MISSING_COMPONENT);
	}

	@Test
	void byDefaultAProvinceWithoutDemandDataIsScoredAtTheMedianOfTheProvincesThatHaveItFlaggedImputed() {
		Results r = compute(demandIndexInputs(), 22);
		assertRecomputable(r, "65", "64", "11");
		// the median of Kaltara's 1 and Kaltim's 0
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.NORM_DEMAND)).isEqualTo(0.5);
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.NORM_DEMAND)).isEqualTo(Flag.IMPUTED);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.INDEX_WEIGHT_USED)).isEqualTo(1.0);
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.BLK_DEMAND_INDEX)).isEqualTo(Flag.IMPUTED);
		assertThat(r.flag(Scope.PROVINCE, "65", Indicator.BLK_DEMAND_INDEX)).isNull();
		Results zero = compute(demandIndexInputs(), 22, MissingComponentPolicy.ZERO);
		assertThat(zero.value(Scope.PROVINCE, "11", Indicator.NORM_DEMAND)).isEqualTo(0.0);
		assertThat(zero.flag(Scope.PROVINCE, "11", Indicator.NORM_DEMAND)).isEqualTo(Flag.IMPUTED);
		assertRecomputable(zero, "65", "64", "11");
	}

	@Test
	void everyRankedProvinceHasItsStabilityFigures() {
		Results r = compute(demandIndexInputs(), 22);
		for (Province p : CATALOG.all()) {
			double rank = r.value(Scope.PROVINCE, p.code(), Indicator.INDEX_RANK);
			assertThat(r.value(Scope.PROVINCE, p.code(), Indicator.RANK_BEST)).isLessThanOrEqualTo(
					r.value(Scope.PROVINCE, p.code(), Indicator.RANK_MEDIAN));
			assertThat(r.value(Scope.PROVINCE, p.code(), Indicator.RANK_MEDIAN)).isLessThanOrEqualTo(
					r.value(Scope.PROVINCE, p.code(), Indicator.RANK_WORST));
			assertThat(r.value(Scope.PROVINCE, p.code(), Indicator.TOP_N_SHARE)).isBetween(0.0, 100.0);
			assertThat(Math.signum(r.value(Scope.PROVINCE, p.code(), Indicator.GAP_TO_CUTOFF)))
				.isNotEqualTo(rank <= 22 ? -1.0 : 1.0);
		}
	}

	@Test
	void anUnknownMissingComponentPolicyIsRefusedNamingTheSetting() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorSettings.of(Map.of(), 22, 12, 60, "other"))
			.hasMessageStartingWith("blk.missing-component: must be median, rescale or zero");
	}

	@Test
	void theTopNProvincesAreRecommendedAndAPlannedBlkIsMarked() {
		List<BlkRecord> blks = new ArrayList<>();
		for (Province p : CATALOG.all()) {
			blks.add(blk("BLK-" + p.code(), p.code(), 1_000));
		}
		blks.add(new BlkRecord("PLAN-97", "BLK baru", "97", null, BlkType.UPTD, BlkStatus.PLANNED, null, 2026, null));
		Results r = compute(inputs(allProvinces(AUG_2025), List.of(), blks, List.of(), List.of(), List.of()), 3);
		List<String> recommended = new ArrayList<>();
		for (Province p : CATALOG.all()) {
			if (r.value(Scope.PROVINCE, p.code(), Indicator.BLK_ALLOCATION) == 1.0) {
				recommended.add(p.code());
			}
		}
		assertThat(recommended).hasSize(3);
		// unemployment grows with the catalogue order, so the last three provinces need a BLK most
		assertThat(recommended).containsExactlyInAnyOrder("95", "96", "97");
		assertThat(r.value(Scope.PROVINCE, "97", Indicator.INDEX_RANK)).isEqualTo(1.0);
		assertThat(r.value(Scope.PROVINCE, "97", Indicator.HAS_PLANNED_BLK)).isEqualTo(1.0);
		assertThat(r.value(Scope.PROVINCE, "96", Indicator.HAS_PLANNED_BLK)).isEqualTo(0.0);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.INDEX_RANK)).isEqualTo(38.0);
	}

	@Test
	void tptYearOnYearComparesTheSameRoundAndIsBlankForPapuaAcrossThe2022Split() {
		List<LabourForceRecord> labour = new ArrayList<>();
		labour.add(new LabourForceRecord("94", AUG_2025, null, null, null, null, 6.96, 63.98, null, null));
		labour.add(new LabourForceRecord("94", AUG_2024, null, null, null, null, 6.48, 68.4, null, null));
		labour.add(new LabourForceRecord("65", AUG_2025, null, null, null, null, 3.85, null, null, null));
		labour.add(new LabourForceRecord("65", AUG_2024, null, null, null, null, 3.90, null, null, null));
		labour.add(new LabourForceRecord("65", Period.of(2025, 2), null, null, null, null, 3.90, null, null, null));
		Results r = compute(inputs(labour, List.of(), List.of(), List.of(), List.of(), List.of()), 22);
		assertThat(r.value(Scope.PROVINCE, "65", Indicator.TPT_YOY)).isEqualTo(-0.05);
		assertThat(r.value(Scope.PROVINCE, "94", Indicator.TPT_YOY)).isEqualTo(0.48);
		Results in2024 = new IndicatorEngine(CATALOG, IndicatorSettings.defaults()).compute(
				inputs(List.of(new LabourForceRecord("94", AUG_2024, null, null, null, null, 6.48, null, null, null),
						new LabourForceRecord("94", Period.of(2023, 8), null, null, null, null, 2.67, null, null, null)),
						List.of(), List.of(), List.of(), List.of(), List.of()), AUG_2024);
		assertThat(in2024.value(Scope.PROVINCE, "94", Indicator.TPT_YOY)).isNull();
		assertThat(in2024.flag(Scope.PROVINCE, "94", Indicator.TPT_YOY)).isEqualTo(Flag.NOT_COMPARABLE);
	}

	@Test
	void medianDaysToPlacementComesFromTheMergedDistribution() {
		List<OutcomeCell> cells = List.of(new OutcomeCell("A", "las", "L", 4, 4, 0, 4, 4, 0),
				new OutcomeCell("B", "las", "L", 1, 1, 0, 1, 1, 0));
		// A: 10, 20, 30, 200 days -> median 25; with B's 40 -> 10, 20, 30, 40, 200 -> median 30
		List<DaysCell> days = List.of(new DaysCell("A", "las", "L", 10, 1), new DaysCell("A", "las", "L", 20, 1),
				new DaysCell("A", "las", "L", 30, 1), new DaysCell("A", "las", "L", 200, 1), new DaysCell("B", "las", "L", 40, 1));
		Results r = compute(inputs(List.of(), List.of(), List.of(blk("A", "65", 16), blk("B", "64", 16)), cells, days,
				List.of()), 22);
		assertThat(r.value(Scope.BLK, "A", Indicator.DAYS_TO_PLACEMENT)).isEqualTo(25.0);
		assertThat(r.value(Scope.NATIONAL, "ID", Indicator.DAYS_TO_PLACEMENT)).isEqualTo(30.0);
	}

	@Test
	void weightsThatDoNotSumToOneOrNameAnUnknownComponentAreRefusedNamingTheSetting() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorSettings.of(Map.of("tpt", 0.5), 22, 12, 60))
			.hasMessageStartingWith("blk.index-weights: the weights must sum to 1");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorSettings.of(Map.of("gdp", 0.0), 22, 12, 60))
			.hasMessageStartingWith("blk.index-weights.gdp: unknown component");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorSettings.of(Map.of("tpt", -0.1), 22, 12, 60))
			.hasMessageContaining("blk.index-weights.tpt");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorSettings.of(Map.of(), 0, 12, 60))
			.hasMessageStartingWith("blk.allocation-count");
	}

	static BlkRecord blk(String code, String province, long capacity) {
		return new BlkRecord(code, "BLK " + code, province, null, BlkType.UPTD, BlkStatus.OPERATING, capacity, null, null);
	}
}
