package id.go.kemnaker.blk.indicator;

/**
 * One computed value: scope and key (what it describes), indicator, gender ({@code T} total, {@code L},
 * {@code P}), the value (null when blank) and a flag saying why it is blank or how it was obtained.
 */
public record IndicatorValue(Scope scope, String key, Indicator indicator, String gender, Double value, Flag flag) {

	public static final String TOTAL = "T";

	public static IndicatorValue of(Scope scope, String key, Indicator indicator, Double value) {
		return new IndicatorValue(scope, key, indicator, TOTAL, value, null);
	}

	public static IndicatorValue blank(Scope scope, String key, Indicator indicator, Flag flag) {
		return new IndicatorValue(scope, key, indicator, TOTAL, null, flag);
	}
}
