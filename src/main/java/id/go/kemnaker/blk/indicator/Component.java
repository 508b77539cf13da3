package id.go.kemnaker.blk.indicator;

import java.util.Locale;

/** A component of {@code BLK_DEMAND_INDEX}, with the configuration key of its weight. */
public enum Component {

	UNEMPLOYED("unemployed", 0.25),
	TPT("tpt", 0.20),
	YUR("yur", 0.15),
	UNEMPLOYED_PER_SEAT("unemployed-per-seat", 0.25),
	DEMAND("demand", 0.15);

	private final String key;
	private final double defaultWeight;

	Component(String key, double defaultWeight) {
		this.key = key;
		this.defaultWeight = defaultWeight;
	}

	/** The key under {@code blk.index-weights}: {@code unemployed-per-seat}. */
	public String key() {
		return key;
	}

	public double defaultWeight() {
		return defaultWeight;
	}

	/** Reads a weight key as written in YAML, on the command line or in an environment variable. */
	public static Component ofKey(String key) {
		String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		for (Component c : values()) {
			if (c.key.replace("-", "").equals(k) || c.name().toLowerCase(Locale.ROOT).replace("_", "").equals(k)) {
				return c;
			}
		}
		return null;
	}
}
