package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Component;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * The BLK demand sheet: one row per province in rank order with every component raw and normalised,
 * the weight used, the index, the recommendation and the planned-BLK mark; weights in a note above; a
 * colour scale on the index and a chart of the recommended provinces.
 */
final class DemandSheet {

	private static final List<Indicator> NORMALISED = List.of(Indicator.NORM_UNEMPLOYED, Indicator.NORM_TPT,
			Indicator.NORM_YUR, Indicator.NORM_UNEMPLOYED_PER_SEAT, Indicator.NORM_DEMAND);

	private DemandSheet() {
	}

	/** Provinces by index rank; those without an index at the end, by code. */
	static List<Province> ranked(ReportContext ctx) {
		Results r = ctx.results();
		return ctx.provinces().all().stream()
			.sorted(Comparator.comparing((Province p) -> r.value(Scope.PROVINCE, p.code(), Indicator.INDEX_RANK),
					Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Province::code))
			.toList();
	}

	static String weights(Labels l, ReportContext ctx) {
		List<String> parts = new ArrayList<>();
		for (Component c : Component.values()) {
			parts.add(l.get("component." + c) + " " + String.format(l.locale(), "%.2f", ctx.settings().weight(c)));
		}
		return String.join("; ", parts);
	}

	static void write(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.demand"));
		s.title(l.format("demand.title", r.period()));
		s.note(l.format("demand.weights", weights(l, ctx), ctx.settings().allocationCount()));
		s.note(l.get("demand.recompute"));
		List<Col> cols = new ArrayList<>(List.of(Cells.col(l, Indicator.INDEX_RANK), Col.text(l.get("col.province.code")),
				Col.text(l.get("col.province")), Cells.col(l, Indicator.UNEMPLOYED), Cells.col(l, Indicator.TPT),
				Cells.col(l, Indicator.YUR), Cells.col(l, Indicator.UNEMPLOYED_PER_SEAT),
				new Col(l.get("col.demand.raw"), Fmt.INT)));
		for (Indicator n : NORMALISED) {
			cols.add(Cells.col(l, n));
		}
		cols.add(Cells.col(l, Indicator.INDEX_WEIGHT_USED));
		cols.add(Cells.col(l, Indicator.BLK_DEMAND_INDEX));
		cols.add(Cells.col(l, Indicator.BLK_ALLOCATION));
		cols.add(Cells.col(l, Indicator.HAS_PLANNED_BLK));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("BLK_demand", cols);
		// rank, code and province on every printed page; raw components, normalised ones, the result
		s.keyColumns(3);
		s.groupStarts(3, 8, 8 + NORMALISED.size());
		List<String> chartNames = new ArrayList<>();
		List<Double> chartValues = new ArrayList<>();
		for (Province p : ranked(ctx)) {
			String c = p.code();
			Double vac = r.value(Scope.PROVINCE, c, Indicator.VACANCIES);
			Double psn = r.value(Scope.PROVINCE, c, Indicator.PSN_WORKERS);
			Double demand = vac == null && psn == null ? null : (vac == null ? 0 : vac) + (psn == null ? 0 : psn);
			List<Object> row = new ArrayList<>(java.util.Arrays.asList(rank(r, c), c, p.displayName()));
			row.add(r.value(Scope.PROVINCE, c, Indicator.UNEMPLOYED));
			row.add(r.value(Scope.PROVINCE, c, Indicator.TPT));
			row.add(r.value(Scope.PROVINCE, c, Indicator.YUR));
			row.add(r.value(Scope.PROVINCE, c, Indicator.UNEMPLOYED_PER_SEAT));
			row.add(demand);
			for (Indicator n : NORMALISED) {
				row.add(r.value(Scope.PROVINCE, c, n));
			}
			row.add(r.value(Scope.PROVINCE, c, Indicator.INDEX_WEIGHT_USED));
			row.add(r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX));
			row.add(Cells.value(l, r, Scope.PROVINCE, c, Indicator.BLK_ALLOCATION));
			row.add(Cells.value(l, r, Scope.PROVINCE, c, Indicator.HAS_PLANNED_BLK));
			row.add(Cells.notes(l, r, Scope.PROVINCE, c, List.of(Indicator.UNEMPLOYED, Indicator.TPT, Indicator.YUR,
					Indicator.UNEMPLOYED_PER_SEAT, Indicator.VACANCIES, Indicator.BLK_DEMAND_INDEX)));
			t.row(row.toArray());
			Double recommended = r.value(Scope.PROVINCE, c, Indicator.BLK_ALLOCATION);
			if (recommended != null && recommended > 0) {
				chartNames.add(p.displayName());
				chartValues.add(r.value(Scope.PROVINCE, c, Indicator.BLK_DEMAND_INDEX));
			}
		}
		t.end();
		int indexCol = t.column(Cells.col(l, Indicator.BLK_DEMAND_INDEX).header());
		Formatting.colourScale(t, indexCol);
		if (!chartNames.isEmpty()) {
			String sheetRef = "'" + s.name().replace("'", "''") + "'!";
			int first = t.firstDataRow() + 1;
			int last = first + chartNames.size() - 1;
			String cats = sheetRef + "$C$" + first + ":$C$" + last;
			String vals = sheetRef + "$" + letters(indexCol) + "$" + first + ":$" + letters(indexCol) + "$" + last;
			Charts.rankedBars(s, l.format("demand.chart", chartNames.size()), chartNames.toArray(String[]::new), cats,
					new Charts.Series(l.get("ind.BLK_DEMAND_INDEX.short"), chartValues.toArray(Double[]::new), vals));
		}
		s.finish();
	}

	private static Object rank(Results r, String code) {
		return r.value(Scope.PROVINCE, code, Indicator.INDEX_RANK);
	}

	private static String letters(int col) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(col);
	}

}
