package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.support.Fixtures;

/** Provinces in labour-force rows: names, codes, the two Papua numberings, totals, provinces created in 2022. */
class ProvinceRowsTest {

	@TempDir
	Path dir;

	private static LabourForceRecord record(IngestEvent.Accepted a) {
		return (LabourForceRecord) a.record();
	}

	@Test
	void rejectsAnUnknownProvinceNameNamingSheetRowAndColumnAndReadsTheOtherRows() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt.xlsx", List.of(row("provinsi", "periode", "tpt"),
				row("Aceh", "2025-08", 5.5), row("Kalimantan Raya", "2025-08", 4.1), row("Bali", "2025-08", 1.79)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.accepted()).isEqualTo(2);
		assertThat(ledger.rejected()).isEqualTo(1);
		IngestEvent.Rejected r = result.rejectedAt(3);
		assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_PROVINCE);
		assertThat(r.location().sheet()).isEqualTo("Data");
		assertThat(r.column()).isEqualTo("A (provinsi)");
		assertThat(r.value()).isEqualTo("Kalimantan Raya");
		assertThat(r.message().english()).contains("'Kalimantan Raya'");
		assertThat(r.provinceCode()).isNull();
		assertThat(r.dataset()).isEqualTo(Dataset.LABOUR_FORCE);
		assertThat(result.records(LabourForceRecord.class)).extracting(LabourForceRecord::provinceCode)
			.containsExactly("11", "51");
	}

	@Test
	void flagsABareHomeAffairsCode93AsAmbiguousAndMarksTheOtherBarePapuaCodes() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt-papua.xlsx", List.of(row("kode_provinsi", "periode", "tpt"),
				row("93", "2025-08", 3.2), row("91", "2025-08", 4.5), row(97, "2025-08", 1.1),
				row("64", "2025-08", 5.2)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.homeAffairsNumbering()).isTrue();
		assertThat(ledger.rejected()).isEqualTo(1);
		assertThat(ledger.accepted()).isEqualTo(3);
		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.AMBIGUOUS_PROVINCE_CODE);
		assertThat(r.column()).isEqualTo("A (kode_provinsi)");
		assertThat(r.value()).isEqualTo("93");
		assertThat(r.message().english()).contains("Papua Selatan").contains("kode_kemendagri");
		IngestEvent.Accepted papuaBarat = result.acceptedAt(3);
		assertThat(papuaBarat.bareProvinceCode()).isTrue();
		assertThat(record(papuaBarat).provinceCode()).isEqualTo("91");
		IngestEvent.Accepted numericCell = result.acceptedAt(4);
		assertThat(numericCell.bareProvinceCode()).isTrue();
		assertThat(record(numericCell).provinceCode()).isEqualTo("97");
		IngestEvent.Accepted kaltim = result.acceptedAt(5);
		assertThat(kaltim.bareProvinceCode()).isFalse();
		assertThat(record(kaltim).provinceCode()).isEqualTo("64");
	}

	@Test
	void marksBarePapuaCodesWithoutEvidenceOfHomeAffairsNumbering() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt-bps.xlsx",
				List.of(row("kode_provinsi", "periode", "tpt"), row("91", "2025-08", 4.5), row("94", "2025-08", 3.9)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().homeAffairsNumbering()).isFalse();
		assertThat(result.accepted()).allMatch(IngestEvent.Accepted::bareProvinceCode).hasSize(2);
	}

	@Test
	void rejectsCode91NamedPapuaAsAProvinceConflict() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt-papua.xlsx", List.of(row("kode_provinsi", "provinsi", "periode", "tpt"),
				row("91", "Papua", "2025-08", 3.9), row("94", "Papua", "2025-08", 3.9)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		IngestEvent.Rejected r = result.rejectedAt(2);
		assertThat(r.reason()).isEqualTo(RejectReason.PROVINCE_CONFLICT);
		assertThat(r.column()).isEqualTo("A (kode_provinsi)");
		assertThat(r.value()).isEqualTo("91");
		assertThat(r.message().english()).contains("Papua Barat").contains("'Papua'");
		IngestEvent.Accepted ok = result.acceptedAt(3);
		assertThat(record(ok).provinceCode()).isEqualTo("94");
		assertThat(ok.bareProvinceCode()).isFalse();
		assertThat(result.ledger().homeAffairsNumbering()).isTrue();
	}

	@Test
	void readsAKemendagriCode91AsPapua() throws IOException {
		Path file = Fixtures.xlsx(dir, "kemendagri.xlsx",
				List.of(row("kode_kemendagri", "periode", "tpt"), row("91", "2025-08", 3.9), row(93, "2025-08", 2.8)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		IngestEvent.Accepted papua = result.acceptedAt(2);
		assertThat(record(papua).provinceCode()).isEqualTo("94");
		assertThat(papua.bareProvinceCode()).isFalse();
		assertThat(record(result.acceptedAt(3)).provinceCode()).isEqualTo("95");
		assertThat(result.ledger().homeAffairsNumbering()).isFalse();
	}

	@Test
	void readsEverySpellingOfAProvinceAndTreatsIndonesiaAsATotal() throws IOException {
		Path file = Fixtures.xlsx(dir, "ejaan.xlsx", List.of(row("provinsi", "periode", "tpt"),
				row("Prov. Kalimantan Utara", "2023-08", 4.01), row("KALTARA", "2024-08", 4.0),
				row("Kep. Babel", "2025-08", 3.5), row("DKI Jakarta", "2025-08", 6.2), row("Jakarta", "2025-02", 6.1),
				row("DIY", "2025-08", 3.2), row("kalimantan-UTARA", "2025-08", 4.2),
				row("INDONESIA", "2025-08", 4.76)));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		FileLedger ledger = result.ledger();
		assertThat(ledger.rejected()).isZero();
		assertThat(result.records(LabourForceRecord.class)).extracting(LabourForceRecord::provinceCode)
			.containsExactly("65", "65", "19", "31", "31", "34", "65");
		assertThat(ledger.totals()).isEqualTo(1);
		IngestEvent.Total total = result.totals().get(0);
		assertThat(total.location().row()).isEqualTo(9);
		assertThat(total.label()).isEqualTo("INDONESIA");
		assertThat(total.figures().isNational()).isTrue();
		assertThat(total.figures().publishedTpt()).isEqualTo(4.76);
	}

	@Test
	void acceptsPapuaSelatanWithoutFiguresBeforeItWasReportedAndKeepsThemMissing() throws IOException {
		Path file = Fixtures.xlsx(dir, "tpt-2023.xlsx", List.of(row("provinsi", "kode_provinsi", "periode", "tpt", "tpak"),
				row("Papua Selatan", "95", "Agustus 2023", "-", "-"), row("Aceh", "11", "Agustus 2023", "-", "-"),
				row("Papua Selatan", "95", "Agustus 2024", "-", "-")));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		result.ledger();
		IngestEvent.Accepted papuaSelatan = result.acceptedAt(2);
		assertThat(papuaSelatan.record()).isEqualTo(
				new LabourForceRecord("95", Period.of(2023, 8), null, null, null, null, null, null, null, null));
		assertThat(papuaSelatan.bareProvinceCode()).isFalse();
		IngestEvent.Rejected aceh = result.rejectedAt(3);
		assertThat(aceh.reason()).isEqualTo(RejectReason.MISSING_VALUE);
		assertThat(aceh.column()).isEqualTo("D (tpt)");
		assertThat(aceh.provinceCode()).isEqualTo("11");
		assertThat(result.rejectedAt(4).reason()).as("reported from 2024 on").isEqualTo(RejectReason.MISSING_VALUE);
	}
}
