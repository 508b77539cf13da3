package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.PARTICIPANT_HEADER;
import static id.go.kemnaker.blk.support.Fixtures.dateFormula;
import static id.go.kemnaker.blk.support.Fixtures.formula;
import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.support.Fixtures;

/** Participant-level training files: dates, .xls workbooks, personal data. */
class ParticipantFilesTest {

	private static final LocalDate END = LocalDate.of(2025, 12, 31);

	@TempDir
	Path dir;

	private static List<Object> trainee(String id, Object birth, Object start) {
		return row(id, "BLK-01", "Las Listrik", "L", birth, start, END, "Y", "bekerja", LocalDate.of(2026, 1, 15));
	}

	@Test
	void rejectsTextThatIsNotADateAsBadDateNamingTheColumn() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				trainee("P-001", null, "kemarin"), trainee("P-002", null, "31/02/2025"),
				trainee("P-003", null, LocalDate.of(2025, 3, 1))));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.rejected()).isEqualTo(2);
		assertThat(ledger.accepted()).isEqualTo(1);
		IngestEvent.Rejected word = result.rejectedAt(2);
		assertThat(word.reason()).isEqualTo(RejectReason.BAD_DATE);
		assertThat(word.location().sheet()).isEqualTo("Data");
		assertThat(word.column()).isEqualTo("F (tanggal_mulai)");
		assertThat(word.value()).isEqualTo("kemarin");
		assertThat(word.provinceCode()).as("attributed through its BLK").isEqualTo("65");
		IngestEvent.Rejected impossible = result.rejectedAt(3);
		assertThat(impossible.reason()).isEqualTo(RejectReason.BAD_DATE);
		assertThat(impossible.column()).isEqualTo("F (tanggal_mulai)");
		assertThat(impossible.value()).isEqualTo("31/02/2025");
		assertThat(impossible.message().english()).contains("31/02/2025");
	}

	@Test
	void rejectsADateCellPastTheLastDateExcelShowsAndReadsTheRowsAfterIt() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				trainee("P-001", null, Fixtures.dateFormula("99999999999999")),
				trainee("P-002", Fixtures.dateFormula("2958466"), LocalDate.of(2025, 3, 1)),
				trainee("P-003", null, LocalDate.of(2025, 3, 1))));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.rejected()).isEqualTo(2);
		assertThat(ledger.accepted()).isEqualTo(1);
		IngestEvent.Rejected huge = result.rejectedAt(2);
		assertThat(huge.reason()).isEqualTo(RejectReason.BAD_DATE);
		assertThat(huge.column()).isEqualTo("F (tanggal_mulai)");
		assertThat(huge.message().english()).contains("after 9999-12-31");
		IngestEvent.Rejected birth = result.rejectedAt(3);
		assertThat(birth.reason()).isEqualTo(RejectReason.BAD_DATE);
		assertThat(birth.column()).startsWith("E ");
	}

	@Test
	void acceptsDateCellsAndDatesTypedInEveryDocumentedFormat() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				trainee("P-001", LocalDate.of(2000, 5, 17), LocalDate.of(2025, 3, 1)),
				trainee("P-002", "2000-05-17", "2025-03-01"), trainee("P-003", "17/05/2000", "01/03/2025"),
				trainee("P-004", "17-05-2000", "01-03-2025"), trainee("P-005", "17 Mei 2000", "12 Desember 2025"),
				trainee("P-006", "17 May 2000", "12 Dec 2025")));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		assertThat(result.ledger().rejected()).isZero();
		assertThat(result.records(ParticipantRecord.class)).extracting(ParticipantRecord::startDate).containsExactly(
				LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 12, 12), LocalDate.of(2025, 12, 12));
		ParticipantRecord first = result.records(ParticipantRecord.class).get(0);
		assertThat(first.endDate()).isEqualTo(END);
		assertThat(first.gender()).isEqualTo(Gender.MALE);
		assertThat(first.graduated()).isTrue();
		assertThat(first.placementStatus()).isEqualTo(PlacementStatus.EMPLOYED);
		assertThat(first.daysToPlacement()).isEqualTo(15);
		assertThat(first.blkCode()).isEqualTo("BLK-01");
		assertThat(result.acceptedAt(2).bareProvinceCode()).isFalse();
	}

	@Test
	void readsAnXlsParticipantFileWithDateCellsAndTheCachedValueOfFormulas() throws IOException {
		Path file = Fixtures.xls(dir, "peserta-2003.xls", List.of(row((Object[]) PARTICIPANT_HEADER),
				row("P-001", "BLK-01", "Menjahit", "P", LocalDate.of(1999, 1, 2), LocalDate.of(2025, 2, 3),
						dateFormula("F2+30"), formula("IF(1>0,\"Ya\",\"Tidak\")"), "wirausaha", null),
				row("P-002", "blk-01", formula("\"Tata \"&\"Boga\""), "Perempuan", null, LocalDate.of(2025, 2, 3),
						LocalDate.of(2025, 4, 30), "Tidak", null, null)));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.accepted()).isEqualTo(2);
		assertThat(result.warnings()).isEmpty();
		ParticipantRecord first = (ParticipantRecord) result.acceptedAt(2).record();
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(first.endDate()).isEqualTo(LocalDate.of(2025, 3, 5));
		assertThat(first.graduated()).isTrue();
		assertThat(first.gender()).isEqualTo(Gender.FEMALE);
		assertThat(first.placementStatus()).isEqualTo(PlacementStatus.SELF_EMPLOYED);
		ParticipantRecord second = (ParticipantRecord) result.acceptedAt(3).record();
		assertThat(second.programLabel()).isEqualTo("Tata Boga");
		assertThat(second.program()).isEqualTo("tata boga");
		assertThat(second.blkCode()).isEqualTo("BLK-01");
		assertThat(second.graduated()).isFalse();
		assertThat(second.placementStatus()).isEqualTo(PlacementStatus.UNKNOWN);
	}

	@Test
	void rejectsAnEndDateBeforeTheStartDate() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				row("P-001", "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), "Y", null, null)));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		result.ledger();
		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.DATE_ORDER);
		assertThat(r.column()).isEqualTo("G (tanggal_selesai)");
		assertThat(r.value()).as("a date cell is shown as a date").isEqualTo("2025-02-01");
	}

	@Test
	void rejectsATraineeOfAnUnknownBlk() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				row("P-001", "BLK-99", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null)));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		result.ledger();
		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_BLK);
		assertThat(r.column()).isEqualTo("B (kode_blk)");
		assertThat(r.value()).isEqualTo("BLK-99");
		assertThat(r.provinceCode()).isNull();
	}

	@Test
	void masksANikAndNeverShowsABirthDateInRejectedRows() throws IOException {
		String nik = "3201234567890001";
		String otherNik = "3201234567890002";
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				// columns shifted: the NIK was typed into the BLK column
				row(nik, nik, "Las Listrik", "L", "17/05/2000", LocalDate.of(2025, 3, 1), END, "Y", null, null),
				row(otherNik, "BLK-01", "Las Listrik", "L", "31/02/1990", LocalDate.of(2025, 3, 1), END, "Y", null, null),
				row(otherNik, "BLK-01", "Las Listrik", "L", "17/05/2000", LocalDate.of(2025, 3, 1), END, "Y", null, null)));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		result.ledger();
		IngestEvent.Rejected shifted = result.rejectedAt(2);
		assertThat(shifted.reason()).isEqualTo(RejectReason.UNKNOWN_BLK);
		assertThat(shifted.value()).isEqualTo("3201********0001");
		assertThat(shifted.message().english()).contains("3201********0001").doesNotContain(nik);
		IngestEvent.Rejected badBirth = result.rejectedAt(3);
		assertThat(badBirth.reason()).isEqualTo(RejectReason.BAD_DATE);
		assertThat(badBirth.column()).isEqualTo("E (tanggal_lahir)");
		assertThat(badBirth.value()).isEqualTo("********");
		assertThat(badBirth.message().english()).doesNotContain("31/02").doesNotContain("1990");
		ParticipantRecord kept = (ParticipantRecord) result.acceptedAt(4).record();
		assertThat(kept.participantKey()).isNotBlank().doesNotContain(otherNik).doesNotContain("3201");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(nik)
			.doesNotContain(otherNik)
			.doesNotContain("17/05/2000")
			.doesNotContain("2000-05-17")
			.doesNotContain("31/02/1990"));
	}

	@Test
	void givesTheSameParticipantTheSameKeyWithoutKeepingTheId() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				row("P-001", "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null),
				row(" P-001 ", "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null),
				row("P-002", "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null)));

		List<ParticipantRecord> records = Ingestion.read(Dataset.TRAINING, file).records(ParticipantRecord.class);

		assertThat(records.get(0).participantKey()).isEqualTo(records.get(1).participantKey())
			.isNotEqualTo(records.get(2).participantKey())
			.doesNotContain("P-001");
		assertThat(RecordKeys.key(records.get(0))).isEqualTo(RecordKeys.key(records.get(1)));
		assertThat(RecordKeys.describeKey(records.get(0))).doesNotContain("P-001");
	}

	@Test
	void givesANumericParticipantIdInAnXlsTheSameKeyAsTheSameIdTypedAsText() throws IOException {
		Path xls = Fixtures.xls(dir, "peserta-angka.xls", List.of(row((Object[]) PARTICIPANT_HEADER),
				row(20250001, "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null)));
		Path xlsx = Fixtures.xlsx(dir, "peserta-teks.xlsx", List.of(row((Object[]) PARTICIPANT_HEADER),
				row("20250001", "BLK-01", "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null)));

		ParticipantRecord fromXls = Ingestion.read(Dataset.TRAINING, xls).records(ParticipantRecord.class).get(0);
		ParticipantRecord fromXlsx = Ingestion.read(Dataset.TRAINING, xlsx).records(ParticipantRecord.class).get(0);

		assertThat(fromXls.participantKey()).isEqualTo(fromXlsx.participantKey());
		assertThat(RecordKeys.key(fromXls)).isEqualTo(RecordKeys.key(fromXlsx));
	}

	@Test
	void masksANikStoredAsANumberCell() throws IOException {
		double nik = 3201234567890001d;
		Path file = Fixtures.xls(dir, "peserta.xls", List.of(row((Object[]) PARTICIPANT_HEADER),
				row(nik, nik, "Las", "L", null, LocalDate.of(2025, 3, 1), END, "Y", null, null)));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		result.ledger();
		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_BLK);
		assertThat(r.value()).isEqualTo("3201********0001");
		assertThat(r.message().english()).contains("3201********0001").doesNotContain("234567890");
	}
}
