package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The workbook cells against figures computed by hand from a small fixture: every province has counts;
 * Kalimantan Utara (65) and Kalimantan Timur (64) have their real August 2025 counts; Kaltim's only BLK is
 * closed (no seats); Kaltara has two BLK (480 seats), a planned one, and ten trainees.
 */
class RunOnFixtureIT {

	@TempDir
	static Path dir;

	static Cli cli;

	static Cli.Result result;

	static long sumLabourForce;

	static long sumUnemployed;

	@BeforeAll
	static void runOnTheFixture() throws Exception {
		cli = Cli.in(dir);
		Path input = cli.input();
		StringBuilder lf = new StringBuilder("province_code,period,working_age_population,labour_force,employed,unemployed\n");
		int i = 0;
		for (Province p : ProvinceCatalog.load().all()) {
			long l;
			long u;
			long wap;
			switch (p.code()) {
				case "65" -> { wap = 569_126; l = 395_803; u = 15_231; }
				case "64" -> { wap = 3_120_112; l = 2_077_413; u = 107_674; }
				default -> { l = 1_000_000 + 10_000L * i; u = 40_000 + 1_000L * i; wap = l * 3 / 2; }
			}
			sumLabourForce += l;
			sumUnemployed += u;
			lf.append(p.code()).append(",2025-08,").append(wap).append(',').append(l).append(',').append(l - u).append(',')
				.append(u).append('\n');
			i++;
		}
		Fixtures.text(input.resolve("labour-force/counts.csv"), lf.toString());
		StringBuilder blk = new StringBuilder("blk_code,name,province_code,type,status,annual_capacity,planned_year\n");
		for (Province p : ProvinceCatalog.load().all()) {
			switch (p.code()) {
				case "64" -> blk.append("B-64,BLK Tutup,64,UPTD,CLOSED,320,\n");
				case "65" -> blk.append("B-65A,BLK Tarakan,65,UPTD,OPERATING,160,\nB-65B,BLK Nunukan,65,KOMUNITAS,OPERATING,320,\n"
						+ "B-65P,BLK Tanjung Selor,65,UPTD,PLANNED,,2026\n");
				default -> blk.append("B-").append(p.code()).append(",BLK ").append(p.code()).append(',').append(p.code())
					.append(",UPTD,OPERATING,1000,\n");
			}
		}
		Fixtures.text(input.resolve("blk/blk.csv"), blk.toString());
		// 10 trainees in B-65A: 8 graduates; of them 4 employed, 1 self-employed, 2 unemployed, 1 unknown
		String trainees = """
				participant_id,blk_code,program,gender,start_date,end_date,graduated,certified,placement_status,placement_date
				P01,B-65A,Las,L,2025-01-06,2025-03-28,Y,Y,EMPLOYED,2025-04-28
				P02,B-65A,Las,L,2025-01-06,2025-03-28,Y,Y,EMPLOYED,2025-05-08
				P03,B-65A,Las,P,2025-01-06,2025-03-28,Y,N,EMPLOYED,2025-06-01
				P04,B-65A,Las,P,2025-01-06,2025-03-28,Y,Y,EMPLOYED,
				P05,B-65A,Las,L,2025-01-06,2025-03-28,Y,Y,SELF_EMPLOYED,2025-04-10
				P06,B-65A,Las,L,2025-01-06,2025-03-28,Y,N,UNEMPLOYED,
				P07,B-65A,Las,P,2025-01-06,2025-03-28,Y,N,UNEMPLOYED,
				P08,B-65A,Las,L,2025-01-06,2025-03-28,Y,Y,,
				P09,B-65A,Las,L,2025-01-06,2025-03-28,N,N,,
				P10,B-65A,Las,P,2025-01-06,2025-03-28,N,N,,
				""";
		Fixtures.text(input.resolve("training/peserta.csv"), trainees);
		result = cli.run("run", "--period=2025-08", "--blk.allocation-count=3");
	}

	static XSSFWorkbook national() throws Exception {
		return Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"));
	}

	@Test
	void completes() {
		assertThat(result.exitCode()).as(result.all()).isZero();
	}

	@Test
	void tptAndTpakOfKaltaraAndKaltimAndTheNationalTptFromSummedCounts() throws Exception {
		try (XSSFWorkbook wb = national()) {
			List<Map<String, Cell>> t = Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode");
			Map<String, Cell> kaltara = Workbooks.row(t, "Kode", "65");
			assertThat(Workbooks.number(kaltara.get("TPT (%)"))).isEqualTo(3.85); // 15,231 / 395,803 = 3.848 %
			assertThat(Workbooks.number(kaltara.get("TPAK (%)"))).isEqualTo(69.55); // 395,803 / 569,126 = 69.546 %
			Map<String, Cell> kaltim = Workbooks.row(t, "Kode", "64");
			assertThat(Workbooks.number(kaltim.get("TPT (%)"))).isEqualTo(5.18); // 107,674 / 2,077,413 = 5.183 %
			assertThat(Workbooks.number(kaltim.get("TPAK (%)"))).isEqualTo(66.58); // 2,077,413 / 3,120,112 = 66.581 %
			double national = Math.round(10_000.0 * sumUnemployed / sumLabourForce) / 100.0;
			assertThat(Workbooks.number(Workbooks.pair(wb.getSheet("Ringkasan"), "Tingkat Pengangguran Terbuka")))
				.isEqualTo(national);
			// 36 provinces: 42,580,000 in the labour force and 2,098,000 unemployed; with Kaltara and Kaltim
			// 45,053,216 and 2,220,905: 4.9295 %
			assertThat(national).isEqualTo(4.93);
		}
	}

