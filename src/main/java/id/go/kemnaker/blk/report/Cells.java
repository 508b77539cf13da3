package id.go.kemnaker.blk.report;

import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.IndicatorValue;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;

/** Indicator values as cells: the number format of each unit, headers, and the notes of a row. */
final class Cells {

	private Cells() {
	}

	static Fmt fmt(Indicator i) {
		return switch (i.unit()) {
			case COUNT -> Fmt.INT;
			case DAYS -> Fmt.DEC1;
			case RATE, POINTS, RATIO, INDEX -> Fmt.DEC2;
			case NORMALISED -> Fmt.DEC4;
			case FLAG -> Fmt.TEXT;
		};
	}

	static Col col(Labels l, Indicator i) {
		return new Col(l.get("ind." + i + ".short"), fmt(i));
	}

	static Col col(Labels l, Indicator i, String gender) {
		String suffix = IndicatorValue.TOTAL.equals(gender) ? "" : " " + l.get("col.gender." + gender);
		return new Col(l.get("ind." + i + ".short") + suffix, fmt(i));
	}

	/** The value for a cell: a number, Ya/Tidak for a flag indicator, or null (blank). */
	static Object value(Labels l, Results r, Scope scope, String key, Indicator i, String gender) {
		Double v = r.value(scope, key, i, gender);
		if (v == null) {
			return null;
		}
		if (i.unit() == Indicator.Unit.FLAG) {
			return v > 0 ? l.get("yes") : l.get("no");
		}
		return v;
	}

	static Object value(Labels l, Results r, Scope scope, String key, Indicator i) {
		return value(l, r, scope, key, i, IndicatorValue.TOTAL);
	}

	/** The notes of a row: each indicator's flag that is worth saying, as {@code TPT: angka terbitan}. */
	static String notes(Labels l, Results r, Scope scope, String key, List<Indicator> indicators) {
		List<String> parts = new ArrayList<>();
		for (Indicator i : indicators) {
			IndicatorValue v = r.get(scope, key, i, IndicatorValue.TOTAL);
			if (v == null || v.flag() == null) {
				continue;
			}
			String text = l.get("ind." + i + ".short") + ": " + l.get("flag." + v.flag());
			if (!parts.contains(text)) {
				parts.add(text);
			}
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	static String flagText(Labels l, Flag f) {
		return f == null ? null : l.get("flag." + f);
	}
}
