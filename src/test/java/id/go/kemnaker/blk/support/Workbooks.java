package id.go.kemnaker.blk.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads tables back from a written workbook, by header text, the way a user reads them. */
public final class Workbooks {

	private Workbooks() {
	}

	public static XSSFWorkbook open(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return new XSSFWorkbook(in);
		}
	}

	/**
	 * A table whose header row contains {@code firstHeader} in its first cell; rows until the first blank first
	 * cell or the source line beneath the table.
	 */
	public static List<Map<String, Cell>> table(Sheet sheet, String firstHeader) {
		int header = -1;
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstHeader)) {
				header = row.getRowNum();
				break;
			}
		}
		if (header < 0) {
			throw new AssertionError("no table with first header '" + firstHeader + "' in sheet " + sheet.getSheetName());
		}
		Row h = sheet.getRow(header);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < h.getLastCellNum(); i++) {
			names.add(h.getCell(i) == null ? "" : h.getCell(i).getStringCellValue());
		}
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() == CellType.BLANK
					|| isSourceLine(row.getCell(0))) {
				break;
			}
			Map<String, Cell> m = new LinkedHashMap<>();
			for (int i = 0; i < names.size(); i++) {
				m.put(names.get(i), row.getCell(i));
			}
			rows.add(m);
		}
		return rows;
	}

	/** The line naming a table's sources, written right beneath it. */
	static boolean isSourceLine(Cell c) {
		return c.getCellType() == CellType.STRING
				&& (c.getStringCellValue().startsWith("Sumber: ") || c.getStringCellValue().startsWith("Source: "));
	}

	/** The row whose column {@code column} shows {@code value}. */
	public static Map<String, Cell> row(List<Map<String, Cell>> table, String column, String value) {
		DataFormatter f = new DataFormatter();
		for (Map<String, Cell> row : table) {
			Cell c = row.get(column);
			if (c != null && value.equals(f.formatCellValue(c))) {
				return row;
			}
		}
		throw new AssertionError("no row with " + column + " = " + value);
	}

	/** The numeric value of a cell; fails if the cell is not numeric. */
	public static double number(Cell c) {
		if (c == null || c.getCellType() != CellType.NUMERIC) {
			throw new AssertionError("expected a numeric cell, got " + (c == null ? "no cell" : c.getCellType() + " " + c));
		}
		return c.getNumericCellValue();
	}

	public static boolean blank(Cell c) {
		return c == null || c.getCellType() == CellType.BLANK;
	}

	/** The text shown in the cell, as Excel would format it. */
	public static String shown(Cell c) {
		return c == null ? "" : new DataFormatter().formatCellValue(c);
	}

	/** The label of a key-value row (first column) and its value cell (second column). */
	public static Cell pair(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
				return row.getCell(1);
			}
		}
		throw new AssertionError("no row labelled '" + label + "' in " + sheet.getSheetName());
	}

	/** Every cell of every sheet but Metadata, as {@code Sheet!A1=value}, to compare two workbooks. */
	public static List<String> cells(Path path) throws IOException {
		List<String> out = new ArrayList<>();
		DataFormatter f = new DataFormatter();
		try (XSSFWorkbook wb = open(path)) {
			for (Sheet sheet : wb) {
				if (sheet.getSheetName().equals("Metadata")) {
					continue;
				}
				for (Row row : sheet) {
					for (Cell c : row) {
						String v = switch (c.getCellType()) {
							case NUMERIC -> Double.toString(c.getNumericCellValue());
							case STRING -> c.getStringCellValue();
							case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
							default -> f.formatCellValue(c);
						};
						out.add(sheet.getSheetName() + "!" + c.getAddress() + "=" + v);
					}
				}
			}
		}
		return out;
	}
}
