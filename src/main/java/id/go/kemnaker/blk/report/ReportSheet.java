package id.go.kemnaker.blk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet, written top to bottom: titles, notes, tables and chart pages. Keeps the widest text of every
 * column so widths fit without POI's font-measuring auto-size; freezes the first table's header (and its
 * key columns); and lays the sheet out for A4 landscape at 100 %: never shrunk to fit, a table wider than
 * a page is split into pages by column groups with the key columns and (on a sheet of one table) the header
 * row repeated, every page has a footer, and a chart prints on a page of its own below the table.
 */
final class ReportSheet {

	/** The widest a column gets, in characters, unless a sheet asks for less ({@link #maxWidth(int)}). */
	private static final int MAX_WIDTH = 60;

	/**
	 * Width of a printed A4 landscape page at 100 % between the margins, in column-width characters
	 * (LibreOffice gives a character of width 6.35 pt at a 10 pt body; 784 pt lie between the margins).
	 */
	static final int PAGE_CHARS = 120;

	/** Notes wrap at about this many characters (they span the first page's columns). */
	static final int NOTE_CHARS = 110;

	/** Height of one line of body text, in points. */
	static final float LINE_POINTS = 13f;

	/** Rows of a chart page (a printed A4 landscape page holds about 32 rows below the repeated header). */
	static final int CHART_ROWS = 26;

	private static final int DEFAULT_WIDTH = 10;

	private final ReportBook book;
	private final SXSSFSheet sheet;
	private final boolean first;
	/** The widest value of each column so far, in characters. */
	private int[] widths = new int[16];
	private int columns;
	private int nextRow;
	private int freezeRow = -1;
	/** The header row of the sheet's first table, wherever it starts. */
	private int firstHeader = -1;
	/** Tables on the sheet: the first one's header is printed on every page only where it is the only one. */
	private int tables;
	/** The footer's font size. */
	private int footerPoints = 8;
	private int keyColumns;
	private int maxWidth = MAX_WIDTH;
	private final TreeSet<Integer> groupStarts = new TreeSet<>();
	/** Rows of long notes, merged across the first page's columns at the end. */
	private final List<Integer> wideRows = new ArrayList<>();
	/** Wrapped notes and paragraphs, whose heights {@link #finish()} sets once the merged width is known. */
	private final List<Wrapped> wrapped = new ArrayList<>();

	private record Wrapped(int row, String text, boolean body) {
	}
	private final List<XSSFClientAnchor> chartAnchors = new ArrayList<>();
	private boolean titled;

