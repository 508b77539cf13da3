package id.go.kemnaker.blk.launch;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * BPS tables as they are downloaded, built from the real August 2023-2025 figures: a TPT table (.xlsx,
 * title rows, years merged over Februari / Agustus / Tahunan, decimal commas, {@code -}, INDONESIA last,
 * a source line) and a TPAK table in the same layout as .csv. Rates only, no head-counts.
 */
class BpsTablesIT {

	@TempDir
	static Path dir;

	static Cli cli;

	/** code, BPS label, TPT 2023, 2024, 2025, TPAK 2023, 2024, 2025 (null where BPS has no figure). */
	static List<Object[]> published = new ArrayList<>();

	@BeforeAll
	static void downloadedTables() throws Exception {
		try (InputStream in = BpsTablesIT.class.getResourceAsStream("/fixtures/bps-tpt-tpak-august-2023-2025.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("#") || line.startsWith("bps_code") || line.isBlank()) {
					continue;
				}
				String[] f = line.strip().split(",");
				Object[] row = new Object[8];
				row[0] = f[0];
				row[1] = f[1].replace("\"", "");
				for (int i = 2; i < 8; i++) {
					row[i] = i < f.length && !f[i].isBlank() ? Double.valueOf(f[i]) : null;
				}
				published.add(row);
			}
		}
		assertThat(published).hasSize(39);
		cli = Cli.in(dir);
		writeTptXlsx(cli.input().resolve("labour-force/tpt-provinsi.xlsx"));
		writeTpakCsv(cli.input().resolve("labour-force/tpak-provinsi.csv"));
	}

	static String comma(Double v) {
		return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f", v).replace('.', ',');
	}

	static void writeTptXlsx(Path file) throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"));
		rows.add(row("38 Provinsi", "Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"));
		List<Object> years = new ArrayList<>(Collections.nCopies(10, null));
		List<Object> months = new ArrayList<>(Collections.nCopies(10, null));
		List<String> merged = new ArrayList<>(List.of("B2:J2", "A2:A4"));
		for (int y = 0; y < 3; y++) {
			years.set(1 + 3 * y, 2023 + y);
			merged.add(new CellRangeAddress(2, 2, 1 + 3 * y, 3 + 3 * y).formatAsString());
			months.set(1 + 3 * y, "Februari");
			months.set(2 + 3 * y, "Agustus");
			months.set(3 + 3 * y, "Tahunan");
		}
		rows.add(years);
		rows.add(months);
		for (Object[] p : published) {
			List<Object> row = new ArrayList<>();
			row.add(p[0].equals("00") ? "INDONESIA" : (String) p[1]);
			for (int y = 0; y < 3; y++) {
				row.addAll(List.of("-", comma((Double) p[2 + y]), "-"));
			}
			rows.add(row);
		}
		rows.add(null);
		rows.add(row("Sumber: Badan Pusat Statistik"));
		Fixtures.xlsx(file, Map.of("Tabel", rows), Map.of("Tabel", merged));
	}

	static void writeTpakCsv(Path file) throws Exception {
		StringBuilder sb = new StringBuilder();
		sb.append("\"Tingkat Partisipasi Angkatan Kerja (TPAK) Menurut Provinsi (Persen)\"\n");
		sb.append("\"Provinsi\",\"2023\",\"\",\"2024\",\"\",\"2025\",\"\"\n");
		sb.append("\"\",\"Februari\",\"Agustus\",\"Februari\",\"Agustus\",\"Februari\",\"Agustus\"\n");
		for (Object[] p : published) {
			sb.append('"').append(p[0].equals("00") ? "INDONESIA" : p[1]).append('"');
			for (int y = 0; y < 3; y++) {
				sb.append(",\"-\",\"").append(comma((Double) p[5 + y])).append('"');
			}
			sb.append('\n');
		}
		sb.append("\"Sumber: Badan Pusat Statistik\"\n");
		Fixtures.text(file, sb.toString());
	}

	@Test
	void everyProvinceHasTptAndTpakExactlyAsPublishedAndTheNationalFiguresComeFromTheIndonesiaRows() throws Exception {
		Cli.Result r = cli.run("run", "--period=2025-08");
		assertThat(r.exitCode()).as(r.all()).isZero();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			List<Map<String, Cell>> table = Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode");
			for (Object[] p : published) {
				if (p[0].equals("00")) {
					continue;
				}
				Map<String, Cell> row = Workbooks.row(table, "Kode", (String) p[0]);
				assertThat(Workbooks.number(row.get("TPT (%)"))).as("TPT " + p[1]).isEqualTo((Double) p[4]);
				assertThat(Workbooks.number(row.get("TPAK (%)"))).as("TPAK " + p[1]).isEqualTo((Double) p[7]);
				assertThat(Workbooks.blank(row.get("Penganggur"))).as("no head-counts, no unemployed").isTrue();
				assertThat(Workbooks.shown(row.get("Catatan"))).contains("angka terbitan");
			}
			Sheet summary = wb.getSheet("Ringkasan");
			assertThat(Workbooks.number(Workbooks.pair(summary, "Tingkat Pengangguran Terbuka"))).isEqualTo(4.85);
			assertThat(Workbooks.number(Workbooks.pair(summary, "Tingkat Partisipasi Angkatan Kerja"))).isEqualTo(70.59);
			List<Map<String, Cell>> demand = Workbooks.table(wb.getSheet("Kebutuhan BLK"), "Peringkat");
			Map<String, Cell> kaltara = Workbooks.row(demand, "Kode", "65");
			assertThat(Workbooks.blank(kaltara.get("Penganggur"))).isTrue();
			assertThat(Workbooks.number(kaltara.get("TPT (%)"))).isEqualTo(3.85);
			assertThat(Workbooks.shown(kaltara.get("Catatan"))).contains("diimputasi");
		}
	}

	@Test
	void theFourPapuaProvincesCreatedIn2022AreBlankNotZeroIn2023() throws Exception {
		Cli.Result r = cli.run("run", "--period=2023-08");
		assertThat(r.exitCode()).as(r.all()).isZero();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2023-08/blk-nasional-2023-08.xlsx"))) {
			List<Map<String, Cell>> table = Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode");
			for (String code : List.of("92", "95", "96", "97")) {
				Map<String, Cell> row = Workbooks.row(table, "Kode", code);
				assertThat(Workbooks.blank(row.get("TPT (%)"))).as(code).isTrue();
				assertThat(Workbooks.blank(row.get("TPAK (%)"))).as(code).isTrue();
			}
			assertThat(Workbooks.number(Workbooks.row(table, "Kode", "94").get("TPT (%)"))).isEqualTo(2.67);
			assertThat(Workbooks.number(Workbooks.pair(wb.getSheet("Ringkasan"), "Tingkat Pengangguran Terbuka")))
				.isEqualTo(5.32);
		}
	}

	@Test
	void theLedgerCountsEveryProvinceRowTheTotalRowAndTheSourceLine() throws Exception {
		Cli.Result v = cli.run("validate");
		assertThat(v.exitCode()).as(v.all()).isZero();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("validasi/kualitas-data-validasi.xlsx"))) {
			List<Map<String, Cell>> ledger = Workbooks.table(wb.getSheet("Kualitas Data"), "No");
			Map<String, Cell> tpt = Workbooks.row(ledger, "Berkas", "labour-force/tpt-provinsi.xlsx");
			assertThat(Workbooks.number(tpt.get("Diterima"))).isEqualTo(38);
			assertThat(Workbooks.number(tpt.get("Baris total"))).isEqualTo(1);
			assertThat(Workbooks.number(tpt.get("Ditolak"))).isZero();
			assertThat(Workbooks.shown(tpt.get("Lembar dibaca"))).contains("wide BPS table of TPT");
			Map<String, Cell> tpak = Workbooks.row(ledger, "Berkas", "labour-force/tpak-provinsi.csv");
			assertThat(Workbooks.number(tpak.get("Diterima"))).isEqualTo(38);
			assertThat(Workbooks.shown(tpak.get("Lembar dibaca"))).contains("wide BPS table of TPAK");
		}
	}
}
