package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.LABOUR_HEADER;
import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.support.Fixtures;

/** Finding the header row: title rows, notes sheets, notes rows, a missing column. */
class SheetsAndHeadersTest {

	@TempDir
	Path dir;

	@Test
	void skipsANotesSheetWithoutHeaderAndReadsTheDataSheetNextToIt() throws IOException {
		Path file = Fixtures.xlsx(dir, "sakernas.xlsx", Fixtures.sheets(
				"Catatan", List.of(row("Catatan:"), row("Data bersumber dari BPS, Sakernas Agustus 2025."),
						row("Angka sementara.")),
				"Data", List.of(row((Object[]) LABOUR_HEADER),
						row("Kalimantan Utara", "2025-08", 569_126, 395_803, 380_572, 15_231))));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.sheetsSkipped()).singleElement().asString().startsWith("Catatan: ")
			.contains("no header row");
		assertThat(ledger.sheetsRead()).singleElement().asString().startsWith("Data (").contains("header row 1");
		assertThat(ledger.rowsRead()).isEqualTo(1);
		IngestEvent.Accepted a = result.acceptedAt(2);
		assertThat(a.location().sheet()).isEqualTo("Data");
		assertThat(a.location().sheetIndex()).isEqualTo(1);
		assertThat(((LabourForceRecord) a.record()).provinceCode()).isEqualTo("65");
	}

	@Test
	void reportsNoDataNamingTheMissingRequiredColumn() throws IOException {
		Path file = Fixtures.xlsx(dir, "tanpa-periode.xlsx", List.of(
				row("provinsi", "penduduk_usia_kerja", "angkatan_kerja", "bekerja", "pengangguran"),
				row("Kalimantan Utara", 569_126, 395_803, 380_572, 15_231)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.NO_DATA);
		assertThat(ledger.message().english()).contains("no sheet has the columns of labour-force data");
		assertThat(ledger.sheetsSkipped()).singleElement().asString().startsWith("Data: ").contains("lacks period");
		assertThat(ledger.rowsRead()).isZero();
		assertThat(result.accepted()).isEmpty();
	}

	@Test
	void reportsNoDataForAParticipantFileWithoutTheGraduatedColumn() throws IOException {
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(
				row("id_peserta", "kode_blk", "kejuruan", "tanggal_mulai", "tanggal_selesai"),
				row("P-001", "BLK-01", "Las Listrik", "2025-03-01", "2025-04-30")));

		FileLedger ledger = Ingestion.read(Dataset.TRAINING, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.NO_DATA);
		assertThat(ledger.message().english()).contains("no sheet has the columns of training data");
		assertThat(ledger.sheetsSkipped()).singleElement().asString().contains("lacks graduated");
	}

	@Test
	void readsTheKalimantanUtaraCountsBelowATitleRowAndCountsTheSourceNoteAsBlank() throws IOException {
		Path file = Fixtures.xlsx(dir, "kaltara-agustus-2025.xlsx", List.of(
				row("Keadaan Ketenagakerjaan Provinsi Kalimantan Utara, Agustus 2025"),
				row(),
				row("Provinsi", "Periode", "Penduduk Usia Kerja (orang)", "Angkatan Kerja (orang)", "Bekerja (orang)",
						"Pengangguran (orang)"),
				row("Kaltara", "2025-08", 569_126, 395_803, 380_572, 15_231),
				row(),
				row("Sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2025")));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.sheetsRead()).singleElement().asString().contains("header row 3");
		assertThat(ledger.accepted()).isEqualTo(1);
		assertThat(ledger.blank()).isEqualTo(1);
		assertThat(ledger.rejected()).isZero();
		assertThat(ledger.totals()).isZero();
		assertThat(ledger.rowsRead()).isEqualTo(2);
		assertThat(result.warnings()).isEmpty();
		IngestEvent.Accepted a = result.acceptedAt(4);
		assertThat(a.bareProvinceCode()).isFalse();
		assertThat(a.record()).isEqualTo(new LabourForceRecord("65", Period.of(2025, 8), 569_126L, 395_803L,
				380_572L, 15_231L, null, null, null, null));
	}

	@Test
	void listsAnEmptySheetAsSkipped() throws IOException {
		Path file = Fixtures.xlsx(dir, "dua-sheet.xlsx", Fixtures.sheets(
				"Data", List.of(row((Object[]) LABOUR_HEADER), row("Bali", "2025-08", 3_600_000, 2_700_000, 2_660_000, 40_000)),
				"Sheet2", List.of()));

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.accepted()).isEqualTo(1);
		assertThat(ledger.sheetsSkipped()).extracting(Message::english).containsExactly("Sheet2: empty");
	}
}
