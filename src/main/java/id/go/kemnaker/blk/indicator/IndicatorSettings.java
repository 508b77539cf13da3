package id.go.kemnaker.blk.indicator;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.go.kemnaker.blk.domain.InvalidSettingException;

/**
 * The settings that change indicator results: index weights (must sum to 1), how many provinces are
 * recommended for a new BLK, the training window in months, the placement rate below which a cell
 * is highlighted, and how the index scores a component a province lacks. Built only through {@link #of},
 * which rejects bad values naming the setting.
 */
public record IndicatorSettings(Map<Component, Double> weights, int allocationCount, int windowMonths,
		double placementThreshold, MissingComponentPolicy missingComponent) {

	public static final String WEIGHTS = "blk.index-weights";
	public static final String ALLOCATION = "blk.allocation-count";
	public static final String WINDOW = "blk.training-window-months";
	public static final String THRESHOLD = "blk.placement-threshold";
	public static final String MISSING_COMPONENT = "blk.missing-component";

	public IndicatorSettings {
		weights = Map.copyOf(weights);
	}

	public static IndicatorSettings defaults() {
		return of(Map.of(), 22, 12, 60.0);
	}

	/**
	 * @param weightsByKey weights as configured, by key ({@code unemployed-per-seat}); a component not
	 *     named keeps its default weight
	 */
	public static IndicatorSettings of(Map<String, Double> weightsByKey, int allocationCount, int windowMonths,
			double placementThreshold) {
		return of(weightsByKey, allocationCount, windowMonths, placementThreshold, MissingComponentPolicy.MEDIAN.key());
	}

	/** As {@link #of(Map, int, int, double)}, with {@code blk.missing-component} as configured. */
	public static IndicatorSettings of(Map<String, Double> weightsByKey, int allocationCount, int windowMonths,
			double placementThreshold, String missingComponent) {
		MissingComponentPolicy policy = missingComponent == null || missingComponent.isBlank()
				? MissingComponentPolicy.MEDIAN : MissingComponentPolicy.ofKey(missingComponent);
		if (policy == null) {
			throw new InvalidSettingException(MISSING_COMPONENT, "must be median, rescale or zero, not '"
					+ missingComponent + "'");
		}
		Map<Component, Double> weights = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			weights.put(c, c.defaultWeight());
		}
		for (var e : weightsByKey.entrySet()) {
			Component c = Component.ofKey(e.getKey());
			if (c == null) {
				throw new InvalidSettingException(WEIGHTS + "." + e.getKey(), "unknown component; known: "
						+ Arrays.stream(Component.values()).map(Component::key).collect(Collectors.joining(", ")));
			}
			Double w = e.getValue();
			if (w == null || w.isNaN() || w < 0) {
				throw new InvalidSettingException(WEIGHTS + "." + c.key(), "a weight must be a number >= 0, not " + w);
			}
			weights.put(c, w);
		}
		double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		if (Math.abs(sum - 1.0) > 1e-9) {
			throw new InvalidSettingException(WEIGHTS, String.format(java.util.Locale.ROOT,
					"the weights must sum to 1, they sum to %.4f (%s)", sum, weights));
		}
		if (allocationCount < 1 || allocationCount > 38) {
			throw new InvalidSettingException(ALLOCATION, "must be between 1 and 38, not " + allocationCount);
		}
		if (windowMonths < 1 || windowMonths > 120) {
			throw new InvalidSettingException(WINDOW, "must be between 1 and 120 months, not " + windowMonths);
		}
		if (Double.isNaN(placementThreshold) || placementThreshold < 0 || placementThreshold > 100) {
			throw new InvalidSettingException(THRESHOLD, "must be a percentage between 0 and 100, not " + placementThreshold);
		}
		return new IndicatorSettings(weights, allocationCount, windowMonths, placementThreshold, policy);
	}

	public double weight(Component c) {
		return weights.get(c);
	}

	/** A stable text of the settings, for the configuration fingerprint and the metadata sheet. */
	public String describe() {
		StringBuilder sb = new StringBuilder();
		for (Component c : Component.values()) {
			sb.append(c.key()).append('=').append(weights.get(c)).append(';');
		}
		return sb.append("allocation=").append(allocationCount).append(";window=").append(windowMonths)
			.append(";threshold=").append(placementThreshold).append(";missing-component=")
			.append(missingComponent.key()).toString();
	}
}
