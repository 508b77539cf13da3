package id.go.kemnaker.blk.indicator;

/**
 * Every indicator the pipeline computes, with its stable ID (used in code, tests and the methodology
 * sheet) and unit. Names, formulas and sources are in the report bundles under {@code ind.<ID>.*}.
 */
public enum Indicator {

	// labour market, per province and round (BPS definitions)
	WORKING_AGE_POPULATION(Unit.COUNT), LABOUR_FORCE(Unit.COUNT), EMPLOYED(Unit.COUNT), UNEMPLOYED(Unit.COUNT),
	YOUTH_LABOUR_FORCE(Unit.COUNT), YOUTH_UNEMPLOYED(Unit.COUNT), TPT(Unit.RATE), TPAK(Unit.RATE), YUR(Unit.RATE),
	TPT_PREVIOUS_YEAR(Unit.RATE), TPT_YOY(Unit.POINTS),
	// national only: the rates from the provinces' summed counts, beside a published INDONESIA figure
	TPT_SUM_OF_PROVINCES(Unit.RATE), TPAK_SUM_OF_PROVINCES(Unit.RATE),

	// training supply, per province (BLK inventory)
	BLK_OPERATING_UPTP(Unit.COUNT), BLK_OPERATING_UPTD(Unit.COUNT), BLK_OPERATING_KOMUNITAS(Unit.COUNT),
	BLK_OPERATING(Unit.COUNT), BLK_PLANNED(Unit.COUNT), SEATS(Unit.COUNT), UNEMPLOYED_PER_SEAT(Unit.RATIO),
	SEAT_COVERAGE(Unit.RATE),

	// training outcomes, per BLK, programme, province and national, by gender
	PARTICIPANTS(Unit.COUNT), GRADUATES(Unit.COUNT), CERTIFIED(Unit.COUNT), TRACED(Unit.COUNT), PLACED(Unit.COUNT),
	SELF_EMPLOYED(Unit.COUNT), COMPLETION_RATE(Unit.RATE), CERTIFICATION_RATE(Unit.RATE), TRACED_RATE(Unit.RATE),
	PLACEMENT_RATE(Unit.RATE), PLACEMENT_RATE_TRACED(Unit.RATE), SELF_EMPLOYED_SHARE(Unit.RATE),
	DAYS_TO_PLACEMENT(Unit.DAYS), FEMALE_SHARE(Unit.RATE),
	// placement over the training window of the same length before this one; participants per seat
	PLACEMENT_RATE_PREVIOUS(Unit.RATE), CAPACITY_USE(Unit.RATE),

	// labour demand, per province (optional input)
	VACANCIES(Unit.COUNT), PSN_WORKERS(Unit.COUNT), DEMAND_PER_UNEMPLOYED(Unit.RATIO),

	// composite
	NORM_UNEMPLOYED(Unit.NORMALISED), NORM_TPT(Unit.NORMALISED), NORM_YUR(Unit.NORMALISED),
	NORM_UNEMPLOYED_PER_SEAT(Unit.NORMALISED), NORM_DEMAND(Unit.NORMALISED), INDEX_WEIGHT_USED(Unit.NORMALISED),
	BLK_DEMAND_INDEX(Unit.INDEX), INDEX_RANK(Unit.COUNT), BLK_ALLOCATION(Unit.FLAG), HAS_PLANNED_BLK(Unit.FLAG),

	// rank stability, per province: the index recomputed under other policies, components and weights
	RANK_BEST(Unit.COUNT), RANK_MEDIAN(Unit.COUNT), RANK_WORST(Unit.COUNT), TOP_N_SHARE(Unit.RATE),
	GAP_TO_CUTOFF(Unit.POINTS), BORDERLINE(Unit.FLAG);

	/** How a value is expressed, which fixes its rounding and its number format in the reports. */
	public enum Unit {
		/** persons or units: whole numbers */
		COUNT,
		/** percentage of 100, two decimals, as published */
		RATE,
		/** percentage points, two decimals */
		POINTS,
		/** a ratio such as unemployed per seat, two decimals */
		RATIO,
		/** days */
		DAYS,
		/** 0..1, four decimals */
		NORMALISED,
		/** 0..100, two decimals */
		INDEX,
		/** 1 yes, 0 no */
		FLAG
	}

	private final Unit unit;

	Indicator(Unit unit) {
		this.unit = unit;
	}

	public Unit unit() {
		return unit;
	}
}
