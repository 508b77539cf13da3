package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.support.Fixtures;

/** The note column of the BLK inventory, and planned BLK without a year. */
class BlkNotesTest {

	@TempDir
	Path dir;

	@Test
	void theKeteranganColumnIsReadAsTheNoteAndAFormulaLikeNoteStaysText() throws IOException {
		Path file = Fixtures.xlsx(dir, "blk.xlsx", List.of(
				row("kode_blk", "nama_blk", "provinsi", "jenis", "status_operasional", "kapasitas", "tahun_rencana",
						"keterangan"),
				row("UPTD-65-02", "BLK Tanjung Selor", "Kalimantan Utara", "UPTD", "rencana", "", 2026,
						"dukungan PSN: KIPI, PLTA Mentarang"),
				row("UPTD-65-01", "BLK Tarakan", "Kalimantan Utara", "UPTD", "beroperasi", 640, "", "=1+1"),
				row("BLKK-65-001", "BLK Komunitas", "Kalimantan Utara", "KOMUNITAS", "beroperasi", 64, "", "")));

		Ingestion.Result result = Ingestion.read(Dataset.BLK, file);

		result.ledger();
		assertThat(((BlkRecord) result.acceptedAt(2).record()).note()).isEqualTo("dukungan PSN: KIPI, PLTA Mentarang");
		assertThat(((BlkRecord) result.acceptedAt(3).record()).note()).isEqualTo("=1+1");
		assertThat(((BlkRecord) result.acceptedAt(4).record()).note()).isNull();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aPlannedBlkWithoutAYearIsKeptWithABlankYearAndAWarning() throws IOException {
		Path file = Fixtures.xlsx(dir, "blk.xlsx", List.of(
				row("kode_blk", "nama_blk", "provinsi", "jenis", "status", "tahun_rencana", "catatan"),
				row("UPTD-97-01", "BLK Wamena", "Papua Pegunungan", "UPTD", "pembangunan", "", "")));

		Ingestion.Result result = Ingestion.read(Dataset.BLK, file);

		result.ledger();
		BlkRecord b = (BlkRecord) result.acceptedAt(2).record();
		assertThat(b.plannedYear()).isNull();
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("PLANNED_WITHOUT_YEAR");
			assertThat(w.location().row()).isEqualTo(2);
			assertThat(w.provinceCode()).isEqualTo("97");
		});
	}

	@Test
	void aNoteRowThatCallsTheFiguresSyntheticMarksTheFileOnce() throws IOException {
		Path file = Fixtures.xlsx(dir, "blk.xlsx", List.of(
				row("Daftar BLK (angka sintetis untuk uji coba)"),
				row("kode_blk", "nama_blk", "provinsi", "jenis", "kapasitas"),
				row("UPTD-65-01", "BLK Tarakan", "Kalimantan Utara", "UPTD", 640),
				row("Catatan: data sintetis, bukan angka resmi")));

		Ingestion.Result result = Ingestion.read(Dataset.BLK, file);

		assertThat(result.ledger().blank()).as("the note below the table; the title above the header is no row of it").isEqualTo(1);
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("SYNTHETIC");
			assertThat(w.message().english()).isEqualTo("row 1 says the figures are synthetic: the workbooks carry the"
					+ " sample-data stamp");
		});
	}

	@Test
	void aFileWithoutSuchANoteIsNotMarked() throws IOException {
		Path file = Fixtures.xlsx(dir, "blk.xlsx", List.of(
				row("kode_blk", "nama_blk", "provinsi", "jenis", "kapasitas"),
				row("UPTD-65-01", "BLK Tarakan", "Kalimantan Utara", "UPTD", 640),
				row("Catatan: data Kemnaker 2025")));

		assertThat(Ingestion.read(Dataset.BLK, file).warnings()).isEmpty();
	}

	@Test
	void theSampleInventoryCarriesTheNotesOfItsPlannedSites() {
		Ingestion.Result result = Ingestion.read(Dataset.BLK, Path.of("input/blk/blk-uptd-komunitas-sintetis.xlsx"));

		result.ledger();
		// row 255: Tanjung Selor, Kalimantan Utara, planned for 2026; row 303: Merauke, no reason recorded
		BlkRecord tanjungSelor = (BlkRecord) result.acceptedAt(255).record();
		assertThat(tanjungSelor.code()).isEqualTo("UPTD-65-02");
		assertThat(tanjungSelor.plannedYear()).isEqualTo(2026);
		assertThat(tanjungSelor.note()).isEqualTo("dukungan PSN: KIPI, PLTA Mentarang");
		assertThat(((BlkRecord) result.acceptedAt(303).record()).note()).isNull();
		assertThat(((BlkRecord) result.acceptedAt(4).record()).note()).isNull();
	}
}
