package id.go.kemnaker.blk.report;

import java.util.List;

import id.go.kemnaker.blk.indicator.Indicator;

/** The methodology sheet: every indicator with its ID, name, formula, unit and source. */
final class MethodSheet {

	private MethodSheet() {
	}

	static void write(ReportBook book, ReportContext ctx) {
		Labels l = book.labels();
		ReportSheet s = book.sheet(l.get("sheet.method"));
		// ID, name, formula, unit and source side by side on one page width (4 x 24 + the widest unit, 19, in
		// English), long texts wrapped: split by columns, the notes above the table were cut at the repeated ID
		// column on every later page
		s.maxWidth(22);
		s.title(l.get("method.title"));
		s.note(l.get("method.rules"));
		s.note(l.format("demand.weights", DemandSheet.weights(l, ctx), ctx.settings().allocationCount()));
		s.note(missingComponent(l, ctx));
		int n = ctx.settings().allocationCount();
		s.note(l.format("method.stability", Integer.toString(n), Integer.toString(n + 1)));
		ReportTable t = s.table("Method", List.of(Col.text(l.get("col.id")), Col.text(l.get("col.name")),
				Col.text(l.get("col.formula")), Col.text(l.get("col.unit")), Col.text(l.get("col.source"))));
		for (Indicator i : Indicator.values()) {
			t.row(i.name(), l.get("ind." + i + ".name"), l.get("ind." + i + ".formula"), l.get("unit." + i.unit()),
					l.get("ind." + i + ".source"));
		}
		t.end();
		// the indicator ID on every printed page of columns
		s.keyColumns(1);
		s.finish();
	}

	/** The missing-component policy in use, with what it does and the other choices. */
	static String missingComponent(Labels l, ReportContext ctx) {
		String key = ctx.settings().missingComponent().key();
		return l.format("demand.missing-component", key, l.get("policy." + key));
	}
}
