package id.go.kemnaker.blk.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorEngine;
import id.go.kemnaker.blk.indicator.IndicatorInputs;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;
import id.go.kemnaker.blk.staging.IndicatorStore;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Chooses the report period and training window, computes every indicator from the staged counts and
 * keeps them for the report step; all in one transaction, so a killed step leaves nothing half done.
 */
class ComputeIndicatorsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ComputeIndicatorsTasklet.class);

	private final IndicatorStore store;
	private final StagingStore staging;
	private final ProvinceCatalog provinces;
	private final PipelineProperties props;
	private final CrashTestPause pause;

	ComputeIndicatorsTasklet(IndicatorStore store, StagingStore staging, ProvinceCatalog provinces,
			PipelineProperties props, CrashTestPause pause) {
		this.store = store;
		this.staging = staging;
		this.provinces = provinces;
		this.props = props;
		this.pause = pause;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws InterruptedException {
		long run = chunk.getStepContext().getJobInstanceId();
		IndicatorSettings settings = props.validate();
		IndicatorEngine engine = new IndicatorEngine(provinces, settings);
		String requested = staging.run(run).requestedPeriod();
		IndicatorInputs labourOnly = new IndicatorInputs(store.labour(run), store.nationalRows(run), List.of(), List.of(),
				List.of(), java.util.Map.of(), List.of());
		Period period = engine.reportPeriod(labourOnly,
				JobParams.LATEST.equals(requested) ? null : Period.parse(requested).orElseThrow());
		LocalDate[] window = engine.window(period);
		Results results = compute(run, engine, labourOnly, period, window);
		store.save(run, results);
		store.saveNotes(run, results.notes());
		pause.at("computeIndicators");
		results.notes().forEach(n -> log.warn("cross-check: {}", n));
		ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		job.putString("report.period", period.toString());
		job.putString("report.window.start", window[0].toString());
		job.putString("report.window.end", window[1].toString());
		job.putInt("report.indicators", results.values().size());
		job.putString("report.headline", headline(results));
		job.putString("report.top", top(results, settings.allocationCount()));
		log.info("indicators for {} (training window {} to {}): {} values", period, window[0], window[1],
				results.values().size());
		return RepeatStatus.FINISHED;
	}

	/** The indicators; the inputs, the largest objects of the step, are left behind before the results are saved. */
	private Results compute(long run, IndicatorEngine engine, IndicatorInputs labourOnly, Period period,
			LocalDate[] window) {
		IndicatorStore.TrainingCells training = store.training(run, engine.previousWindow(period)[0], window[0],
				window[1]);
		IndicatorInputs inputs = new IndicatorInputs(labourOnly.labour(), labourOnly.nationalRows(), store.blks(run),
				training.outcomes(), training.days(), store.programLabels(run), store.demand(run), training.previous());
		return engine.compute(inputs, period);
	}

	/** National TPT, TPAK, placement rate and seats, for the run summary. */
	private static String headline(Results r) {
		return String.format(java.util.Locale.ROOT, "TPT %s, TPAK %s, YUR %s, placement rate %s, %s operating BLK with %s seats",
				pct(r.value(Scope.NATIONAL, "ID", Indicator.TPT)), pct(r.value(Scope.NATIONAL, "ID", Indicator.TPAK)),
				pct(r.value(Scope.NATIONAL, "ID", Indicator.YUR)),
				pct(r.value(Scope.NATIONAL, "ID", Indicator.PLACEMENT_RATE)),
				count(r.value(Scope.NATIONAL, "ID", Indicator.BLK_OPERATING)),
				count(r.value(Scope.NATIONAL, "ID", Indicator.SEATS)));
	}

	/** The recommended provinces in rank order, those with a planned BLK marked. */
	private String top(Results r, int n) {
		List<String> names = new ArrayList<>();
		provinces.all().stream()
			.filter(p -> r.value(Scope.PROVINCE, p.code(), Indicator.INDEX_RANK) != null)
			.sorted(Comparator.comparing(p -> r.value(Scope.PROVINCE, p.code(), Indicator.INDEX_RANK)))
			.limit(n)
			.forEach(p -> names.add(p.displayName()
					+ (Double.valueOf(1.0).equals(r.value(Scope.PROVINCE, p.code(), Indicator.HAS_PLANNED_BLK)) ? " (planned)" : "")));
		return String.join(", ", names);
	}

	private static String pct(Double v) {
		return v == null ? "blank" : String.format(java.util.Locale.ROOT, "%.2f%%", v);
	}

	private static String count(Double v) {
		return v == null ? "?" : String.format(java.util.Locale.ROOT, "%,d", Math.round(v));
	}
}
