package id.go.kemnaker.blk.indicator;

import java.util.Locale;

/**
 * How {@code BLK_DEMAND_INDEX} scores a component a province lacks (no vacancy or PSN rows, no counts):
 * a gap in the data must neither raise nor sink a province, so the default is the median.
 */
public enum MissingComponentPolicy {

	/** the median of the normalised values of the provinces that have the component, flagged imputed */
	MEDIAN,
	/** the component is left out for that province and the other weights rescaled to sum to 1 */
	RESCALE,
	/** the component scores 0, flagged imputed */
	ZERO;

	/** The value of {@code blk.missing-component}: {@code median}, {@code rescale} or {@code zero}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The policy of a setting's value, or null when it names none. */
	public static MissingComponentPolicy ofKey(String key) {
		if (key == null) {
			return null;
		}
		String k = key.strip().toLowerCase(Locale.ROOT);
		for (MissingComponentPolicy p : values()) {
			if (p.key().equals(k)) {
				return p;
			}
		}
		return null;
	}
}
