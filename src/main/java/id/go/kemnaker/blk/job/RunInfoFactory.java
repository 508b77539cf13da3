package id.go.kemnaker.blk.job;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.batch.core.step.StepExecution;

import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.report.RunInfo;

/** Builds the metadata of a run for its workbooks. Only result-changing settings are listed; never secrets. */
final class RunInfoFactory {

	private RunInfoFactory() {
	}

	static RunInfo create(StepExecution step, PipelineProperties props, IndicatorSettings settings, String period,
			LocalDate windowStart, LocalDate windowEnd) {
		Map<String, Object> params = step.getJobExecution().getJobParameters().parameters().stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.name(), p -> p.value()));
		Map<String, String> config = new LinkedHashMap<>();
		config.put("blk.lang", JobParams.locale(step, props).getLanguage());
		config.put("blk.period", String.valueOf(params.get(JobParams.PERIOD)));
		config.put(IndicatorSettings.WINDOW, Integer.toString(settings.windowMonths()));
		config.put(IndicatorSettings.ALLOCATION, Integer.toString(settings.allocationCount()));
		config.put(IndicatorSettings.THRESHOLD, Double.toString(settings.placementThreshold()));
		settings.weights().forEach((c, w) -> config.put(IndicatorSettings.WEIGHTS + "." + c.key(), Double.toString(w)));
		config.put(IndicatorSettings.MISSING_COMPONENT, settings.missingComponent().key());
		config.put("blk.csv-charset", props.csvCharset());
		config.put(JobParams.INPUT_FINGERPRINT, String.valueOf(params.get(JobParams.INPUT_FINGERPRINT)));
		config.put(JobParams.CONFIG_FINGERPRINT, String.valueOf(params.get(JobParams.CONFIG_FINGERPRINT)));
		return new RunInfo(step.getJobExecution().getJobInstance().getInstanceId(), step.getJobExecution().getId(),
				period, windowStart, windowEnd, config, String.valueOf(params.get(JobParams.INPUT_DIR)),
				String.valueOf(params.get(JobParams.OUTPUT_DIR)), version(), LocalDateTime.now().withNano(0));
	}

	/** The application version from the build information, or {@code dev} when run from the IDE. */
	static String version() {
		try (InputStream in = RunInfoFactory.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return "dev";
			}
			Properties p = new Properties();
			p.load(in);
			return p.getProperty("build.version", "dev");
		}
		catch (IOException e) {
			return "dev";
		}
	}
}
