package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.LABOUR_HEADER;
import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.support.Fixtures;

/** Count checks of labour-force rows: each bad row is rejected with its column, the good row next to it is read. */
class LabourForceChecksTest {

	@TempDir
	Path dir;

	private static final List<Object> KALTARA = row("Kalimantan Utara", "2025-08", 569_126, 395_803, 380_572, 15_231);

	private Ingestion.Result readWith(List<Object> bad) throws IOException {
		Path file = Fixtures.xlsx(dir, "counts.xlsx", List.of(row((Object[]) LABOUR_HEADER), bad, KALTARA));
		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);
		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.READ);
		assertThat(ledger.rowsRead()).isEqualTo(2);
		assertThat(((LabourForceRecord) result.acceptedAt(3).record()).labourForce()).isEqualTo(395_803L);
		return result;
	}

	@Test
	void rejectsANegativeLabourForceNamingSheetRowAndColumn() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", "2025-08", 2_900_000, -1_950_000, 1_840_000, 110_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.NEGATIVE_COUNT);
		assertThat(r.location().sheet()).isEqualTo("Data");
		assertThat(r.column()).isEqualTo("D (angkatan_kerja)");
		assertThat(r.value()).as("a number cell shown as typed").isEqualTo("-1950000");
		assertThat(r.message().english()).contains("negative");
		assertThat(r.provinceCode()).isEqualTo("64");
	}

	@Test
	void rejectsAPeriodInANumberCellThatCouldBeJanuaryOrOctoberNamingSheetRowAndColumn() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", 2025.1, 2_900_000, 1_950_000, 1_840_000, 110_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.BAD_PERIOD);
		assertThat(r.location().sheet()).isEqualTo("Data");
		assertThat(r.column()).isEqualTo("B (periode)");
		assertThat(r.value()).isEqualTo("2025.1");
		assertThat(r.message().english()).contains("January or October").contains("2025-10");
	}

	@Test
	void rejectsANegativeCountTypedAsText() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kaltim", "2025-08", "2.900.000", "1.950.000", "1.840.000", "-110.000"))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.NEGATIVE_COUNT);
		assertThat(r.column()).isEqualTo("F (pengangguran)");
		assertThat(r.value()).isEqualTo("-110.000");
	}

	@Test
	void rejectsUnemployedAboveTheLabourForce() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", "2025-08", 2_900_000, 100_000, null, 150_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.INCONSISTENT_COUNTS);
		assertThat(r.column()).isEqualTo("F (pengangguran)");
		assertThat(r.message().english()).contains("150000").contains("100000");
	}

	@Test
	void rejectsEmployedPlusUnemployedDifferingFromTheLabourForceByMoreThanOne() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", "2025-08", 2_900_000, 1_950_000, 1_839_998, 110_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.INCONSISTENT_COUNTS);
		assertThat(r.column()).isEqualTo("E (bekerja)");
		assertThat(r.message().english()).contains("1949998").contains("1950000");
	}

	@Test
	void acceptsEmployedPlusUnemployedOffByOneFromRounding() throws IOException {
		Ingestion.Result result = readWith(row("Kalimantan Timur", "2025-08", 2_900_000, 1_950_000, 1_839_999, 110_000));

		assertThat(result.rejected()).isEmpty();
		assertThat(((LabourForceRecord) result.acceptedAt(2).record()).employed()).isEqualTo(1_839_999L);
	}

	@Test
	void rejectsALabourForceAboveTheWorkingAgePopulation() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", "2025-08", 1_900_000, 1_950_000, 1_840_000, 110_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.INCONSISTENT_COUNTS);
		assertThat(r.column()).isEqualTo("D (angkatan_kerja)");
	}

	@Test
	void rejectsAnExcelErrorCellAsAnErrorValue() throws IOException {
		IngestEvent.Rejected r = readWith(row("Kalimantan Timur", "2025-08", 2_900_000, FormulaError.REF, 1_840_000, 110_000))
			.rejectedAt(2);

		assertThat(r.reason()).isEqualTo(RejectReason.ERROR_VALUE);
		assertThat(r.column()).isEqualTo("D (angkatan_kerja)");
		assertThat(r.value()).isEqualTo("#REF!");
		assertThat(r.message().english()).contains("#REF!").contains("error");
	}

	@Test
	void rejectsADivisionByZeroTypedAsTextInARateColumn() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt.xlsx",
				List.of(row("provinsi", "periode", "tpt"), row("Aceh", "2025-08", "#DIV/0!"), row("Bali", "2025-08", "1,79")));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		result.ledger();
		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.ERROR_VALUE);
		assertThat(r.column()).isEqualTo("C (tpt)");
		assertThat(((LabourForceRecord) result.acceptedAt(3).record()).publishedTpt()).isEqualTo(1.79);
	}

	@Test
	void rejectsARateAbove100() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpak.xlsx", List.of(row("provinsi", "periode", "tpak"),
				row("Aceh", "2025-08", 164.2), row("Papua Pegunungan", "2025-08", 88.1)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		result.ledger();
		assertThat(result.rejectedAt(2).reason()).isEqualTo(RejectReason.RATE_OUT_OF_RANGE);
		assertThat(result.rejectedAt(2).column()).isEqualTo("C (tpak)");
		assertThat(((LabourForceRecord) result.acceptedAt(3).record()).publishedTpak()).isEqualTo(88.1);
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("TPAK_OUTLIER");
			assertThat(w.location().row()).isEqualTo(3);
			assertThat(w.provinceCode()).isEqualTo("97");
		});
	}

	@Test
	void warnsWhenAPublishedRateDoesNotMatchTheCounts() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt.xlsx", List.of(
				row("provinsi", "periode", "angkatan_kerja", "pengangguran", "tpt"),
				row("Kalimantan Utara", "2025-08", 395_803, 15_231, 3.85),
				row("Kalimantan Utara", "2025-02", 395_803, 15_231, 4.85)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("RATE_MISMATCH");
			assertThat(w.location().row()).isEqualTo(3);
			assertThat(w.column()).isEqualTo("E (tpt)");
		});
	}
}
