package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/**
 * Training outcome sheets (by province, BLK, programme). Each row has the outcome indicators in total,
 * then a shorter block for men (L) and for women (P); placement rates below the threshold are
 * highlighted.
 */
final class PlacementSheets {

	static final List<Indicator> TOTAL = List.of(Indicator.PARTICIPANTS, Indicator.GRADUATES, Indicator.CERTIFIED,
			Indicator.TRACED, Indicator.PLACED, Indicator.SELF_EMPLOYED, Indicator.COMPLETION_RATE,
			Indicator.CERTIFICATION_RATE, Indicator.TRACED_RATE, Indicator.PLACEMENT_RATE,
			Indicator.PLACEMENT_RATE_TRACED, Indicator.SELF_EMPLOYED_SHARE, Indicator.DAYS_TO_PLACEMENT,
			Indicator.FEMALE_SHARE);

	static final List<Indicator> BY_GENDER = List.of(Indicator.PARTICIPANTS, Indicator.GRADUATES,
			Indicator.COMPLETION_RATE, Indicator.CERTIFICATION_RATE, Indicator.PLACEMENT_RATE,
			Indicator.DAYS_TO_PLACEMENT);

	/** Graduates under which a rate is "n kecil" (the indicators flag it SMALL_N): shown, never called low. */
	static final int SMALL_N = 20;

	private PlacementSheets() {
	}

	private static List<Col> outcomeCols(Labels l) {
		List<Col> cols = new ArrayList<>();
		for (Indicator i : TOTAL) {
			cols.add(Cells.col(l, i));
		}
		for (String g : List.of("L", "P")) {
			for (Indicator i : BY_GENDER) {
				cols.add(Cells.col(l, i, g));
			}
		}
		return cols;
	}

	private static List<Object> outcomeValues(Labels l, Results r, Scope scope, String key) {
		List<Object> values = new ArrayList<>();
		for (Indicator i : TOTAL) {
			values.add(Cells.value(l, r, scope, key, i));
		}
		for (String g : List.of("L", "P")) {
			for (Indicator i : BY_GENDER) {
				values.add(Cells.value(l, r, scope, key, i, g));
			}
		}
		return values;
	}

	private static String outcomeNotes(Labels l, Results r, Scope scope, String key) {
		if (r.value(scope, key, Indicator.PARTICIPANTS) == null) {
			return l.get("flag.NO_PARTICIPANTS");
		}
		return Cells.notes(l, r, scope, key, TOTAL);
	}

	/** Placement rates below the threshold, except those over fewer graduates than {@link #SMALL_N}. */
	private static void highlight(ReportTable t, Labels l, double threshold) {
		Formatting.highlightBelow(t, t.column(Cells.col(l, Indicator.PLACEMENT_RATE).header()), threshold,
				t.column(Cells.col(l, Indicator.GRADUATES).header()), SMALL_N);
		for (String g : List.of("L", "P")) {
			Formatting.highlightBelow(t, t.column(Cells.col(l, Indicator.PLACEMENT_RATE, g).header()), threshold,
					t.column(Cells.col(l, Indicator.GRADUATES, g).header()), SMALL_N);
		}
	}

	/** One row per province, the national row below, and a chart of placement rates. */
	static void byProvince(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.placement.province"));
		s.title(l.format("placement.title", r.windowStart(), r.windowEnd()));
		s.note(l.format("placement.note", format(ctx.settings().placementThreshold())) + " "
				+ l.format("placement.smalln", SMALL_N));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.province.code")), Col.text(l.get("col.province"))));
		cols.addAll(outcomeCols(l));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("Placement_province", cols);
		s.keyColumns(2);
		groups(s, 2);
		List<Province> provinces = ctx.provinces().all();
		String[] names = new String[provinces.size()];
		Double[] rates = new Double[provinces.size()];
		for (int i = 0; i < provinces.size(); i++) {
			Province p = provinces.get(i);
			List<Object> row = new ArrayList<>(List.of(p.code(), p.displayName()));
			row.addAll(outcomeValues(l, r, Scope.PROVINCE, p.code()));
			row.add(outcomeNotes(l, r, Scope.PROVINCE, p.code()));
			t.row(row.toArray());
			names[i] = p.displayName();
			rates[i] = r.value(Scope.PROVINCE, p.code(), Indicator.PLACEMENT_RATE);
		}
		t.end();
		// the chart's references stop at the last province: the national row below is no province
		String nameRef = t.dataReference(1);
		int rateCol = t.column(Cells.col(l, Indicator.PLACEMENT_RATE).header());
		String rateRef = t.dataReference(rateCol);
		List<Object> national = new ArrayList<>(List.of("00", l.get("row.national")));
		national.addAll(outcomeValues(l, r, Scope.NATIONAL, "ID"));
		national.add(outcomeNotes(l, r, Scope.NATIONAL, "ID"));
		t.row(true, national.toArray());
		highlight(t, l, ctx.settings().placementThreshold());
		Double[] threshold = new Double[names.length];
		java.util.Arrays.fill(threshold, ctx.settings().placementThreshold());
		String thresholdRef = s.hiddenColumn(cols.size() + 1, t.firstDataRow(), threshold);
		Charts.barsWithThreshold(s, l.get("placement.chart"), names, nameRef,
				new Charts.Series(l.get("ind.PLACEMENT_RATE.short"), rates, rateRef),
				new Charts.Series(l.format("placement.chart.threshold", format(ctx.settings().placementThreshold())),
						threshold, thresholdRef));
		s.finish();
	}

