package id.go.kemnaker.blk.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.indicator.Results;

/**
 * What the workbooks of a run are written from: the computed indicators, the settings, the province
 * catalogue, the BLK inventory and programme names for labels, the data quality (national, and per
 * province) and the run's metadata.
 */
public record ReportContext(Labels labels, Results results, IndicatorSettings settings, ProvinceCatalog provinces,
		List<BlkRecord> blks, Map<String, String> programLabels, RunInfo run, QualityData quality,
		Function<String, QualityData> provinceQuality) {

	public ReportContext {
		blks = List.copyOf(blks);
		programLabels = Map.copyOf(programLabels);
	}
}
