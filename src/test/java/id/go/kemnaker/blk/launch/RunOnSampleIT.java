package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Workbooks;

/** {@code run} on the shipped sample data: the national workbook and 38 province workbooks for 2025-08. */
class RunOnSampleIT {

	@TempDir
	static Path dir;

	static Cli cli;

	static Cli.Result first;

	static long firstMillis;

	@BeforeAll
	static void runTheShippedSample() throws Exception {
		cli = Cli.in(dir).withSampleInput();
		long t = System.nanoTime();
		first = cli.run("run");
		firstMillis = (System.nanoTime() - t) / 1_000_000;
	}

	static Path national() {
		return cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx");
	}

	@Test
	void writesTheNationalWorkbookAnd38ProvinceWorkbooksFor2025_08() throws Exception {
		assertThat(first.exitCode()).as(first.all()).isZero();
		assertThat(national()).exists();
		try (Stream<Path> files = Files.list(cli.output().resolve("2025-08/provinsi"))) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertThat(names).hasSize(38).contains("65-kalimantan-utara-2025-08.xlsx", "11-aceh-2025-08.xlsx",
					"19-kep-bangka-belitung-2025-08.xlsx", "97-papua-pegunungan-2025-08.xlsx");
		}
		assertThat(cli.output().resolve("2025-08/rejects-2025-08.csv")).exists();
		assertThat(first.out()).contains("blk-pipeline run: COMPLETED").contains("Period: 2025-08")
			.contains("Indicators:");
	}

	@Test
	void reportsCanBeReadByWhoeverCanReadAnOrdinaryFileInTheFolder() throws Exception {
		Path folder = national().getParent();
		Path ordinary = folder.resolve("ordinary.txt");
		Files.writeString(ordinary, "x");
		try {
			var expected = Files.getPosixFilePermissions(ordinary);
			assertThat(Files.getPosixFilePermissions(national())).isEqualTo(expected);
			assertThat(Files.getPosixFilePermissions(folder.resolve("rejects-2025-08.csv"))).isEqualTo(expected);
			assertThat(Files.getPosixFilePermissions(folder.resolve("provinsi/65-kalimantan-utara-2025-08.xlsx")))
				.isEqualTo(expected);
		}
		finally {
			Files.delete(ordinary);
		}
	}

	@Test
	void kalimantanUtaraHasTptAndTpakFromTheRealCounts() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			Map<String, Cell> kaltara = Workbooks.row(Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode"), "Kode", "65");
			assertThat(Workbooks.number(kaltara.get("Angkatan kerja"))).isEqualTo(395_803);
			assertThat(Workbooks.number(kaltara.get("Penganggur"))).isEqualTo(15_231);
			assertThat(Workbooks.number(kaltara.get("TPT (%)"))).isEqualTo(3.85);
			assertThat(Workbooks.shown(kaltara.get("TPT (%)"))).isEqualTo("3.85");
			assertThat(Workbooks.number(kaltara.get("TPAK (%)"))).isEqualTo(69.55);
			assertThat(Workbooks.shown(kaltara.get("TPAK (%)"))).isEqualTo("69.55");
		}
	}

	@Test
	void kalimantanUtarasOwnWorkbookHoldsTpt385InACellFormattedWithTwoDecimals() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx"))) {
			Map<String, Cell> round = Workbooks.row(Workbooks.table(wb.getSheet("Pasar Kerja"), "Periode"), "Periode",
					"2025-08");
			Cell tpt = round.get("TPT (%)");
			assertThat(Workbooks.number(tpt)).isEqualTo(3.85);
			assertThat(tpt.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(Workbooks.shown(tpt)).isEqualTo("3.85");
			assertThat(wb.getSheet("Pasar Kerja").getDrawingPatriarch().getCharts()).hasSize(1);
		}
	}

	@Test
	void aChangeOfTheNationalTptShowsBothDecimals() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			Map<String, Cell> indonesia = Workbooks.row(Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode"), "Kode", "00");
			assertThat(Workbooks.shown(indonesia.get("TPT (%)"))).isEqualTo("4.85");
			assertThat(Workbooks.shown(indonesia.get("Perubahan TPT (poin)"))).isEqualTo("-0.06");
		}
	}

	@Test
	void theTrendSheetHoldsEveryRoundOfEveryProvinceAndAChartOfTheNationalRates() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			XSSFSheet trend = wb.getSheet("Tren");
			List<Map<String, Cell>> rows = Workbooks.table(trend, "Kode");
			assertThat(rows).hasSize(39);
			Map<String, Cell> kaltara = Workbooks.row(rows, "Kode", "65");
			assertThat(Workbooks.shown(kaltara.get("TPT (%) 2023-08"))).isNotEmpty();
			assertThat(Workbooks.shown(kaltara.get("TPT (%) 2025-02"))).isNotEmpty();
			assertThat(Workbooks.shown(kaltara.get("TPT (%) 2025-08"))).isEqualTo("3.85");
			assertThat(Workbooks.shown(Workbooks.row(rows, "Kode", "00").get("TPT (%) 2025-08"))).isEqualTo("4.85");
			assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
		}
	}

	@Test
	void everySheetPrintsOnA4LandscapeUnshrunkWithAFooterThatSaysTheDataAreASample() throws Exception {
		String stamp = "DATA CONTOH / SAMPLE DATA - bukan angka resmi";
		for (Path path : List.of(national(), cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx"))) {
			try (XSSFWorkbook wb = Workbooks.open(path)) {
				XSSFSheet first = wb.getSheetAt(0);
				boolean stamped = false;
				for (int r = 0; r <= 3; r++) {
					stamped |= first.getRow(r) != null && first.getRow(r).getCell(0) != null
							&& stamp.equals(Workbooks.shown(first.getRow(r).getCell(0)));
				}
				assertThat(stamped).as("the stamp near the top of " + first.getSheetName()).isTrue();
				for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
					XSSFSheet x = (XSSFSheet) sheet;
					assertThat(x.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
					assertThat(x.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
					if (x == first) {
						// the one-page brief, fitted to a page; the render test holds its text at 7 pt or more
						assertThat(x.getFitToPage()).as("the brief fits one page").isTrue();
						assertThat(x.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
					}
					else {
						assertThat(x.getFitToPage()).as(sheet.getSheetName() + " is not shrunk to fit").isFalse();
					}
					assertThat(x.getFooter().getCenter()).contains(stamp);
					assertThat(x.getFooter().getLeft()).contains("&A").contains("2025-08");
					assertThat(x.getFooter().getRight()).contains("&P").contains("&N").contains("blk-pipeline");
				}
			}
		}
	}

	@Test
	void theDataQualityMetadataAndMethodSheetsKeepTheirColumnsNarrowAndTheirRowsAlignedAtTheTop() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			// stacked tables share columns: a wide text of one would give a printed page a single column
			for (String name : List.of("Kualitas Data", "Metadata")) {
				XSSFSheet sheet = wb.getSheet(name);
				int widest = 0;
				for (int c = 0; c < 16; c++) {
					widest = Math.max(widest, sheet.getColumnWidth(c) / 256);
				}
				assertThat(widest).as(name).isLessThanOrEqualTo(32);
			}
			// a setting's name longer than its narrowed column wraps rather than being cut off by its value
			Cell longLabel = null;
			for (org.apache.poi.ss.usermodel.Row r : wb.getSheet("Metadata")) {
				Cell c = r.getCell(0);
				if (c != null && c.getCellType() == CellType.STRING
						&& c.getStringCellValue().equals("blk.index-weights.unemployed-per-seat")) {
					longLabel = c;
				}
			}
			assertThat(longLabel).isNotNull();
			assertThat(longLabel.getCellStyle().getWrapText()).isTrue();
			// the input files start a page below the settings, their header on every page of them
			XSSFSheet meta = wb.getSheet("Metadata");
			int header = Workbooks.table(meta, "No").get(0).get("No").getRowIndex() - 1;
			assertThat(meta.getRowBreaks()).contains(header - 1);
			assertThat(meta.getRepeatingRows().getFirstRow()).isEqualTo(header);
			// the methodology's ID, name, formula, unit and source side by side on one printed page width
			assertThat(wb.getSheet("Metodologi").getColumnBreaks()).isEmpty();
			// a file's row whose name wraps: its number and dataset start on the name's first line
			Map<String, Cell> first = Workbooks.table(wb.getSheet("Kualitas Data"), "No").get(0);
			assertThat(first.get("Berkas").getCellStyle().getWrapText()).isTrue();
			for (String column : List.of("No", "Dataset", "Berkas")) {
				assertThat(first.get(column).getCellStyle().getVerticalAlignment()).as(column)
					.isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
			}
		}
	}

	@Test
	void metadataTimesAreDateCells() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			XSSFSheet meta = wb.getSheet("Metadata");
			Cell generated = Workbooks.pair(meta, "Dibuat pada");
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(generated)).isTrue();
			List<Map<String, Cell>> files = Workbooks.table(meta, "No");
			assertThat(files).isNotEmpty().allSatisfy(f -> {
				assertThat(f.get("Diubah").getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(f.get("Diubah"))).isTrue();
			});
		}
	}

	@Test
	void thePlacementChartLeavesIndonesiaOutOfTheProvinces() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			var chart = wb.getSheet("Penempatan Provinsi").getDrawingPatriarch().getCharts().get(0);
			var series = chart.getChartSeries().get(0).getSeries(0);
			assertThat(series.getCategoryData().getPointCount()).isEqualTo(38);
			assertThat(series.getCategoryData().getDataRangeReference()).endsWith("$B$41");
			assertThat(chart.getChartSeries()).hasSize(2);
		}
	}

	@Test
	void aFormulaTypedAsAProgrammeNameReachesTheReportAsText() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			Map<String, Cell> row = Workbooks.row(Workbooks.table(wb.getSheet("Penempatan Kejuruan"), "Kejuruan"),
					"Kejuruan", "=HYPERLINK(\"http://x\",\"y\")");
			Cell name = row.get("Kejuruan");
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@Test
	void theWorkbookHasNativeChartsConditionalFormatsTablesAndFrozenHeaders() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(national())) {
			XSSFSheet demand = wb.getSheet("Kebutuhan BLK");
			assertThat(demand.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(demand.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(1);
			assertThat(demand.getTables()).hasSize(1);
			assertThat(demand.getPaneInformation().isFreezePane()).isTrue();
			assertThat(demand.getPrintSetup().getLandscape()).isTrue();
			XSSFSheet placement = wb.getSheet("Penempatan Provinsi");
			assertThat(placement.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(placement.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(1);
			XSSFSheet labour = wb.getSheet("Pasar Kerja");
			assertThat(labour.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(1);
			assertThat(wb.getProperties().getCoreProperties().getCreator()).contains("blk-pipeline");
			assertThat(wb.getProperties().getCoreProperties().getTitle()).contains("2025-08");
		}
	}

	@Test
	void theWorkbookOpensInLibreOffice() throws Exception {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of).filter(Files::isExecutable)
			.findFirst().orElse(null);
		String missing = "LibreOffice is not installed (apt-get install libreoffice-calc-nogui): conversion check skipped";
		if (soffice == null && "true".equalsIgnoreCase(System.getenv("BLK_REQUIRE_RENDER"))) {
			throw new AssertionError(missing + ", but BLK_REQUIRE_RENDER=true");
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(soffice != null, missing);
		Path out = Files.createDirectories(dir.resolve("pdf"));
		Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
				"--convert-to", "pdf", "--outdir", out.toString(), national().toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor()).as(log).isZero();
		assertThat(out.resolve("blk-nasional-2025-08.pdf")).exists();
		assertThat(Files.size(out.resolve("blk-nasional-2025-08.pdf"))).isGreaterThan(10_000);
	}

	@Test
	void aSecondRunOnTheSameInputsSaysTheReportsAreUpToDate() {
		long t = System.nanoTime();
		Cli.Result again = cli.run("run");
		long millis = (System.nanoTime() - t) / 1_000_000;
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("reports are up to date");
		assertThat(millis).isLessThan(firstMillis / 2);
	}

	@Test
	void theSameInputsRunAgainWhenTheReportsAreNotInTheOutputFolder() {
		Path elsewhere = dir.resolve("elsewhere");
		Path kaltara = elsewhere.resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx");
		Cli.Result other = Cli.raw("run", "--input=" + cli.input(), "--output=" + elsewhere, "--blk.state=" + cli.state());
		assertThat(other.exitCode()).as(other.all()).isZero();
		assertThat(other.out()).contains("blk-pipeline run: COMPLETED").doesNotContain("up to date");
		assertThat(kaltara).exists();

		kaltara.toFile().delete();
		Cli.Result deleted = Cli.raw("run", "--input=" + cli.input(), "--output=" + elsewhere, "--blk.state=" + cli.state());
		assertThat(deleted.exitCode()).as(deleted.all()).isZero();
		assertThat(deleted.out()).contains("blk-pipeline run: COMPLETED").doesNotContain("up to date");
		assertThat(kaltara).exists();

		Cli.Result again = Cli.raw("run", "--input=" + cli.input(), "--output=" + elsewhere, "--blk.state=" + cli.state());
		assertThat(again.out()).contains("reports are up to date");
	}
}
