package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorEngine;
import id.go.kemnaker.blk.indicator.IndicatorInputs;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.indicator.Results;

/**
 * Writes a small made-up set of workbooks into a scratch folder and deletes them: run while the inputs are
 * read, it loads and compiles the workbook writer (POI, XMLBeans, fonts) so that the report step, at the
 * end of the job, writes at full speed. Nothing it writes is kept or shown; a failure only costs the head
 * start.
 */
public final class ReportWarmUp {

	private static final Period PERIOD = Period.of(2025, 8);

	private ReportWarmUp() {
	}

	/** Writes the national workbook and {@code provinces} province workbooks of made-up figures under {@code scratch}. */
	public static void run(Labels labels, ProvinceCatalog catalog, IndicatorSettings settings, Path scratch, int provinces)
			throws IOException {
		ReportContext ctx = context(labels, catalog, settings);
		Path dir = Files.createTempDirectory(scratch, "warm-up");
		try {
			NationalWorkbook.write(dir.resolve("national.xlsx"), ctx);
			for (Province p : catalog.all().subList(0, Math.min(provinces, catalog.all().size()))) {
				ProvinceWorkbook.write(dir.resolve(p.code() + ".xlsx"), ctx, p);
			}
		}
		finally {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	private static ReportContext context(Labels labels, ProvinceCatalog catalog, IndicatorSettings settings) {
		List<LabourForceRecord> labour = new ArrayList<>();
		List<BlkRecord> blks = new ArrayList<>();
		List<IndicatorInputs.OutcomeCell> outcomes = new ArrayList<>();
		List<IndicatorInputs.DaysCell> days = new ArrayList<>();
		List<DemandRecord> demand = new ArrayList<>();
		Map<String, String> programs = Map.of("las", "Las", "menjahit", "Menjahit", "tik", "TIK");
		int i = 0;
		for (Province p : catalog.all()) {
			i++;
			for (Period round : List.of(Period.of(2024, 8), PERIOD)) {
				long lf = 1_000_000L + 10_000L * i;
				long unemployed = 30_000L + 500L * i + round.year() % 10;
				labour.add(new LabourForceRecord(p.code(), round, lf * 3 / 2, lf, lf - unemployed, unemployed, null,
						null, lf / 5, unemployed / 3));
			}
			for (int b = 0; b < 3; b++) {
				String code = "WARM-" + p.code() + "-" + b;
				blks.add(new BlkRecord(code, "BLK " + code, p.code(), "Kab. " + b, BlkType.values()[b % 3],
						BlkStatus.OPERATING, 200L + 50L * b, null));
				for (String program : programs.keySet()) {
					for (String gender : new String[] { "L", "P" }) {
						outcomes.add(new IndicatorInputs.OutcomeCell(code, program, gender, 40, 36, 30, 32, 18, 4));
						days.add(new IndicatorInputs.DaysCell(code, program, gender, 30 + b, 18));
					}
				}
			}
			demand.add(new DemandRecord(p.code(), PERIOD, false, DemandSource.VACANCY, 500L + i, "Las", null));
		}
		IndicatorInputs inputs = new IndicatorInputs(labour, List.of(), blks, outcomes, days, programs, demand);
		IndicatorEngine engine = new IndicatorEngine(catalog, settings);
		Results results = engine.compute(inputs, PERIOD);
		QualityData quality = new QualityData(List.of(), List.of(), List.of(), List.of());
		RunInfo run = new RunInfo(0, 0, PERIOD.toString(), results.windowStart(), results.windowEnd(), Map.of(), "", "",
				"", LocalDateTime.of(2025, 9, 1, 0, 0));
		return new ReportContext(labels, results, settings, catalog, blks, programs, run, quality, code -> quality);
	}
}
