package id.go.kemnaker.blk.job;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.indicator.IndicatorSettings;

/**
 * The {@code blk.*} settings of {@code application.yml}, overridable on the command line
 * ({@code --blk.lang=en}) and by environment variables ({@code BLK_LANG=en}).
 *
 * @param input the input folder, one sub-folder per dataset
 * @param output the output folder, one sub-folder per report period
 * @param state where the embedded database keeps its files
 * @param lang report language: {@code id} or {@code en}
 * @param period report period {@code YYYY-MM}; empty for the latest labour-force round in the inputs
 * @param missingComponent how the demand index scores a missing component: {@code median}, {@code rescale}
 *     or {@code zero}
 * @param csvCharset {@code auto}, {@code UTF-8} or {@code windows-1252}
 * @param chunkSize rows staged per transaction
 */
@ConfigurationProperties("blk")
public record PipelineProperties(Path input, Path output, Path state, String lang, String period,
		int trainingWindowMonths, int allocationCount, double placementThreshold, Map<String, Double> indexWeights,
		String missingComponent, String csvCharset, int chunkSize, Schedule schedule) {

	public record Schedule(String cron, String zone) {
	}

	public PipelineProperties {
		indexWeights = indexWeights == null ? Map.of() : Map.copyOf(indexWeights);
		lang = lang == null || lang.isBlank() ? "id" : lang.strip().toLowerCase(Locale.ROOT);
		period = period == null ? "" : period.strip();
		missingComponent = missingComponent == null || missingComponent.isBlank() ? "median" : missingComponent.strip();
		csvCharset = csvCharset == null || csvCharset.isBlank() ? "auto" : csvCharset.strip();
		if (chunkSize <= 0) {
			chunkSize = 10000;
		}
	}

	/** Checks every setting before any work is done; throws naming the first bad one. */
	public IndicatorSettings validate() {
		if (!lang.equals("id") && !lang.equals("en")) {
			throw new InvalidSettingException("blk.lang", "must be id or en, not '" + lang + "'");
		}
		if (!period.isEmpty() && !period.matches("\\d{4}-\\d{2}")) {
			throw new InvalidSettingException("blk.period", "must be YYYY-MM (for example 2025-08), not '" + period + "'");
		}
		if (!period.isEmpty()) {
			requestedPeriod();
		}
		if (!csvCharset.equalsIgnoreCase("auto")) {
			try {
				java.nio.charset.Charset.forName(csvCharset);
			}
			catch (RuntimeException e) {
				throw new InvalidSettingException("blk.csv-charset", "unknown character set '" + csvCharset + "'");
			}
		}
		if (input == null) {
			throw new InvalidSettingException("blk.input", "the input folder is not set");
		}
		if (output == null) {
			throw new InvalidSettingException("blk.output", "the output folder is not set");
		}
		return IndicatorSettings.of(indexWeights, allocationCount, trainingWindowMonths, placementThreshold,
				missingComponent);
	}

	/** The requested report period, or null for "the latest labour-force round". */
	public Period requestedPeriod() {
		if (period.isEmpty()) {
			return null;
		}
		return Period.parse(period).orElseThrow(
				() -> new InvalidSettingException("blk.period", "must be YYYY-MM (for example 2025-08), not '" + period + "'"));
	}

	public Locale locale() {
		return Locale.forLanguageTag(lang);
	}
}
