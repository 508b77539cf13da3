package id.go.kemnaker.blk.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/**
 * The computed indicators of a report period, looked up by scope, key, indicator and gender. Also
 * carries the training window, the settings used and the cross-check notes.
 */
public final class Results {

	private final Period period;
	private final LocalDate windowStart;
	private final LocalDate windowEnd;
	private final List<IndicatorValue> values;
	/**
	 * Per scope and key, the values by indicator and gender ({@link #slot}): a report looks up 150,000
	 * values, with two hash lookups of a String whose hash is known and no key object each.
	 */
	private final Map<Scope, Map<String, IndicatorValue[]>> index = new EnumMap<>(Scope.class);
	/** Values of a gender other than T, L and P, or without a scope or indicator, should there be any. */
	private final Map<Id, IndicatorValue> others = new HashMap<>();
	private final Map<Scope, Set<String>> keys = new LinkedHashMap<>();
	private final Map<Scope, List<IndicatorValue>> blanks = new HashMap<>();
	/** The cross-checks of the national totals, for the data-quality warnings. */
	private final List<Message> notes;

	public Results(Period period, LocalDate windowStart, LocalDate windowEnd, List<IndicatorValue> values,
			List<Message> notes) {
		this.period = period;
		this.windowStart = windowStart;
		this.windowEnd = windowEnd;
		this.values = List.copyOf(values);
		this.notes = List.copyOf(notes);
		for (IndicatorValue v : this.values) {
			int slot = slot(v.indicator(), v.gender());
			if (slot < 0 || v.scope() == null) {
				others.put(new Id(v.scope(), v.key(), v.indicator(), v.gender()), v);
			}
			else {
				index.computeIfAbsent(v.scope(), k -> new HashMap<>())
					.computeIfAbsent(v.key(), k -> new IndicatorValue[SLOTS])[slot] = v;
			}
			keys.computeIfAbsent(v.scope(), k -> new LinkedHashSet<>()).add(v.key());
			if (v.value() == null && v.flag() != null) {
				blanks.computeIfAbsent(v.scope(), k -> new ArrayList<>()).add(v);
			}
		}
	}

	private record Id(Scope scope, String key, Indicator indicator, String gender) {
	}

	private static final int SLOTS = Indicator.values().length * 3;

	/** Where a value sits in its key's array: indicator, then T, L, P; -1 for any other gender. */
	private static int slot(Indicator indicator, String gender) {
		if (indicator == null || gender == null) {
			return -1;
		}
		int g = switch (gender) {
			case IndicatorValue.TOTAL -> 0;
			case "L" -> 1;
			case "P" -> 2;
			default -> -1;
		};
		return g < 0 ? -1 : indicator.ordinal() * 3 + g;
	}

	public Period period() {
		return period;
	}

	public LocalDate windowStart() {
		return windowStart;
	}

	public LocalDate windowEnd() {
		return windowEnd;
	}

	public List<IndicatorValue> values() {
		return values;
	}

	public List<Message> notes() {
		return notes;
	}

	public IndicatorValue get(Scope scope, String key, Indicator indicator, String gender) {
		int slot = slot(indicator, gender);
		if (slot < 0 || scope == null) {
			return others.get(new Id(scope, key, indicator, gender));
		}
		Map<String, IndicatorValue[]> byKey = index.get(scope);
		IndicatorValue[] slots = byKey == null ? null : byKey.get(key);
		return slots == null ? null : slots[slot];
	}

	/** The value, or null when blank or not computed. */
	public Double value(Scope scope, String key, Indicator indicator) {
		return value(scope, key, indicator, IndicatorValue.TOTAL);
	}

	public Double value(Scope scope, String key, Indicator indicator, String gender) {
		IndicatorValue v = get(scope, key, indicator, gender);
		return v == null ? null : v.value();
	}

	public Flag flag(Scope scope, String key, Indicator indicator) {
		IndicatorValue v = get(scope, key, indicator, IndicatorValue.TOTAL);
		return v == null ? null : v.flag();
	}

	/** The keys of a scope, in the order computed. */
	public Set<String> keys(Scope scope) {
		return Collections.unmodifiableSet(keys.getOrDefault(scope, Set.of()));
	}

	/** Blank values with the reason, for the data-quality sheet. */
	public List<IndicatorValue> blanks(Scope scope) {
		return Collections.unmodifiableList(blanks.getOrDefault(scope, List.of()));
	}
}
