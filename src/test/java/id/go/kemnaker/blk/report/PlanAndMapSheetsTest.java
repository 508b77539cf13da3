package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.indicator.IndicatorValue;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The national workbook's map and plan sheets on a fixture: 37 provinces ranked, Papua Pegunungan (97)
 * without labour data, three planned BLK (one with a formula-like note, one without a year, one outside
 * the top N without a note).
 */
class PlanAndMapSheetsTest {

	@TempDir
	static Path dir;

	static XSSFWorkbook wb;

	static final ProvinceCatalog PROVINCES = ProvinceCatalog.load();

	@BeforeAll
	static void writeTheNationalWorkbook() throws Exception {
		List<IndicatorValue> values = new ArrayList<>();
		int rank = 0;
		for (Province p : PROVINCES.all()) {
			if (p.code().equals("97")) {
				continue;
			}
			rank++;
			String c = p.code();
			values.add(IndicatorValue.of(Scope.PROVINCE, c, Indicator.INDEX_RANK, (double) rank));
			values.add(IndicatorValue.of(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX, 100.0 - 2 * rank));
			values.add(IndicatorValue.of(Scope.PROVINCE, c, Indicator.BLK_ALLOCATION, rank <= 22 ? 1.0 : 0.0));
			values.add(IndicatorValue.of(Scope.PROVINCE, c, Indicator.TOP_N_SHARE, rank <= 20 ? 100.0 : 40.0));
		}
		List<BlkRecord> blks = List.of(
				new BlkRecord("P-31", "BLK Kota", "31", "Jakarta Timur", BlkType.UPTD, BlkStatus.PLANNED, null, 2026,
						"=HYPERLINK(\"http://x\",\"y\")"),
				new BlkRecord("P-32", "BLK Tanpa Tahun", "32", "Bandung", BlkType.UPTD, BlkStatus.CONSTRUCTION, 800L, null,
						null),
				new BlkRecord("P-81", "BLK Pulau", "81", "Ambon", BlkType.KOMUNITAS, BlkStatus.PLANNED, null, 2027, null),
				new BlkRecord("O-11", "BLK Lama", "11", "Banda Aceh", BlkType.UPTD, BlkStatus.OPERATING, 640L, null, null));
		Results results = new Results(Period.of(2025, 8), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), values,
				List.of());
		QualityData none = new QualityData(List.of(), List.of(), List.of(), List.of());
		RunInfo run = new RunInfo(1, 1, "2025-08", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), Map.of(), "in",
				"out", "test", LocalDateTime.of(2025, 11, 1, 8, 0));
		ReportContext ctx = new ReportContext(Labels.of(Locale.forLanguageTag("id")), results,
				IndicatorSettings.defaults(), PROVINCES, blks, Map.of(), run, none, code -> none);
		Path target = dir.resolve("nasional.xlsx");
		NationalWorkbook.write(target, ctx);
		wb = Workbooks.open(target);
	}

	@Test
	void everyProvinceWithAnIndexIsAFilledTileWithItsAbbreviationAndRank() {
		XSSFSheet map = wb.getSheet("Peta");
		for (Province p : PROVINCES.all()) {
			if (p.code().equals("97")) {
				continue;
			}
			Cell tile = find(map, p.abbreviation().toUpperCase(Locale.ROOT));
			assertThat(tile.getCellStyle().getFillPattern()).as(p.displayName()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			Cell rank = map.getRow(tile.getRowIndex() + 1).getCell(tile.getColumnIndex());
			assertThat(rank.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rank.getCellStyle().getDataFormatString()).isEqualTo("\"#\"0");
		}
		Cell jabar = find(map, "JABAR");
		assertThat(map.getRow(jabar.getRowIndex() + 1).getCell(jabar.getColumnIndex()).getNumericCellValue()).isEqualTo(12);
	}

	@Test
	void aProvinceWithoutLabourDataIsABlankTileSayingSoNeverAColour() {
		XSSFSheet map = wb.getSheet("Peta");
		Cell tile = find(map, "PAPEG");
		assertThat(tile.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		Cell below = map.getRow(tile.getRowIndex() + 1).getCell(tile.getColumnIndex());
		assertThat(below.getStringCellValue()).isEqualTo("tidak ada data");
		assertThat(below.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void aPlannedBlkNoteThatLooksLikeAFormulaIsWrittenAsText() {
		Map<String, Cell> row = Workbooks.row(Workbooks.table(wb.getSheet("Rencana BLK"), "Kode BLK"), "Kode BLK", "P-31");
		Cell note = row.get("Catatan");
		assertThat(note.getCellType()).isEqualTo(CellType.STRING);
		assertThat(note.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
		assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(Workbooks.number(row.get("Tahun rencana"))).isEqualTo(2026);
		assertThat(Workbooks.shown(row.get("Tahun rencana"))).isEqualTo("2026");
	}

	@Test
	void aPlannedBlkWithoutAYearIsListedWithABlankYear() {
		List<Map<String, Cell>> planned = Workbooks.table(wb.getSheet("Rencana BLK"), "Kode BLK");
		assertThat(planned).extracting(r -> Workbooks.shown(r.get("Kode BLK"))).containsExactly("P-31", "P-32", "P-81");
		Map<String, Cell> row = Workbooks.row(planned, "Kode BLK", "P-32");
		assertThat(Workbooks.blank(row.get("Tahun rencana"))).isTrue();
		assertThat(Workbooks.number(row.get("Kapasitas per tahun"))).isEqualTo(800);
	}

	@Test
	void theTopProvincesWithoutAPlanAndThePlannedSitesOutsideTheTopAreListed() {
		XSSFSheet plan = wb.getSheet("Rencana BLK");
		List<Map<String, Cell>> gaps = Workbooks.table(plan, "Kode");
		assertThat(gaps).hasSize(20); // the top 22 without Jakarta (31) and Jawa Barat (32)
		assertThat(gaps).extracting(r -> Workbooks.shown(r.get("Kode"))).doesNotContain("31", "32").contains("11");
		List<Map<String, Cell>> outside = named(plan, "tbl_Planned_outside_top");
		assertThat(outside).hasSize(1);
		assertThat(Workbooks.shown(outside.get(0).get("Kode BLK"))).isEqualTo("P-81");
		assertThat(Workbooks.shown(outside.get(0).get("Alasan (keterangan daftar BLK)"))).isEqualTo("tanpa alasan tercatat");
	}

	/** The data rows of a named Excel table, by header. */
	static List<Map<String, Cell>> named(XSSFSheet sheet, String name) {
		XSSFTable table = sheet.getTables().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
		Row header = sheet.getRow(table.getStartRowIndex());
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || Workbooks.blank(row.getCell(0))) {
				continue;
			}
			Map<String, Cell> m = new java.util.LinkedHashMap<>();
			for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
				m.put(header.getCell(c).getStringCellValue(), row.getCell(c));
			}
			rows.add(m);
		}
		return rows;
	}

	private static Cell find(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
					return c;
				}
			}
		}
		throw new AssertionError("no cell '" + text + "' in " + sheet.getSheetName());
	}
}
