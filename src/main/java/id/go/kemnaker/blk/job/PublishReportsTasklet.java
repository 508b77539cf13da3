package id.go.kemnaker.blk.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.report.AtomicFiles;
import id.go.kemnaker.blk.staging.IndicatorStore;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Moves the report files that {@code writeReports} wrote complete under hidden names into place, all
 * together once all are written, so that a failed run never leaves a mix of old and new reports; records
 * where they are for the run summary.
 */
class PublishReportsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PublishReportsTasklet.class);

	private final IndicatorStore store;
	private final StagingStore staging;
	private final ProvinceCatalog provinces;

	PublishReportsTasklet(IndicatorStore store, StagingStore staging, ProvinceCatalog provinces) {
		this.store = store;
		this.staging = staging;
		this.provinces = provinces;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		long run = chunk.getStepContext().getJobInstanceId();
		String period = store.period(run);
		List<ReportFile> files = ReportFiles.of(Path.of(staging.run(run).outputDir()), period, provinces);
		try {
			for (ReportFile f : files) {
				if (!Files.exists(f.pending()) && Files.exists(f.target())) {
					continue; // moved by an earlier attempt of this step
				}
				AtomicFiles.commit(f.pending(), f.target());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot move the reports into " + files.get(0).target().getParent() + ": "
					+ e.getMessage(), e);
		}
		StepExecution step = chunk.getStepContext().getStepExecution();
		ExecutionContext ctx = step.getExecutionContext();
		Path national = files.get(0).target();
		ctx.putString("report.national", national.toString());
		ctx.putString("report.provinces", national.getParent().resolve("provinsi").toString());
		ctx.putString("report.rejects", files.get(1).target().toString());
		step.getJobExecution().getExecutionContext().putInt("report.workbooks", files.size() - 1);
		log.info("wrote {} workbooks and {} to {}", files.size() - 1, files.get(1).target().getFileName(),
				national.getParent());
		return RepeatStatus.FINISHED;
	}
}
