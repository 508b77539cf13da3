package id.go.kemnaker.blk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Facts about the run for the metadata sheet: identifiers, period, training window, the configuration
 * that changes results (never a password), folders, version and time.
 */
public record RunInfo(long runId, long jobExecutionId, String period, LocalDate windowStart, LocalDate windowEnd,
		Map<String, String> configuration, String inputDir, String outputDir, String version,
		LocalDateTime generatedAt) {

	public RunInfo {
		configuration = Map.copyOf(configuration);
	}
}
