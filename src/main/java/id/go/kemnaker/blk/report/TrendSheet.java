package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.util.CellReference;

import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The national trend sheet: TPT and TPAK of every province (and INDONESIA) in every round the inputs
 * hold, one column per round; the placement rate of this training window beside the previous window of
 * the same length; and a line chart of the national TPT and TPAK over the rounds.
 */
final class TrendSheet {

	private TrendSheet() {
	}

	/** Every round with labour-force figures, national or of a province, in time order. */
	static List<String> rounds(Results r) {
		TreeSet<Period> rounds = new TreeSet<>();
		r.keys(Scope.NATIONAL_ROUND).forEach(k -> Period.parse(k).ifPresent(rounds::add));
		for (String key : r.keys(Scope.PROVINCE_ROUND)) {
			int bar = key.indexOf('|');
			Period.parse(key.substring(bar + 1)).ifPresent(rounds::add);
		}
		return rounds.stream().map(Period::toString).toList();
	}

	static void write(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		List<String> rounds = rounds(r);
		ReportSheet s = book.sheet(l.get("sheet.trend"));
		s.title(l.get("trend.title"));
		s.note(l.format("trend.note", r.windowStart(), r.windowEnd()));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.province.code")), Col.text(l.get("col.province"))));
		for (Indicator i : List.of(Indicator.TPT, Indicator.TPAK)) {
			for (String round : rounds) {
				cols.add(Col.rate(l.get("ind." + i + ".short") + " " + round));
			}
		}
		cols.add(Cells.col(l, Indicator.PLACEMENT_RATE));
		cols.add(Cells.col(l, Indicator.PLACEMENT_RATE_PREVIOUS));
		cols.add(Col.of(l.get("col.change.points"), Fmt.DEC2));
		ReportTable t = s.table("Trend", cols);
		s.keyColumns(2);
		s.groupStarts(2, 2 + rounds.size(), 2 + 2 * rounds.size());
		for (Province p : ctx.provinces().all()) {
			t.row(row(r, rounds, Scope.PROVINCE_ROUND, p.code() + "|", Scope.PROVINCE, p.code(), p.code(), p.displayName())
				.toArray());
		}
		t.row(true, row(r, rounds, Scope.NATIONAL_ROUND, "", Scope.NATIONAL, "ID", "00", l.get("row.national")).toArray());
		t.end();
		if (!rounds.isEmpty()) {
			Formatting.colourScale(t, 2 + rounds.size() - 1);
		}
		nationalChart(s, l, r, rounds, t);
		s.finish();
	}

	private static List<Object> row(Results r, List<String> rounds, Scope roundScope, String prefix, Scope scope,
			String key, String code, String name) {
		List<Object> row = new ArrayList<>(List.of(code, name));
		for (Indicator i : List.of(Indicator.TPT, Indicator.TPAK)) {
			for (String round : rounds) {
				row.add(r.value(roundScope, prefix + round, i));
			}
		}
		Double now = r.value(scope, key, Indicator.PLACEMENT_RATE);
		Double before = r.value(scope, key, Indicator.PLACEMENT_RATE_PREVIOUS);
		row.add(now);
		row.add(before);
		row.add(now == null || before == null ? null : Math.round((now - before) * 100) / 100.0);
		return row;
	}

	/**
	 * National TPT (left axis) and TPAK (right axis) over the rounds that have a national figure. The
	 * series refer to the INDONESIA row when those rounds are all the table's rounds; otherwise (a round
	 * only some provinces have) the chart holds the values themselves, so that no gap breaks the line.
	 */
	private static void nationalChart(ReportSheet s, Labels l, Results r, List<String> rounds, ReportTable t) {
		List<String> shown = new ArrayList<>();
		List<Double> tpt = new ArrayList<>();
		List<Double> tpak = new ArrayList<>();
		for (String round : rounds) {
			Double a = r.value(Scope.NATIONAL_ROUND, round, Indicator.TPT);
			Double b = r.value(Scope.NATIONAL_ROUND, round, Indicator.TPAK);
			if (a != null || b != null) {
				shown.add(round);
				tpt.add(a);
				tpak.add(b);
			}
		}
		if (shown.isEmpty()) {
			return;
		}
		boolean all = shown.size() == rounds.size();
		int national = t.lastRow();
		String sheet = "'" + s.name().replace("'", "''") + "'!";
		String tptRef = all ? sheet + range(national, 2, 2 + rounds.size() - 1) : null;
		String tpakRef = all ? sheet + range(national, 2 + rounds.size(), 2 + 2 * rounds.size() - 1) : null;
		Charts.lines(s, l.get("trend.chart.national"), shown.toArray(String[]::new), null,
				new Charts.Series(l.get("ind.TPT.short"), tpt.toArray(Double[]::new), tptRef),
				new Charts.Series(l.get("ind.TPAK.short"), tpak.toArray(Double[]::new), tpakRef));
	}

	private static String range(int row, int first, int last) {
		return new CellReference(row, first, true, true).formatAsString(false) + ":"
				+ new CellReference(row, last, true, true).formatAsString(false);
	}
}
