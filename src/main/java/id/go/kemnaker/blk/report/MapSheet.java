package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The map sheet: a tile-grid cartogram of the 38 provinces, one tile (two cells high) per province at a
 * fixed place that follows the islands west to east, filled by demand-index quintile and showing the
 * province's abbreviation and rank. Drawn with cells and fills so it prints, filters and copies like
 * any sheet; a province without an index gets a blank tile saying so, never a colour.
 */
final class MapSheet {

	/** Grid place (row, column) of each province by BPS code: Sumatra in the west, Papua in the east. */
	static final Map<String, int[]> PLACES = Map.ofEntries(Map.entry("11", new int[] { 0, 0 }),
			Map.entry("12", new int[] { 1, 1 }), Map.entry("21", new int[] { 1, 3 }), Map.entry("65", new int[] { 1, 7 }),
			Map.entry("75", new int[] { 1, 9 }), Map.entry("71", new int[] { 1, 10 }), Map.entry("82", new int[] { 1, 11 }),
			Map.entry("13", new int[] { 2, 1 }), Map.entry("14", new int[] { 2, 2 }), Map.entry("61", new int[] { 2, 6 }),
			Map.entry("64", new int[] { 2, 7 }), Map.entry("72", new int[] { 2, 9 }), Map.entry("92", new int[] { 2, 12 }),
			Map.entry("91", new int[] { 2, 13 }), Map.entry("94", new int[] { 2, 14 }), Map.entry("17", new int[] { 3, 1 }),
			Map.entry("15", new int[] { 3, 2 }), Map.entry("62", new int[] { 3, 6 }), Map.entry("63", new int[] { 3, 7 }),
			Map.entry("76", new int[] { 3, 8 }), Map.entry("73", new int[] { 3, 9 }), Map.entry("81", new int[] { 3, 11 }),
			Map.entry("96", new int[] { 3, 13 }), Map.entry("97", new int[] { 3, 14 }), Map.entry("16", new int[] { 4, 2 }),
			Map.entry("19", new int[] { 4, 3 }), Map.entry("74", new int[] { 4, 10 }), Map.entry("95", new int[] { 4, 14 }),
			Map.entry("18", new int[] { 5, 3 }), Map.entry("36", new int[] { 6, 4 }), Map.entry("31", new int[] { 6, 5 }),
			Map.entry("32", new int[] { 6, 6 }), Map.entry("33", new int[] { 6, 7 }), Map.entry("35", new int[] { 6, 8 }),
			Map.entry("51", new int[] { 6, 9 }), Map.entry("52", new int[] { 6, 10 }), Map.entry("53", new int[] { 6, 11 }),
			Map.entry("34", new int[] { 7, 7 }));

	static final int GRID_ROWS = 8;

	/** Characters of a tile's width: 15 tiles fill one printed A4 landscape page. */
	private static final int TILE_WIDTH = 6;

	static final int GRID_COLUMNS = 15;

	/** Quintile fills, highest need first: dark red to pale yellow (readable in grey print too). */
	private static final String[] FILLS = { "B2182B", "EF8A62", "FDDBC7", "F7F7C3", "D1E5F0" };

	private static final String NO_DATA_FILL = "FFFFFF";

	private MapSheet() {
	}

	/** Quintile 1 (highest index) to 5 of a rank among {@code ranked} provinces. */
	static int quintile(int rank, int ranked) {
		return (rank - 1) * 5 / ranked + 1;
	}

	static void write(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.map"));
		s.title(l.format("map.title", r.period()));
		s.note(l.format("map.note", ctx.settings().allocationCount()));
		s.gap();
		List<Province> ranked = ctx.provinces().all().stream()
			.filter(p -> rank(r, p.code()) != null)
			.sorted(Comparator.comparing((Province p) -> rank(r, p.code())))
			.toList();
		Styles styles = new Styles(book);
		Province[][] grid = new Province[GRID_ROWS][GRID_COLUMNS];
		for (Province p : ctx.provinces().all()) {
			int[] at = PLACES.get(p.code());
			if (at != null) {
				grid[at[0]][at[1]] = p;
			}
		}
		for (int gr = 0; gr < GRID_ROWS; gr++) {
			Row top = s.newRow();
			Row bottom = s.newRow();
			top.setHeightInPoints(18);
			bottom.setHeightInPoints(16);
			for (int gc = 0; gc < GRID_COLUMNS; gc++) {
				Province p = grid[gr][gc];
				if (p == null) {
					continue;
				}
				Integer rank = rank(r, p.code());
				Double index = r.value(Scope.PROVINCE, p.code(), Indicator.BLK_DEMAND_INDEX);
				if (rank == null || index == null) {
					tile(top, bottom, gc, abbreviation(p), l.get("map.nodata"), styles.noData(true), styles.noData(false));
				}
				else {
					int q = quintile(rank, ranked.size());
					tile(top, bottom, gc, abbreviation(p), rank, styles.tile(q, true), styles.tile(q, false));
				}
			}
		}
		for (int gc = 0; gc < GRID_COLUMNS; gc++) {
			s.track(gc, TILE_WIDTH);
		}
		s.gap();
		legend(s, l, r, ranked, styles);
		s.gap();
		s.note(l.get("map.source"));
		s.finish();
	}

