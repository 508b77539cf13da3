package id.go.kemnaker.blk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet, written top to bottom: titles, notes and tables. Keeps the widest text of every column so
 * widths fit without POI's font-measuring auto-size; freezes the first table's header; sets a landscape
 * print layout fitted to the page width.
 */
final class ReportSheet {

	private static final int MAX_WIDTH = 60;

	private final ReportBook book;
	private final SXSSFSheet sheet;
	/** The widest value of each column so far, in characters. */
	private int[] widths = new int[16];
	private int columns;
	private int nextRow;
	private int freezeRow = -1;

	ReportSheet(ReportBook book, SXSSFSheet sheet) {
		this.book = book;
		this.sheet = sheet;
	}

	ReportBook book() {
		return book;
	}

	SXSSFSheet sheet() {
		return sheet;
	}

	XSSFSheet xssf() {
		return book.workbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
	}

	String name() {
		return sheet.getSheetName();
	}

	int nextRow() {
		return nextRow;
	}

	void title(String text) {
		Row r = sheet.createRow(nextRow++);
		Cell c = r.createCell(0);
		c.setCellValue(text);
		c.setCellStyle(book.titleStyle());
	}

	void note(String text) {
		Row r = sheet.createRow(nextRow++);
		Cell c = r.createCell(0);
		c.setCellValue(text);
		c.setCellStyle(book.noteStyle());
	}

	void gap() {
		nextRow++;
	}

	/** A label and a value on one row (for summary and metadata sheets). */
	void pair(String label, Object value, Fmt fmt) {
		Row r = sheet.createRow(nextRow++);
		Cell l = r.createCell(0);
		l.setCellValue(label);
		l.setCellStyle(book.style(Fmt.TEXT, true));
		track(0, label.length());
		put(r, 1, value, fmt, false);
	}

	ReportTable table(String name, List<Col> columns) {
		return new ReportTable(this, name, columns, nextRow);
	}

	Row newRow() {
		return sheet.createRow(nextRow++);
	}

	/** Freezes the header of the sheet's first table, when that table starts near the top. */
	void freezeAt(int headerRow) {
		if (freezeRow < 0 && headerRow < 8) {
			freezeRow = headerRow;
		}
	}

	/** Writes a value as a typed cell: numbers numeric, dates as dates, text as text (never a formula). */
	void put(Row row, int col, Object value, Fmt fmt, boolean bold) {
		if (value == null) {
			return;
		}
		if (value instanceof Formatted f) {
			put(row, col, f.value(), f.fmt(), bold);
			return;
		}
		Cell c = row.createCell(col);
		if (value instanceof Number n) {
			double d = n.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				return;
			}
			c.setCellValue(d);
			Fmt f = fmt == Fmt.TEXT ? (d == Math.rint(d) ? Fmt.INT : Fmt.DEC2) : fmt;
			c.setCellStyle(book.style(f, bold));
			track(col, numberWidth(d, f));
		}
		else if (value instanceof LocalDate d) {
			c.setCellValue(d);
			c.setCellStyle(book.style(Fmt.DATE, bold));
			track(col, 10);
		}
		else if (value instanceof LocalDateTime d) {
			c.setCellValue(d);
			c.setCellStyle(book.style(Fmt.DATETIME, bold));
			track(col, 19);
		}
		else {
			String s = value.toString();
			if (s.length() > 32_767) {
				s = s.substring(0, 32_766) + "\u2026";
			}
			c.setCellValue(s);
			boolean formulaLike = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
			c.setCellStyle(formulaLike && !bold ? book.quotedStyle() : book.style(Fmt.TEXT, bold));
			track(col, longestLine(s));
		}
	}

	void track(int col, int width) {
		if (col >= widths.length) {
			widths = java.util.Arrays.copyOf(widths, Math.max(col + 1, widths.length * 2));
		}
		widths[col] = Math.max(widths[col], Math.min(MAX_WIDTH, width));
		columns = Math.max(columns, col + 1);
	}

	/** Characters in the longest line of a text. */
	static int longestLine(String s) {
		int max = 0;
		int start = 0;
		for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', start)) {
			max = Math.max(max, nl - start);
			start = nl + 1;
		}
		return Math.max(max, s.length() - start);
	}

	/** Digits of the whole part of a number. */
	static int digits(double d) {
		long n = Math.abs((long) d);
		if (n < 0) {
			return 19; // Long.MIN_VALUE, a number beyond the range of long
		}
		int digits = 1;
		while (n >= 10) {
			n /= 10;
			digits++;
		}
		return digits;
	}

	private static int numberWidth(double d, Fmt f) {
		int digits = digits(d);
		int width = digits + digits / 3 + (d < 0 ? 1 : 0);
		return switch (f) {
			case DEC1 -> width + 2;
			case DEC2 -> width + 3;
			case DEC4 -> width + 5;
			default -> width;
		};
	}

	/** Widths, frozen header, landscape print fitted to one page wide with the header repeated. */
	void finish() {
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.max(8, widths[c] + 2) * 256);
		}
		if (freezeRow >= 0) {
			sheet.createFreezePane(0, freezeRow + 1);
			sheet.setRepeatingRows(new CellRangeAddress(freezeRow, freezeRow, -1, -1));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}
}
