package id.go.kemnaker.blk.indicator;

/** Why a value is blank, or how it was obtained. Described in the report bundles under {@code flag.<CODE>}. */
public enum Flag {
	/** no operating seats: unemployed per seat has no denominator */
	NO_CAPACITY,
	/** the denominator is zero */
	NO_DENOMINATOR,
	/** head-counts are missing (rates-only data) */
	MISSING_COUNTS,
	/** no figure for this province and round */
	NO_DATA,
	/** the rate is as published, not computed from counts */
	PUBLISHED_RATE,
	/** national figure from the source's INDONESIA row, not from summed counts */
	NATIONAL_FROM_TOTAL_ROW,
	/** not every province has counts and there is no INDONESIA row */
	NATIONAL_INCOMPLETE,
	/** the province's territory changed in 2022: not comparable with the year before */
	NOT_COMPARABLE,
	/** no figure for the same round a year earlier */
	NO_PREVIOUS_YEAR,
	/** a demand-index component is missing; the other weights were rescaled */
	MISSING_COMPONENT,
	/** no labour demand reported for the province */
	NO_DEMAND_DATA,
	/** no trainee finished in the training window */
	NO_PARTICIPANTS,
	/** no placed graduate with a placement date */
	NO_PLACEMENT_DATES,
	/** a demand-index component the province lacks, scored by the missing-component policy (median or 0) */
	IMPUTED,
	/** a rate over fewer than 20 graduates: kept, but not to be read as low or high */
	SMALL_N
}
