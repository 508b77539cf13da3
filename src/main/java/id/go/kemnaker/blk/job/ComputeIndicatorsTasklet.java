package id.go.kemnaker.blk.job;

import java.time.LocalDate;

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
import id.go.kemnaker.blk.indicator.Results;

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

	ComputeIndicatorsTasklet(IndicatorStore store, StagingStore staging, ProvinceCatalog provinces,
			PipelineProperties props) {
		this.store = store;
		this.staging = staging;
		this.provinces = provinces;
		this.props = props;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		IndicatorSettings settings = props.validate();
		IndicatorEngine engine = new IndicatorEngine(provinces, settings);
		String requested = staging.run().requestedPeriod();
		IndicatorInputs labourOnly = new IndicatorInputs(store.labour(), store.nationalRows(), java.util.List.of(),
				java.util.List.of(), java.util.List.of(), java.util.Map.of(), java.util.List.of());
		Period period = engine.reportPeriod(labourOnly,
				JobParams.LATEST.equals(requested) ? null : Period.parse(requested).orElseThrow());
		LocalDate[] window = engine.window(period);
		IndicatorInputs inputs = new IndicatorInputs(labourOnly.labour(), labourOnly.nationalRows(), store.blks(),
				store.outcomes(window[0], window[1]), store.days(window[0], window[1]), store.programLabels(),
				store.demand());
		Results results = engine.compute(inputs, period);
		store.save(results);
		store.saveNotes(results.notes());
		results.notes().forEach(n -> log.warn("cross-check: {}", n));
		ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		job.putString("report.period", period.toString());
		job.putString("report.window.start", window[0].toString());
		job.putString("report.window.end", window[1].toString());
		job.putInt("report.indicators", results.values().size());
		log.info("indicators for {} (training window {} to {}): {} values", period, window[0], window[1],
				results.values().size());
		return RepeatStatus.FINISHED;
	}
}
