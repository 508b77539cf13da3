package id.go.kemnaker.blk.domain;

/**
 * Training outcomes at summary level: totals of one BLK and programme for the cohorts that ended in one
 * month. {@code unknown} is the graduates whose placement is not known (defaults to the remainder).
 */
public record TrainingSummaryRecord(String blkCode, String program, String programLabel, Period period,
		long participants, long graduates, long certified, long employed, long selfEmployed, long unemployed,
		long unknown) implements TrainingRecord {
}
