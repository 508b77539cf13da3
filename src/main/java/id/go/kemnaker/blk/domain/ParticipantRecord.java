package id.go.kemnaker.blk.domain;

import java.time.LocalDate;

/**
 * One trainee. The participant id is kept only as a one-way key ({@code participantKey}) and the birth
 * date not at all: neither is needed for any indicator, and neither may reach an output.
 */
public record ParticipantRecord(String participantKey, String blkCode, String program, String programLabel,
		Gender gender, String education, LocalDate startDate, LocalDate endDate, boolean graduated, boolean certified,
		PlacementStatus placementStatus, LocalDate placementDate) implements TrainingRecord {

	/** Days from the end of training to placement, or null when not placed or without a date. */
	public Integer daysToPlacement() {
		if (!graduated || !placementStatus.isPlaced() || placementDate == null) {
			return null;
		}
		return (int) (placementDate.toEpochDay() - endDate.toEpochDay());
	}
}
