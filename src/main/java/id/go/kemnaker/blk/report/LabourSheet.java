package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The labour-market sheet: national (one row per province for the report period, the INDONESIA row
 * below) or per province (one row per round present: a trend). Colour scale on TPT.
 */
final class LabourSheet {

	static final List<Indicator> COLUMNS = List.of(Indicator.WORKING_AGE_POPULATION, Indicator.LABOUR_FORCE,
			Indicator.EMPLOYED, Indicator.UNEMPLOYED, Indicator.TPT, Indicator.TPAK, Indicator.YOUTH_LABOUR_FORCE,
			Indicator.YOUTH_UNEMPLOYED, Indicator.YUR);

	private static final List<Indicator> CHANGE = List.of(Indicator.TPT_PREVIOUS_YEAR, Indicator.TPT_YOY);

	private LabourSheet() {
	}

	static void national(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.labour"));
		s.title(l.format("labour.title", r.period(), r.period().minusMonths(12)));
		s.note(l.get("labour.note"));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.province.code")), Col.text(l.get("col.province"))));
		COLUMNS.forEach(i -> cols.add(Cells.col(l, i)));
		CHANGE.forEach(i -> cols.add(Cells.col(l, i)));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("Labour_market", cols);
		s.keyColumns(2);
		for (Province p : ctx.provinces().all()) {
			t.row(row(l, r, Scope.PROVINCE, p.code(), p.code(), p.displayName()).toArray());
		}
		t.end();
		t.row(true, row(l, r, Scope.NATIONAL, "ID", "00", l.get("row.national")).toArray());
		sumOfProvinces(t, l, r, cols.size());
		Formatting.colourScale(t, t.column(Cells.col(l, Indicator.TPT).header()));
		s.finish();
	}

	/**
	 * Below a published INDONESIA row, the TPT and TPAK from the provinces' summed counts, so a reader sees
	 * both and how far apart they are.
	 */
	private static void sumOfProvinces(ReportTable t, Labels l, Results r, int columns) {
		Double tpt = r.value(Scope.NATIONAL, "ID", Indicator.TPT);
		Double tpak = r.value(Scope.NATIONAL, "ID", Indicator.TPAK);
		Double tptSum = r.value(Scope.NATIONAL, "ID", Indicator.TPT_SUM_OF_PROVINCES);
		Double tpakSum = r.value(Scope.NATIONAL, "ID", Indicator.TPAK_SUM_OF_PROVINCES);
		boolean published = r.flag(Scope.NATIONAL, "ID", Indicator.TPT) == Flag.NATIONAL_FROM_TOTAL_ROW
				|| r.flag(Scope.NATIONAL, "ID", Indicator.TPAK) == Flag.NATIONAL_FROM_TOTAL_ROW;
		if (!published || tpt == null || tpak == null || tptSum == null || tpakSum == null) {
			return;
		}
		Object[] row = new Object[columns];
		row[0] = "00";
		row[1] = l.get("row.national.sum");
		row[2 + COLUMNS.indexOf(Indicator.TPT)] = tptSum;
		row[2 + COLUMNS.indexOf(Indicator.TPAK)] = tpakSum;
		row[columns - 1] = l.format("labour.sum.note", difference(tpt, tptSum), difference(tpak, tpakSum));
		t.row(row);
	}

	private static double difference(double published, double computed) {
		return Math.round((published - computed) * 100) / 100.0;
	}

	private static List<Object> row(Labels l, Results r, Scope scope, String key, String code, String name) {
		List<Object> row = new ArrayList<>(List.of(code, name));
		COLUMNS.forEach(i -> row.add(r.value(scope, key, i)));
		CHANGE.forEach(i -> row.add(r.value(scope, key, i)));
		List<Indicator> noted = new ArrayList<>(COLUMNS);
		noted.addAll(CHANGE);
		row.add(Cells.notes(l, r, scope, key, noted));
		return row;
	}

	/** One province over every round present. */
	static void trend(ReportBook book, ReportContext ctx, Province p) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.labour"));
		s.title(l.format("labour.trend.title", p.displayName()));
		s.note(l.get("labour.note"));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.period"))));
		COLUMNS.forEach(i -> cols.add(Cells.col(l, i)));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("Labour_trend", cols);
		s.keyColumns(1);
		List<String> periods = new ArrayList<>();
		List<Double> tpt = new ArrayList<>();
		List<Double> tpak = new ArrayList<>();
		for (String key : r.keys(Scope.PROVINCE_ROUND)) {
			if (!key.startsWith(p.code() + "|")) {
				continue;
			}
			String period = key.substring(3);
			List<Object> row = new ArrayList<>(List.of(period));
			COLUMNS.forEach(i -> row.add(r.value(Scope.PROVINCE_ROUND, key, i)));
			row.add(Cells.notes(l, r, Scope.PROVINCE_ROUND, key, COLUMNS));
			if (!allBlank(row) && Period.parse(period).isPresent()) {
				t.row(row.toArray());
				periods.add(period);
				tpt.add(r.value(Scope.PROVINCE_ROUND, key, Indicator.TPT));
				tpak.add(r.value(Scope.PROVINCE_ROUND, key, Indicator.TPAK));
			}
		}
		t.end();
		int tptCol = t.column(Cells.col(l, Indicator.TPT).header());
		Formatting.colourScale(t, tptCol);
		if (!periods.isEmpty()) {
			Charts.lines(s, l.format("trend.chart.province", p.displayName()), periods.toArray(String[]::new),
					t.dataReference(0), new Charts.Series(l.get("ind.TPT.short"), tpt.toArray(Double[]::new),
							t.dataReference(tptCol)),
					new Charts.Series(l.get("ind.TPAK.short"), tpak.toArray(Double[]::new),
							t.dataReference(t.column(Cells.col(l, Indicator.TPAK).header()))));
		}
		s.finish();
	}

	private static boolean allBlank(List<Object> row) {
		return row.subList(1, row.size() - 1).stream().allMatch(v -> v == null);
	}
}
