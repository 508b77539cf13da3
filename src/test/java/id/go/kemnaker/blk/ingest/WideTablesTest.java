package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.support.Fixtures;

/** BPS tables in the wide layout: the measure from the title, periods from the header, one record per period. */
class WideTablesTest {

	@TempDir
	Path dir;

	static List<LabourForceRecord> records(Ingestion.Result r) {
		return r.accepted().stream().map(a -> (LabourForceRecord) a.record()).toList();
	}

	@Test
	void readsATptTableWithYearsOverMonthsIgnoringTahunanAndKeepingDashesMissing() throws Exception {
		Path file = Fixtures.xlsx(dir, "tpt.xlsx", List.of(
				row("Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"),
				row("Provinsi", "2024", null, null, "2025"),
				row(null, "Februari", "Agustus", "Tahunan", "Februari", "Agustus"),
				row("ACEH", "5,73", "5,75", "5,74", "5,70", "5,64"),
				row("PAPUA PEGUNUNGAN", "-", "1,32", "-", "-", "1,68"),
				row("INDONESIA", "4,82", "4,91", "-", "4,76", "4,85"),
				row("Sumber: Badan Pusat Statistik")));
		Ingestion.Result r = Ingestion.read(Dataset.LABOUR_FORCE, file);
		FileLedger l = r.ledger();
		assertThat(l.accepted()).isEqualTo(2);
		assertThat(l.totals()).isEqualTo(1);
		assertThat(l.blank()).isEqualTo(1);
		assertThat(l.sheetsRead()).singleElement().asString().contains("wide BPS table of TPT").contains("4 periods");
		assertThat(records(r)).filteredOn(x -> x.provinceCode().equals("11"))
			.extracting(LabourForceRecord::period, LabourForceRecord::publishedTpt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Period.of(2024, 2), 5.73),
					org.assertj.core.groups.Tuple.tuple(Period.of(2024, 8), 5.75),
					org.assertj.core.groups.Tuple.tuple(Period.of(2025, 2), 5.70),
					org.assertj.core.groups.Tuple.tuple(Period.of(2025, 8), 5.64));
		assertThat(records(r)).filteredOn(x -> x.provinceCode().equals("97") && x.period().equals(Period.of(2024, 2)))
			.singleElement().satisfies(x -> assertThat(x.publishedTpt()).isNull());
		assertThat(r.totals()).extracting(t -> t.figures().publishedTpt()).containsExactly(4.82, 4.91, 4.76, 4.85);
	}

	@Test
	void tellsTheMeasureFromTheTitleTheMoreSpecificNameFirst() {
		assertThat(WideLayout.measure("Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"))
			.isEqualTo(WideLayout.Measure.TPT);
		assertThat(WideLayout.measure("Tingkat Partisipasi Angkatan Kerja (TPAK) Menurut Provinsi"))
			.isEqualTo(WideLayout.Measure.TPAK);
		assertThat(WideLayout.measure("Jumlah Pengangguran Terbuka Menurut Provinsi (Orang)"))
			.isEqualTo(WideLayout.Measure.UNEMPLOYED);
		assertThat(WideLayout.measure("Angkatan Kerja Menurut Provinsi (Ribu Orang)")).isEqualTo(WideLayout.Measure.LABOUR_FORCE);
		assertThat(WideLayout.measure("Penduduk Usia Kerja Menurut Provinsi")).isEqualTo(WideLayout.Measure.WORKING_AGE_POPULATION);
		assertThat(WideLayout.measure("Penduduk yang Bekerja Menurut Provinsi")).isEqualTo(WideLayout.Measure.EMPLOYED);
		assertThat(WideLayout.measure("Open Unemployment Rate by Province")).isEqualTo(WideLayout.Measure.TPT);
		assertThat(WideLayout.measure("Tabel 3.1")).isNull();
	}

	@Test
	void countsInThousandsAreMultipliedAndAPeriodPerCellHeaderIsRead() throws Exception {
		Path file = Fixtures.xlsx(dir, "ak.xlsx", List.of(
				row("Angkatan Kerja Menurut Provinsi (Ribu Orang)"),
				row("Provinsi", "Agustus 2024", "Agustus 2025"),
				row("Kalimantan Utara", "393,70", "395,80")));
		Ingestion.Result r = Ingestion.read(Dataset.LABOUR_FORCE, file);
		r.ledger();
		assertThat(records(r)).extracting(LabourForceRecord::period, LabourForceRecord::labourForce).containsExactly(
				org.assertj.core.groups.Tuple.tuple(Period.of(2024, 8), 393_700L),
				org.assertj.core.groups.Tuple.tuple(Period.of(2025, 8), 395_800L));
	}

	@Test
	void aBadCellRejectsItsRowNamingTheColumnAndTheOtherRowsAreRead() throws Exception {
		Path file = Fixtures.xlsx(dir, "tpak.xlsx", List.of(
				row("TPAK Menurut Provinsi (Persen)"),
				row("Provinsi", "2025"),
				row(null, "Agustus"),
				row("Aceh", "65,32"),
				row("Bali", "#REF!"),
				row("Kalimantan Tenggara", "70,1"),
				row("Papua Pegunungan", "90,66")));
		Ingestion.Result r = Ingestion.read(Dataset.LABOUR_FORCE, file);
		FileLedger l = r.ledger();
		assertThat(l.accepted()).isEqualTo(2);
		assertThat(r.rejected()).extracting(IngestEvent.Rejected::reason)
			.containsExactly(RejectReason.ERROR_VALUE, RejectReason.UNKNOWN_PROVINCE);
		assertThat(r.rejected().get(0).location().row()).isEqualTo(5);
		assertThat(r.rejected().get(0).column()).isEqualTo("B (2025-08)");
		assertThat(r.of(IngestEvent.Warning.class)).singleElement()
			.satisfies(w -> assertThat(w.code()).isEqualTo("TPAK_OUTLIER"));
	}

	@Test
	void aBpsCsvDownloadInTheSameLayoutIsReadToo() throws Exception {
		Path file = Fixtures.text(dir, "tpt.csv", """
				"Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"
				"38 Provinsi","2025",""
				"","Februari","Agustus"
				"KALIMANTAN UTARA","3,90","3,85"
				"INDONESIA","4,76","4,85"
				""", StandardCharsets.UTF_8);
		Ingestion.Result r = Ingestion.read(Dataset.LABOUR_FORCE, file);
		assertThat(r.ledger().accepted()).isEqualTo(1);
		assertThat(records(r)).extracting(LabourForceRecord::publishedTpt).containsExactly(3.90, 3.85);
	}

	@Test
	void aLongTableWithoutItsPeriodColumnIsNotTakenForAWideOne() throws Exception {
		Path file = Fixtures.xlsx(dir, "long.xlsx", List.of(row("provinsi", "tpt"), row("Aceh", "5,64"),
				row("Bali", "1,49")));
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.NO_DATA);
		assertThat(l.sheetsSkipped().toString()).contains("period");
	}
}
