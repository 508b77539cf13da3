package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: writes real .xlsx, .xls and .csv files. A null cell is left empty; an empty row is not written. */
final class Fixtures {

	/** A formula cell; {@code date} gives it a date format. Its cached value is computed when the file is written. */
	record Formula(String formula, boolean date) {
	}

	static final String[] LABOUR_HEADER = { "provinsi", "periode", "penduduk_usia_kerja", "angkatan_kerja", "bekerja",
			"pengangguran" };

	static final String[] PARTICIPANT_HEADER = { "id_peserta", "kode_blk", "kejuruan", "jenis_kelamin",
			"tanggal_lahir", "tanggal_mulai", "tanggal_selesai", "lulus", "status_penempatan", "tanggal_penempatan" };

	private Fixtures() {
	}

	static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	static Formula formula(String formula) {
		return new Formula(formula, false);
	}

	static Formula dateFormula(String formula) {
		return new Formula(formula, true);
	}

	/** One sheet named {@code Data}. */
	static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
		return xlsx(dir, name, Map.of("Data", rows));
	}

	/** Sheets in the given order (use a LinkedHashMap or Map.of with one entry). */
	static Path xlsx(Path dir, String name, Map<String, List<List<Object>>> sheets) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			return write(wb, dir.resolve(name), sheets);
		}
	}

	static Path xls(Path dir, String name, List<List<Object>> rows) throws IOException {
		try (Workbook wb = new HSSFWorkbook()) {
			return write(wb, dir.resolve(name), Map.of("Data", rows));
		}
	}

	static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
		Map<String, List<List<Object>>> m = new LinkedHashMap<>();
		for (int i = 0; i < nameThenRows.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<List<Object>> rows = (List<List<Object>>) nameThenRows[i + 1];
			m.put((String) nameThenRows[i], rows);
		}
		return m;
	}

	private static Path write(Workbook wb, Path path, Map<String, List<List<Object>>> sheets) throws IOException {
		CellStyle dateStyle = wb.createCellStyle();
		dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		boolean formulas = false;
		for (var e : sheets.entrySet()) {
			Sheet sheet = wb.createSheet(e.getKey());
			List<List<Object>> rows = e.getValue();
			for (int r = 0; r < rows.size(); r++) {
				List<Object> cells = rows.get(r);
				if (cells == null || cells.isEmpty()) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.size(); c++) {
					Object v = cells.get(c);
					if (v == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (v instanceof String s) {
						cell.setCellValue(s);
					}
					else if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(dateStyle);
					}
					else if (v instanceof Boolean b) {
						cell.setCellValue(b);
					}
					else if (v instanceof FormulaError fe) {
						if (cell instanceof XSSFCell x) {
							x.setCellErrorValue(fe);
						}
						else {
							cell.setCellErrorValue(fe.getCode());
						}
					}
					else if (v instanceof Formula f) {
						cell.setCellFormula(f.formula());
						if (f.date()) {
							cell.setCellStyle(dateStyle);
						}
						formulas = true;
					}
					else {
						throw new IllegalArgumentException("cell value " + v);
					}
				}
			}
		}
		if (formulas) {
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		}
		try (OutputStream out = Files.newOutputStream(path)) {
			wb.write(out);
		}
		return path;
	}

	static Path text(Path dir, String name, String content, Charset charset) throws IOException {
		return Files.write(dir.resolve(name), content.getBytes(charset));
	}

	static Path bytes(Path dir, String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}
}