	/** One row per BLK of the inventory (all of them, or one province's), with its province and type. */
	static void byBlk(ReportBook book, ReportContext ctx, String provinceCode) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.placement.blk"));
		s.title(l.format("placement.title.blk", r.windowStart(), r.windowEnd()));
		s.note(l.format("placement.note", format(ctx.settings().placementThreshold())) + " "
				+ l.format("placement.smalln", SMALL_N));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.blk.code")), Col.text(l.get("col.blk.name")),
				Col.text(l.get("col.province.code")), Col.text(l.get("col.province")), Col.text(l.get("col.regency")),
				Col.text(l.get("col.type")), Col.text(l.get("col.blk.status")), Col.integer(l.get("col.capacity")),
				Cells.col(l, Indicator.CAPACITY_USE)));
		cols.addAll(outcomeCols(l));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("Placement_BLK", cols);
		s.keyColumns(2);
		s.groupStarts(2);
		groups(s, 8);
		List<BlkRecord> blks = ctx.blks().stream()
			.filter(b -> provinceCode == null || b.provinceCode().equals(provinceCode))
			.sorted(Comparator.comparing(BlkRecord::provinceCode).thenComparing(BlkRecord::code))
			.toList();
		for (BlkRecord b : blks) {
			List<Object> row = new ArrayList<>(List.of(b.code(), b.name(), b.provinceCode(),
					ctx.provinces().get(b.provinceCode()).displayName()));
			row.add(b.regency());
			row.add(l.get("type." + b.type()));
			row.add(l.get("blkstatus." + b.status()));
			row.add(b.annualCapacity());
			row.add(r.value(Scope.BLK, b.code(), Indicator.CAPACITY_USE));
			row.addAll(outcomeValues(l, r, Scope.BLK, b.code()));
			row.add(outcomeNotes(l, r, Scope.BLK, b.code()));
			t.row(row.toArray());
		}
		t.end();
		highlight(t, l, ctx.settings().placementThreshold());
		s.finish();
	}

	/** One row per programme: national ({@code provinceCode} null) or within one province. */
	static void byProgram(ReportBook book, ReportContext ctx, String provinceCode) {
		Labels l = book.labels();
		Results r = ctx.results();
		ReportSheet s = book.sheet(l.get("sheet.placement.program"));
		s.title(l.format("placement.title.program", r.windowStart(), r.windowEnd()));
		s.note(l.format("placement.note", format(ctx.settings().placementThreshold())) + " "
				+ l.format("placement.smalln", SMALL_N));
		List<Col> cols = new ArrayList<>(List.of(Col.text(l.get("col.program"))));
		cols.addAll(outcomeCols(l));
		cols.add(Col.text(l.get("row.notes")));
		ReportTable t = s.table("Placement_programme", cols);
		s.keyColumns(1);
		groups(s, 1);
		Scope scope = provinceCode == null ? Scope.PROGRAM : Scope.PROVINCE_PROGRAM;
		Map<String, String> labels = ctx.programLabels();
		List<String> keys = r.keys(scope).stream()
			.filter(k -> provinceCode == null || k.startsWith(provinceCode + "|"))
			.sorted(Comparator.comparing(k -> label(labels, program(k))))
			.toList();
		for (String key : keys) {
			List<Object> row = new ArrayList<>();
			row.add(label(labels, program(key)));
			row.addAll(outcomeValues(l, r, scope, key));
			row.add(outcomeNotes(l, r, scope, key));
			t.row(row.toArray());
		}
		t.end();
		highlight(t, l, ctx.settings().placementThreshold());
		s.finish();
	}

	/** Printed pages split between the totals, the men's and the women's blocks (from {@code first}). */
	private static void groups(ReportSheet s, int first) {
		s.groupStarts(first, first + TOTAL.size(), first + TOTAL.size() + BY_GENDER.size(),
				first + TOTAL.size() + 2 * BY_GENDER.size());
	}

	private static String program(String key) {
		int bar = key.indexOf('|');
		return bar < 0 ? key : key.substring(bar + 1);
	}

	private static String label(Map<String, String> labels, String program) {
		return labels.getOrDefault(program, program);
	}

	static String format(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
	}

}