	@Test
	void placementRateOfTheBlkAndTheProvince() throws Exception {
		try (XSSFWorkbook wb = national()) {
			Map<String, Cell> blk = Workbooks.row(Workbooks.table(wb.getSheet("Penempatan BLK"), "Kode BLK"), "Kode BLK",
					"B-65A");
			assertThat(Workbooks.number(blk.get("Peserta"))).isEqualTo(10);
			assertThat(Workbooks.number(blk.get("Lulus"))).isEqualTo(8);
			assertThat(Workbooks.number(blk.get("Tingkat penempatan (%)"))).isEqualTo(62.5); // (4 + 1) / 8
			assertThat(Workbooks.number(blk.get("Penempatan terlacak (%)"))).isEqualTo(71.43); // 5 / 7 traced
			assertThat(Workbooks.number(blk.get("Tingkat penempatan (%) L"))).isEqualTo(60.0); // 3 / 5
			// placed with a date: 13, 31, 41 and 65 days after 28 March -> median (31 + 41) / 2
			assertThat(Workbooks.number(blk.get("Median hari ke penempatan"))).isEqualTo(36.0);
			Map<String, Cell> kaltara = Workbooks.row(Workbooks.table(wb.getSheet("Penempatan Provinsi"), "Kode"), "Kode", "65");
			assertThat(Workbooks.number(kaltara.get("Tingkat penempatan (%)"))).isEqualTo(62.5);
			Map<String, Cell> nobody = Workbooks.row(Workbooks.table(wb.getSheet("Penempatan Provinsi"), "Kode"), "Kode", "11");
			assertThat(Workbooks.blank(nobody.get("Tingkat penempatan (%)"))).isTrue();
		}
	}

	@Test
	void unemployedPerSeatWithZeroSeatsIsBlankAndFlagged() throws Exception {
		try (XSSFWorkbook wb = national()) {
			Map<String, Cell> kaltim = Workbooks.row(Workbooks.table(wb.getSheet("Kebutuhan BLK"), "Peringkat"), "Kode", "64");
			assertThat(Workbooks.blank(kaltim.get("Penganggur per kursi"))).isTrue();
			assertThat(Workbooks.shown(kaltim.get("Catatan"))).contains("tidak ada kapasitas");
			assertThat(Workbooks.number(kaltim.get("N Penganggur per kursi"))).isEqualTo(1.0);
			List<Map<String, Cell>> blanks = Workbooks.table(wb.getSheet("Kualitas Data"), "Tingkat");
			assertThat(blanks).anySatisfy(b -> {
				assertThat(Workbooks.shown(b.get("Kode"))).isEqualTo("64");
				assertThat(Workbooks.shown(b.get("Indikator"))).isEqualTo("UNEMPLOYED_PER_SEAT");
				assertThat(Workbooks.shown(b.get("Alasan"))).contains("tidak ada kapasitas");
			});
		}
	}

	@Test
	void aDemandIndexRowIsRecomputableFromTheSheet() throws Exception {
		double[] weights = { 0.25, 0.20, 0.15, 0.25, 0.15 };
		String[] columns = { "N Penganggur", "N TPT", "N YUR", "N Penganggur per kursi", "N Kebutuhan" };
		try (XSSFWorkbook wb = national()) {
			for (Map<String, Cell> row : Workbooks.table(wb.getSheet("Kebutuhan BLK"), "Peringkat")) {
				double sum = 0;
				double used = 0;
				for (int i = 0; i < columns.length; i++) {
					Cell c = row.get(columns[i]);
					if (!Workbooks.blank(c)) {
						sum += weights[i] * Workbooks.number(c);
						used += weights[i];
					}
				}
				assertThat(Workbooks.number(row.get("Bobot terpakai"))).isCloseTo(used, within(1e-9));
				assertThat(Workbooks.number(row.get("Indeks kebutuhan BLK"))).as(Workbooks.shown(row.get("Provinsi")))
					.isCloseTo(100 * sum / used, within(0.005));
			}
		}
	}

	@Test
	void theTopThreeAreRecommendedAndTheProvinceWithAPlannedBlkIsMarked() throws Exception {
		try (XSSFWorkbook wb = national()) {
			List<Map<String, Cell>> rows = Workbooks.table(wb.getSheet("Kebutuhan BLK"), "Peringkat");
			assertThat(rows).hasSize(38);
			for (Map<String, Cell> row : rows) {
				double rank = Workbooks.number(row.get("Peringkat"));
				assertThat(Workbooks.shown(row.get("Direkomendasikan"))).isEqualTo(rank <= 3 ? "Ya" : "Tidak");
			}
			assertThat(Workbooks.shown(Workbooks.row(rows, "Kode", "65").get("BLK direncanakan"))).isEqualTo("Ya");
			assertThat(Workbooks.shown(Workbooks.row(rows, "Kode", "11").get("BLK direncanakan"))).isEqualTo("Tidak");
		}
	}

	@Test
	void reportsAreInEnglishWithLangEn() throws Exception {
		Cli english = new Cli(cli.input(), dir.resolve("output-en"), dir.resolve("state-en"));
		Cli.Result en = english.run("run", "--lang=en");
		assertThat(en.exitCode()).as(en.all()).isZero();
		try (XSSFWorkbook wb = Workbooks.open(english.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
			assertThat(wb.getSheet("BLK Demand")).isNotNull();
			Map<String, Cell> kaltara = Workbooks.row(Workbooks.table(wb.getSheet("Labour Market"), "Code"), "Code", "65");
			assertThat(Workbooks.number(kaltara.get("TPT (%)"))).isEqualTo(3.85);
			assertThat(Workbooks.number(Workbooks.pair(wb.getSheet("Summary"), "Open unemployment rate (TPT)")))
				.isEqualTo(4.93);
		}
	}
}
