package id.go.kemnaker.blk.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of computed values, half up: rates and ratios to two decimals (the precision BPS publishes;
 * reports show one), normalised components to four. Values are rounded once, where they are computed,
 * and every later step uses the rounded value so that a reader can recompute any row from the cells.
 */
public final class Rounding {

	private Rounding() {
	}

	public static Double percent(long numerator, long denominator) {
		if (denominator <= 0) {
			return null;
		}
		return round(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP), 2);
	}

	public static Double ratio(long numerator, long denominator) {
		if (denominator <= 0) {
			return null;
		}
		return round(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP), 2);
	}

	public static double round(double v, int decimals) {
		return round(new BigDecimal(Double.toString(v)), decimals);
	}

	private static double round(BigDecimal v, int decimals) {
		return v.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	static Double unit(Indicator.Unit unit, Double v) {
		if (v == null) {
			return null;
		}
		return switch (unit) {
			case COUNT, FLAG -> (double) Math.round(v);
			case RATE, POINTS, RATIO, INDEX -> round(v, 2);
			case DAYS -> round(v, 1);
			case NORMALISED -> round(v, 4);
		};
	}
}
