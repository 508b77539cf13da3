package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * The wide layout of BPS table downloads: one row per province, one column per Sakernas round. Title
 * rows above name the measure ("Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)"); the header is
 * a row of years (merged over their months) above a row of months ({@code Februari}, {@code Agustus},
 * {@code November}; a {@code Tahunan} column is ignored), or a single row of periods ({@code Agustus 2025});
 * {@code -} means no data; {@code INDONESIA} is the last row; notes such as {@code Sumber: BPS} follow.
 */
final class WideLayout {

	/** What the table's values are, and which field of a labour-force record they fill. */
	enum Measure {
		TPT(true), TPAK(true), WORKING_AGE_POPULATION(false), LABOUR_FORCE(false), UNEMPLOYED(false), EMPLOYED(false);

		final boolean rate;

		Measure(boolean rate) {
			this.rate = rate;
		}
	}

	/** A recognised wide header: where the provinces and the periods are, and what is measured. */
	record Header(ColumnMap columns, Measure measure, long scale, Map<String, Period> periods, Message description) {
	}

	private WideLayout() {
	}

	static String periodColumn(Period p) {
		return "period " + p;
	}

	/** The wide header among the first rows of a sheet, or null (with the reason in {@code why}). */
	static Header detect(List<RawRow> head, ProvinceCatalog catalog, List<Message> why) {
		for (int i = 0; i < head.size(); i++) {
			RawRow row = head.get(i);
			Map<Integer, Period> periods = singleRowPeriods(row);
			RawRow headerRow = row;
			if (periods.isEmpty() && i + 1 < head.size() && hasYears(row)) {
				periods = yearAndMonthPeriods(row, head.get(i + 1));
				headerRow = head.get(i + 1);
			}
			if (periods.isEmpty()) {
				continue;
			}
			int firstPeriodColumn = periods.keySet().stream().min(Integer::compare).orElseThrow();
			List<RawRow> data = new ArrayList<>();
			for (RawRow r : head) {
				if (r.number() > headerRow.number()) {
					data.add(r);
				}
			}
			int provinceColumn = provinceColumn(data, firstPeriodColumn, catalog);
			if (provinceColumn < 0) {
				why.add(Message.of("msg.wide.no-provinces", headerRow.number()));
				return null;
			}
			StringBuilder text = new StringBuilder();
			for (RawRow r : head) {
				if (r.number() > headerRow.number()) {
					break;
				}
				for (int c = 0; c < r.width(); c++) {
					if (r.kind(c) == RawRow.TEXT) {
						text.append(' ').append(r.value(c));
					}
				}
			}
			Measure measure = measure(text.toString());
			if (measure == null) {
				why.add(Message.of("msg.wide.no-measure", headerRow.number()));
				return null;
			}
			String lower = text.toString().toLowerCase(Locale.ROOT);
			long scale = !measure.rate && (lower.contains("ribu") || lower.contains("thousand")) ? 1000 : 1;
			Map<String, Integer> index = new HashMap<>();
			Map<String, String> headerText = new HashMap<>();
			Map<String, Period> byColumn = new LinkedHashMap<>();
			index.put("province", provinceColumn);
			headerText.put("province", "provinsi");
			for (var e : periods.entrySet()) {
				String name = periodColumn(e.getValue());
				if (index.containsKey(name)) {
					why.add(Message.of("msg.wide.period-twice", e.getValue()));
					return null;
				}
				index.put(name, e.getKey());
				headerText.put(name, e.getValue().toString());
				byColumn.put(name, e.getValue());
			}
			ColumnMap map = new ColumnMap(Layout.LABOUR_FORCE_WIDE, headerRow.number(), index, headerText);
			Message description = Message.of("msg.sheet.read-wide", Message.of("msg.measure." + measure.name()),
					scale > 1 ? 1 : 0, periods.size(), headerRow.number());
			return new Header(map, measure, scale, byColumn, description);
		}
		return null;
	}

	private static String text(RawRow row, int c) {
		String v = row.value(c);
		if (v == null) {
			return null;
		}
		if (row.kind(c) == RawRow.NUMBER && v.endsWith(".0")) {
			v = v.substring(0, v.length() - 2);
		}
		return v.strip();
	}

	/**
	 * Header cells that are periods by themselves: {@code Agustus 2025}, {@code 2025-08}. At least two, so
	 * that a data row of a long table (one period cell) is never taken for a header.
	 */
	private static Map<Integer, Period> singleRowPeriods(RawRow row) {
		Map<Integer, Period> periods = new LinkedHashMap<>();
		for (int c = 0; c < row.width(); c++) {
			String t = text(row, c);
			if (t == null || row.kind(c) != RawRow.TEXT || Values.year(t) != null) {
				continue;
			}
			int col = c;
			Period.parse(t).ifPresent(p -> periods.put(col, p));
		}
		return periods.size() >= 2 ? periods : Map.of();
	}

	private static boolean hasYears(RawRow row) {
		for (int c = 0; c < row.width(); c++) {
			String t = text(row, c);
			if (t != null && Values.year(t) != null) {
				return true;
			}
		}
		return false;
	}

	/** Months under years; a year merged over several columns is in the first of them only. */
	private static Map<Integer, Period> yearAndMonthPeriods(RawRow years, RawRow months) {
		Map<Integer, Period> periods = new LinkedHashMap<>();
		for (int c = 0; c < months.width(); c++) {
			String m = text(months, c);
			Integer month = m == null ? null : Period.monthNumber(m);
			if (month == null) {
				continue;
			}
			Integer year = null;
			for (int y = c; y >= 0 && year == null; y--) {
				String t = text(years, y);
				if (t != null) {
					year = Values.year(t);
					if (year == null) {
						break;
					}
				}
			}
			if (year != null) {
				periods.put(c, Period.of(year, month));
			}
		}
		return periods;
	}

	/** The column left of the periods whose cells are mostly province names (or INDONESIA). */
	private static int provinceColumn(List<RawRow> data, int firstPeriodColumn, ProvinceCatalog catalog) {
		int best = -1;
		int bestHits = 0;
		for (int c = 0; c < firstPeriodColumn; c++) {
			int hits = 0;
			for (RawRow r : data) {
				String t = text(r, c);
				if (t != null && (catalog.byName(t).isPresent() || ProvinceCatalog.isTotalLabel(t))) {
					hits++;
				}
			}
			if (hits > bestHits) {
				best = c;
				bestHits = hits;
			}
		}
		return best;
	}

	/** The measure named in the title or header, Indonesian or English; the more specific names first. */
	static Measure measure(String title) {
		String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
		if (t.contains("tingkat pengangguran terbuka") || t.contains(" tpt ") || t.contains("unemployment rate")) {
			return Measure.TPT;
		}
		if (t.contains("tingkat partisipasi angkatan kerja") || t.contains(" tpak ") || t.contains("participation rate")) {
			return Measure.TPAK;
		}
		if (t.contains("usia kerja") || t.contains("penduduk berumur 15") || t.contains("working age")) {
			return Measure.WORKING_AGE_POPULATION;
		}
		if (t.contains("pengangguran") || t.contains("penganggur") || t.contains("unemployed")) {
			return Measure.UNEMPLOYED;
		}
		if (t.contains("angkatan kerja") || t.contains("labour force") || t.contains("labor force")) {
			return Measure.LABOUR_FORCE;
		}
		if (t.contains("bekerja") || t.contains(" employed")) {
			return Measure.EMPLOYED;
		}
		return null;
	}
}
