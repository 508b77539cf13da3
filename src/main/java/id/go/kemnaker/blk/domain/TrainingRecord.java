package id.go.kemnaker.blk.domain;

/** A row of the training dataset: one trainee, or the totals of a BLK and programme for a month. */
public sealed interface TrainingRecord permits ParticipantRecord, TrainingSummaryRecord {
}
