package id.go.kemnaker.blk.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A table on a sheet: a bold header row and typed data rows, made a named Excel table (with its own
 * filter buttons) when it ends. The first table of a sheet has its header frozen.
 */
final class ReportTable {

	/** Header text wraps at about this many characters. */
	static final int HEADER_CHARS = 14;

	private final ReportSheet sheet;
	private final String name;
	private final List<Col> columns;
	private final int headerRow;
	private final boolean[] centred;
	private int rows;

	ReportTable(ReportSheet sheet, String name, List<Col> columns, int headerRow) {
		this.sheet = sheet;
		this.name = name;
		this.columns = List.copyOf(columns);
		this.headerRow = headerRow;
		this.centred = new boolean[columns.size()];
		Set<String> keys = centredHeaders(sheet.book().labels());
		Row h = sheet.newRow();
		Set<String> seen = new HashSet<>();
		int lines = 1;
		for (int c = 0; c < columns.size(); c++) {
			String text = columns.get(c).header();
			if (!seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalArgumentException("duplicate column header '" + text + "' in table " + name);
			}
			centred[c] = keys.contains(text);
			Cell cell = h.createCell(c);
			cell.setCellValue(text);
			cell.setCellStyle(sheet.book().headerStyle());
			// a header wraps rather than widening a column of short numbers; its longest word stays whole
			int width = Math.max(Math.min(HEADER_CHARS, text.length()), longestWord(text));
			sheet.track(c, width);
			// the column gets at least this width (finish() adds 2, and 8 at least): wrap within it
			lines = Math.max(lines, ReportSheet.lines(text, Math.max(8, width + 2) - 1));
		}
		h.setHeightInPoints(lines * ReportSheet.LINE_POINTS + 3);
		sheet.freezeAt(headerRow);
	}

	/** Adds a data row; {@code null} leaves a cell blank (a missing value is never written as 0). */
	void row(Object... values) {
		row(false, values);
	}

	void row(boolean bold, Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException("table " + name + " has " + columns.size() + " columns, got " + values.length);
		}
		Row r = sheet.newRow();
		for (int c = 0; c < values.length; c++) {
			sheet.put(r, c, values[c], columns.get(c).fmt(), bold, centred[c]);
		}
		rows++;
	}

	private static int longestWord(String text) {
		int max = 0;
		for (String w : text.split("[ \n]")) {
			max = Math.max(max, w.length());
		}
		return max;
	}

	/** Centres more columns (before any row is written). */
	ReportTable centred(int... cols) {
		for (int c : cols) {
			centred[c] = true;
		}
		return this;
	}

	/** Columns of ranks and codes are centred, so that a rank and the code beside it read as two values. */
	private static Set<String> centredHeaders(Labels l) {
		Set<String> keys = new HashSet<>();
		for (String key : List.of("col.province.code", "col.file.id", "ind.INDEX_RANK.short", "ind.RANK_BEST.short",
				"ind.RANK_MEDIAN.short", "ind.RANK_WORST.short")) {
			if (l.has(key)) {
				keys.add(l.get(key));
			}
		}
		return keys;
	}

	ReportSheet sheet() {
		return sheet;
	}

	int headerRow() {
		return headerRow;
	}

	int firstDataRow() {
		return headerRow + 1;
	}

	int rowCount() {
		return rows;
	}

	/** The last row of the table area (the header alone still spans one empty data row). */
	int lastRow() {
		return headerRow + Math.max(1, rows);
	}

	int column(String header) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).header().equals(header)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no column '" + header + "' in table " + name);
	}

	/** An absolute reference to a column's data cells: {@code 'Sheet'!$C$5:$C$42}. */
	String dataReference(int col) {
		String s = "'" + sheet.name().replace("'", "''") + "'!";
		return s + new CellReference(firstDataRow(), col, true, true).formatAsString(false) + ":"
				+ new CellReference(lastRow(), col, true, true).formatAsString(false);
	}

	/**
	 * Ends the table: registers it as a named Excel table with an autofilter over its area. The table's
	 * XML is filled in directly: POI's {@code createTable(area)} makes a number formatter per column to
	 * read header cells that a streamed sheet no longer holds, which cost more than the rest of the table.
	 */
	ReportTable end() {
		if (rows == 0) {
			sheet.newRow();
		}
		AreaReference area = new AreaReference(new CellReference(headerRow, 0),
				new CellReference(lastRow(), columns.size() - 1), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.xssf().createTable(null);
		String tableName = sheet.book().tableName(name);
		CTTable ct = table.getCTTable();
		ct.setRef(area.formatAsString());
		ct.setName(tableName);
		ct.setDisplayName(tableName);
		CTTableColumns cts = ct.addNewTableColumns();
		cts.setCount(columns.size());
		for (int c = 0; c < columns.size(); c++) {
			CTTableColumn column = cts.addNewTableColumn();
			column.setId(c + 1);
			column.setName(columns.get(c).header());
		}
		ct.addNewAutoFilter().setRef(area.formatAsString());
		CTTableStyleInfo style = ct.addNewTableStyleInfo();
		style.setName("TableStyleLight1");
		style.setShowRowStripes(true);
		table.updateReferences();
		return this;
	}
}
