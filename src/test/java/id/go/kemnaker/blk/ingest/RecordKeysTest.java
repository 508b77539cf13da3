package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;

class RecordKeysTest {

	@Test
	void theValueHashCoversEveryFieldOfAParticipant() {
		ParticipantRecord base = record("k");
		List<ParticipantRecord> changed = List.of(
				new ParticipantRecord("k2", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", "B9", base.program(), base.programLabel(), base.gender(), base.education(),
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), "otomotif", base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), "LAS", base.gender(), base.education(),
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), Gender.FEMALE,
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(), "S1",
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate().plusDays(1), base.endDate(), base.graduated(),
						base.certified(), base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate().plusDays(1), base.graduated(),
						base.certified(), base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), false, base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), false,
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						PlacementStatus.SELF_EMPLOYED, base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate().plusDays(1)));
		assertThat(changed).as("one changed record per field").hasSize(ParticipantRecord.class.getRecordComponents().length);
		for (ParticipantRecord c : changed) {
			assertThat(RecordKeys.valueHash(c)).as("value hash of %s", c).isNotEqualTo(RecordKeys.valueHash(base));
		}
	}

	@Test
	void aParticipantsHashesAreThoseOfItsFieldsHashedTogether() {
		ParticipantRecord placed = record("k");
		ParticipantRecord untraced = new ParticipantRecord("k", "B1", "las", "Las", null, null, LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 3, 7), false, false, PlacementStatus.UNKNOWN, null);
		for (ParticipantRecord p : List.of(placed, untraced)) {
			assertThat(RecordKeys.keyHash(p)).isEqualTo(KeyHash.hash(p.participantKey(),
					p.blkCode(), p.program(), p.startDate()));
			assertThat(RecordKeys.valueHash(p)).isEqualTo(KeyHash.hash(p.participantKey(),
					p.blkCode(), p.program(), p.programLabel(), p.gender(), p.education(), p.startDate(), p.endDate(),
					p.graduated(), p.certified(), p.placementStatus(), p.placementDate()));
		}
	}

	private static ParticipantRecord record(String key) {
		return new ParticipantRecord(key, "B1", "las", "Las", Gender.MALE, "SMK", LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 3, 7), true, true, PlacementStatus.EMPLOYED, LocalDate.of(2025, 4, 6));
	}
}
