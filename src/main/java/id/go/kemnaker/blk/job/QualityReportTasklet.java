package id.go.kemnaker.blk.job;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.staging.StagingStore;
import id.go.kemnaker.blk.report.Labels;
import id.go.kemnaker.blk.report.QualityData;
import id.go.kemnaker.blk.report.QualityWorkbook;
import id.go.kemnaker.blk.report.RejectsCsv;

/**
 * The last step of {@code validate}: writes {@code kualitas-data-<name>.xlsx} and
 * {@code rejects-<name>.csv} to {@code output/<period or "validasi">/}.
 */
class QualityReportTasklet implements Tasklet {

	static final String VALIDATION_FOLDER = "validasi";

	private static final Logger log = LoggerFactory.getLogger(QualityReportTasklet.class);

	private final StagingStore store;
	private final PipelineProperties props;

	QualityReportTasklet(StagingStore store, PipelineProperties props) {
		this.store = store;
		this.props = props;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
		long id = chunk.getStepContext().getJobInstanceId();
		StagingStore.Run run = store.run(id);
		String name = JobParams.LATEST.equals(run.requestedPeriod()) ? VALIDATION_FOLDER : run.requestedPeriod();
		Path folder = Path.of(run.outputDir()).resolve(name);
		Labels labels = Labels.of(JobParams.locale(chunk.getStepContext().getStepExecution(), props));
		IndicatorSettings settings = props.validate();
		QualityData quality = store.qualities(id, List.of(), code -> List.of()).get(null);
		Path workbook = folder.resolve("kualitas-data-" + name + ".xlsx");
		Path rejects = folder.resolve("rejects-" + name + ".csv");
		long n;
		try {
			QualityWorkbook.write(workbook, labels, quality,
					RunInfoFactory.create(chunk.getStepContext().getStepExecution(), props, settings, null, null, null),
					action -> store.forEachReject(id, null, action));
			n = RejectsCsv.write(rejects, labels, action -> store.forEachReject(id, null, action));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot write the data-quality report to " + folder + ": "
					+ e.getMessage(), e);
		}
		chunk.getStepContext().getStepExecution().getExecutionContext().putString("report.workbook", workbook.toString());
		chunk.getStepContext().getStepExecution().getExecutionContext().putString("report.rejects", rejects.toString());
		chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putInt("report.workbooks", 1);
		log.info("wrote {} and {} ({} rejected rows)", workbook, rejects, n);
		return RepeatStatus.FINISHED;
	}
}
