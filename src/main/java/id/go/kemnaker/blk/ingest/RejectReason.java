package id.go.kemnaker.blk.ingest;

/** Why a row was rejected. Each code has a description in the report bundles ({@code reason.CODE}). */
public enum RejectReason {
	MISSING_VALUE,
	BAD_NUMBER,
	BAD_DATE,
	BAD_PERIOD,
	BAD_YES_NO,
	BAD_GENDER,
	BAD_CODE,
	ERROR_VALUE,
	NEGATIVE_COUNT,
	RATE_OUT_OF_RANGE,
	INCONSISTENT_COUNTS,
	DATE_ORDER,
	UNKNOWN_PROVINCE,
	AMBIGUOUS_PROVINCE_CODE,
	PROVINCE_CONFLICT,
	UNKNOWN_BLK,
	DUPLICATE_ROW,
	DUPLICATE_CONFLICT,
	TEXT_TOO_LONG
}