	private static void legend(ReportSheet s, Labels l, Results r, List<Province> ranked, Styles styles) {
		s.note(l.get("map.legend"));
		List<List<Province>> quintiles = new ArrayList<>();
		for (int q = 0; q < 5; q++) {
			quintiles.add(new ArrayList<>());
		}
		for (Province p : ranked) {
			quintiles.get(quintile(rank(r, p.code()), ranked.size()) - 1).add(p);
		}
		for (int q = 1; q <= 5; q++) {
			List<Province> in = quintiles.get(q - 1);
			if (in.isEmpty()) {
				continue;
			}
			Row row = s.newRow();
			Cell swatch = row.createCell(0);
			swatch.setCellValue("Q" + q);
			swatch.setCellStyle(styles.tile(q, true));
			Province first = in.get(0);
			Province last = in.get(in.size() - 1);
			String text = l.format("map.legend.quintile", q, rank(r, first.code()), rank(r, last.code()),
					index(r, last), index(r, first));
			Cell c = row.createCell(1);
			c.setCellValue(text);
		}
		Row row = s.newRow();
		Cell swatch = row.createCell(0);
		swatch.setCellStyle(styles.noData(true));
		row.createCell(1).setCellValue(l.get("map.legend.nodata"));
	}

	private static void tile(Row top, Row bottom, int col, String name, Object second, CellStyle topStyle,
			CellStyle bottomStyle) {
		Cell a = top.createCell(col);
		a.setCellValue(name);
		a.setCellStyle(topStyle);
		Cell b = bottom.createCell(col);
		if (second instanceof Integer i) {
			b.setCellValue(i);
		}
		else {
			b.setCellValue(second.toString());
		}
		b.setCellStyle(bottomStyle);
	}

	/** The catalogue's abbreviation (upper case, as on maps); the name when the catalogue has none. */
	static String abbreviation(Province p) {
		String a = p.abbreviation();
		return a == null || a.isEmpty() ? p.displayName() : a.toUpperCase(java.util.Locale.ROOT);
	}

	private static Integer rank(Results r, String code) {
		Double v = r.value(Scope.PROVINCE, code, Indicator.INDEX_RANK);
		return v == null ? null : v.intValue();
	}

	private static double index(Results r, Province p) {
		Double v = r.value(Scope.PROVINCE, p.code(), Indicator.BLK_DEMAND_INDEX);
		return v == null ? Double.NaN : v;
	}

	/** The few fill styles of the map, made once per sheet. */
	private static final class Styles {

		private final CellStyle[] top = new CellStyle[5];
		private final CellStyle[] bottom = new CellStyle[5];
		private final CellStyle noDataTop;
		private final CellStyle noDataBottom;

		Styles(ReportBook book) {
			for (int q = 0; q < 5; q++) {
				boolean dark = q < 1;
				top[q] = style(book, FILLS[q], true, dark, true, "@");
				bottom[q] = style(book, FILLS[q], false, dark, false, "\"#\"0");
			}
			noDataTop = style(book, NO_DATA_FILL, true, false, true, "@");
			noDataBottom = style(book, NO_DATA_FILL, false, false, false, "@");
		}

		CellStyle tile(int quintile, boolean first) {
			return first ? top[quintile - 1] : bottom[quintile - 1];
		}

		CellStyle noData(boolean first) {
			return first ? noDataTop : noDataBottom;
		}

		private static CellStyle style(ReportBook book, String rgb, boolean first, boolean dark, boolean bold,
				String format) {
			XSSFCellStyle st = (XSSFCellStyle) book.workbook().createCellStyle();
			if (!rgb.equals(NO_DATA_FILL)) {
				st.setFillForegroundColor(new XSSFColor(hex(rgb), null));
				st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			st.setAlignment(HorizontalAlignment.CENTER);
			st.setVerticalAlignment(first ? VerticalAlignment.BOTTOM : VerticalAlignment.TOP);
			st.setShrinkToFit(true);
			st.setBorderLeft(BorderStyle.THIN);
			st.setBorderRight(BorderStyle.THIN);
			if (first) {
				st.setBorderTop(BorderStyle.THIN);
			}
			else {
				st.setBorderBottom(BorderStyle.THIN);
			}
			st.setDataFormat(book.workbook().createDataFormat().getFormat(format));
			XSSFFont font = (XSSFFont) book.workbook().createFont();
			font.setBold(bold);
			font.setFontHeightInPoints((short) 9);
			if (dark) {
				font.setColor(new XSSFColor(hex("FFFFFF"), null));
			}
			st.setFont(font);
			return st;
		}

		private static byte[] hex(String rgb) {
			return new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
					(byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16) };
		}
	}
}