	ReportSheet(ReportBook book, SXSSFSheet sheet, boolean first) {
		this.book = book;
		this.sheet = sheet;
		this.first = first;
		sheet.setDefaultColumnWidth(DEFAULT_WIDTH);
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

	/** A title; the workbook's first title is followed by the sample-data stamp when the inputs are synthetic. */
	void title(String text) {
		Row r = sheet.createRow(nextRow++);
		r.setHeightInPoints(20);
		Cell c = r.createCell(0);
		c.setCellValue(text);
		c.setCellStyle(book.titleStyle());
		if (first && !titled && book.paper().sample()) {
			stamp();
		}
		titled = true;
	}

	/** The sample-data stamp on a row of its own. */
	void stamp() {
		Row r = sheet.createRow(nextRow++);
		r.setHeightInPoints(18);
		Cell c = r.createCell(0);
		c.setCellValue(book.labels().get("sample.stamp"));
		c.setCellStyle(book.stampStyle());
		wideRows.add(r.getRowNum());
	}

	/** A note: a long one wraps over the width of the first printed page. */
	void note(String text) {
		Row r = sheet.createRow(nextRow++);
		Cell c = r.createCell(0);
		c.setCellValue(text);
		if (text.length() > NOTE_CHARS * 3 / 4 || text.indexOf('\n') >= 0) {
			c.setCellStyle(book.wrappedNoteStyle());
			r.setHeightInPoints(lines(text, NOTE_CHARS - 4) * LINE_POINTS + 2);
			wideRows.add(r.getRowNum());
			wrapped.add(new Wrapped(r.getRowNum(), text, false));
		}
		else {
			c.setCellStyle(book.noteStyle());
		}
	}

	/** Body text on a row of its own, wrapped over the width of the first printed page (a key message). */
	void paragraph(String text) {
		Row r = sheet.createRow(nextRow++);
		Cell c = r.createCell(0);
		c.setCellValue(text);
		c.setCellStyle(book.wrappedStyle());
		// the merge spans up to NOTE_CHARS + 8 characters of columns, and upright body text runs about a
		// fifth narrower than the digit width that column widths are measured in
		r.setHeightInPoints(lines(text, (NOTE_CHARS + 8) * 6 / 5) * LINE_POINTS + 2);
		wideRows.add(r.getRowNum());
		wrapped.add(new Wrapped(r.getRowNum(), text, true));
	}

	void gap() {
		nextRow++;
	}

	/** A label and a value on one row (for summary and metadata sheets). */
	void pair(String label, Object value, Fmt fmt) {
		Row r = sheet.createRow(nextRow++);
		Cell l = r.createCell(0);
		boolean wraps = label.length() > maxWidth;
		l.setCellValue(label);
		l.setCellStyle(wraps ? book.wrappedBoldStyle() : book.style(Fmt.TEXT, true));
		track(0, label.length());
		put(r, 1, value, fmt, false);
		if (wraps) {
			// a label longer than its capped column wraps (its value beside it would cut it off)
			r.setHeightInPoints(Math.max(r.getHeightInPoints(), lines(label, maxWidth) * LINE_POINTS + 2));
		}
	}

	ReportTable table(String name, List<Col> columns) {
		tables++;
		return new ReportTable(this, name, columns, nextRow);
	}

	Row newRow() {
		return sheet.createRow(nextRow++);
	}

	/**
	 * The first {@code n} columns identify a row (code, name): printed again on every page of a table
	 * split by columns, and frozen on screen.
	 */
	/**
	 * Caps the width of every column at {@code chars}, longer texts wrapped (before the first row): for a
	 * sheet whose stacked tables share columns, where the widest text of any table would otherwise widen a
	 * column for all of them and a printed page hold one column.
	 */
	void maxWidth(int chars) {
		maxWidth = Math.min(MAX_WIDTH, chars);
	}

	void keyColumns(int n) {
		keyColumns = n;
	}

	/** A page of a split table starts at one of these columns when it can (a group: totals, men, women). */
	void groupStarts(int... cols) {
		for (int c : cols) {
			groupStarts.add(c);
		}
	}

	/** What is written next starts a printed page. */
	void newPage() {
		if (nextRow > 0) {
			sheet.setRowBreak(nextRow - 1);
		}
	}

	/**
	 * Starts a chart on a printed page of its own below what is written so far: a page break, then an
	 * area of {@link #CHART_ROWS} rows across the first page's columns (its width is set at the end, when
	 * the column widths are known).
	 */
	XSSFClientAnchor chartPage() {
		newPage();
		int top = nextRow + 1;
		nextRow = top + CHART_ROWS + 1;
		// what follows the chart starts a page of its own too
		sheet.setRowBreak(top + CHART_ROWS);
		sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = sheet.getDrawingPatriarch().createAnchor(0, 0, 0, 0, 0, top, 8, top + CHART_ROWS);
		chartAnchors.add(anchor);
		return anchor;
	}

	/**
	 * Values a chart needs that no table column holds (a threshold drawn as a line), in a hidden column
	 * beside rows already written: LibreOffice drops a series of a combined chart whose values are only
	 * in the chart. Returns the absolute reference of the cells.
	 */
	String hiddenColumn(int col, int firstRow, Double[] values) {
		for (int i = 0; i < values.length; i++) {
			Row row = sheet.getRow(firstRow + i);
			if (row == null) {
				throw new IllegalStateException("row " + (firstRow + i) + " of " + name() + " is already written out");
			}
			if (values[i] != null) {
				row.createCell(col).setCellValue(values[i]);
			}
		}
		sheet.setColumnHidden(col, true);
		return "'" + name().replace("'", "''") + "'!" + new CellReference(firstRow, col, true, true).formatAsString(false)
				+ ":" + new CellReference(firstRow + values.length - 1, col, true, true).formatAsString(false);
	}

	/**
	 * A table's header row: the first table's is printed on every page (where it is the sheet's only table),
	 * and frozen on screen when that table starts near the top.
	 */
	void freezeAt(int headerRow) {
		if (firstHeader < 0) {
			firstHeader = headerRow;
		}
		if (freezeRow < 0 && headerRow < 10) {
			freezeRow = headerRow;
		}
	}

	/** Writes a value as a typed cell: numbers numeric, dates as dates, text as text (never a formula). */
	void put(Row row, int col, Object value, Fmt fmt, boolean bold) {
		put(row, col, value, fmt, bold, false);
	}

	/** As {@link #put(Row, int, Object, Fmt, boolean)}, centred in the column when {@code centred}. */
	void put(Row row, int col, Object value, Fmt fmt, boolean bold, boolean centred) {
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
			c.setCellStyle(centred ? book.centredStyle(f, bold) : book.style(f, bold));
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
			int longest = longestLine(s);
			if (formulaLike && !bold) {
				c.setCellStyle(book.quotedStyle());
			}
			else if ((longest > maxWidth || s.indexOf('\n') >= 0) && !bold) {
				// wider than a column gets: wrapped in the capped width, the row as high as its lines
				c.setCellStyle(book.wrappedStyle());
				float height = Math.min(409, lines(s, maxWidth) * LINE_POINTS + 2);
				if (height > row.getHeightInPoints()) {
					row.setHeightInPoints(height);
				}
			}
			else {
				c.setCellStyle(centred ? book.centredStyle(Fmt.TEXT, bold) : book.style(Fmt.TEXT, bold));
			}
			track(col, longest);
		}
	}

