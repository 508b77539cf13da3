package id.go.kemnaker.blk.indicator;

/** What an indicator value describes; the key's form depends on the scope. */
public enum Scope {
	/** key {@code ID}, for the report period */
	NATIONAL,
	/** key: BPS province code, for the report period */
	PROVINCE,
	/** key {@code YYYY-MM}: national figures of every round present */
	NATIONAL_ROUND,
	/** key {@code code|YYYY-MM}: a province in every round present */
	PROVINCE_ROUND,
	/** key: BLK code */
	BLK,
	/** key: programme (case-folded) */
	PROGRAM,
	/** key {@code code|programme} */
	PROVINCE_PROGRAM
}