	void track(int col, int width) {
		if (col >= widths.length) {
			widths = java.util.Arrays.copyOf(widths, Math.max(col + 1, widths.length * 2));
		}
		widths[col] = Math.max(widths[col], Math.min(maxWidth, width));
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

	/** Lines a text takes when words wrap at {@code width} characters (a longer word is cut). */
	static int lines(String s, int width) {
		int lines = 0;
		for (String paragraph : s.split("\n", -1)) {
			lines++;
			int used = 0;
			for (String word : paragraph.split(" ")) {
				int w = word.length();
				if (used > 0 && used + 1 + w > width) {
					lines++;
					used = 0;
				}
				while (w > width) {
					lines++;
					w -= width;
				}
				used += (used > 0 ? 1 : 0) + w;
			}
		}
		return Math.max(1, lines);
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

	/** Width of a column as set, in characters. */
	int width(int col) {
		return col < columns ? Math.max(8, widths[col] + 2) : DEFAULT_WIDTH;
	}

	/**
	 * Widths, frozen header and key columns, and the print layout: A4 landscape at 100 %, pages across
	 * then down, column breaks between groups so that every page (with the key columns repeated) fits,
	 * the header row repeated where the sheet holds one table, long notes and charts across the first page,
	 * and the footer.
	 */
	void finish() {
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, width(c) * 256);
		}
		if (freezeRow >= 0) {
			sheet.createFreezePane(keyColumns, freezeRow + 1);
		}
		if (firstHeader >= 0 && tables == 1) {
			// over the rows of a later table, the first table's header would name the wrong columns
			sheet.setRepeatingRows(new CellRangeAddress(firstHeader, firstHeader, -1, -1));
		}
		if (keyColumns > 0) {
			sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
		}
		int firstPageEnd = columnBreaks();
		int wide = 0;
		int chars = 0;
		while (wide < firstPageEnd && chars + width(wide) <= NOTE_CHARS + 8) {
			chars += width(wide++);
		}
		int lastWide = Math.max(0, wide - 1);
		for (int row : wideRows) {
			if (lastWide > 0) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, lastWide));
			}
		}
		// a sheet of few, narrow columns wraps its notes narrower than the first page: the rows still in memory
		// get the height of the width they have (italic notes run about as wide as digits, upright text a fifth
		// narrower)
		for (Wrapped w : wrapped) {
			Row r = sheet.getRow(w.row());
			if (r != null) {
				int width = w.body() ? chars * 6 / 5 : Math.max(20, chars - 12);
				r.setHeightInPoints(lines(w.text(), width) * LINE_POINTS + 2);
			}
		}
		int chartEnd = 0;
		chars = 0;
		while (chartEnd < firstPageEnd && chars + width(chartEnd) <= PAGE_CHARS - 6) {
			chars += width(chartEnd++);
		}
		for (XSSFClientAnchor a : chartAnchors) {
			// right of the key columns: a chart over them would be printed again on every page of columns
			a.setCol1(keyColumns);
			a.setCol2(Math.max(keyColumns + 4, chartEnd));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setScale((short) 100);
		print.setLeftToRight(true);
		print.setFooterMargin(0.3);
		sheet.setFitToPage(false);
		sheet.setAutobreaks(false);
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.7);
		footer();
	}

	/**
	 * Sets column breaks so that every printed page holds at most {@link #PAGE_CHARS} characters of
	 * columns, key columns included, breaking between groups where a whole group fits. Returns the first
	 * column after the first page.
	 */
	private int columnBreaks() {
		int keys = 0;
		for (int c = 0; c < keyColumns; c++) {
			keys += width(c);
		}
		TreeSet<Integer> starts = new TreeSet<>(groupStarts);
		starts.add(keyColumns);
		int firstEnd = -1;
		int used = keys;
		int c = keyColumns;
		while (c < columns) {
			Integer next = starts.higher(c);
			int groupEnd = next == null || next > columns ? columns : next;
			int group = 0;
			for (int g = c; g < groupEnd; g++) {
				group += width(g);
			}
			if (used + group <= PAGE_CHARS) {
				used += group;
				c = groupEnd;
				continue;
			}
			if (used > keys) {
				// the group does not fit on this page: it starts the next one
				firstEnd = breakBefore(c, firstEnd);
				used = keys;
				continue;
			}
			// a group wider than a page: as many of its columns as fit on each page
			while (c < groupEnd) {
				if (used + width(c) > PAGE_CHARS && used > keys) {
					firstEnd = breakBefore(c, firstEnd);
					used = keys;
				}
				used += width(c++);
			}
		}
		return firstEnd < 0 ? Math.max(columns, 1) : firstEnd;
	}

	private int breakBefore(int col, int firstEnd) {
		sheet.setColumnBreak(col - 1);
		return firstEnd < 0 ? col : firstEnd;
	}

	/** Sheet and period on the left, the sample stamp in the middle, page x of y and the version on the right. */
	/** Writes the footer again in a larger size, for a sheet shrunk to fit its page. */
	void footerPoints(int points) {
		footerPoints = points;
		footer();
	}

	private void footer() {
		Labels l = book.labels();
		ReportBook.Paper p = book.paper();
		Footer f = sheet.getFooter();
		String size = "&" + footerPoints;
		String period = p.period().isEmpty() ? "" : " - " + escape(l.format("footer.period", p.period()));
		f.setLeft(size + "&A" + period);
		if (p.sample()) {
			f.setCenter(size + "&B" + escape(l.get("sample.stamp")));
		}
		f.setRight(size + l.format("footer.page", "&P", "&N") + (p.version().isEmpty() ? "" : " - blk-pipeline "
				+ escape(p.version())));
	}

	/** A literal ampersand in a header or footer is written twice. */
	private static String escape(String s) {
		return s.replace("&", "&&");
	}
}
