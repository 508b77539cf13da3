package id.go.kemnaker.blk.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.staging.IndicatorStore;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * The main job ({@code run}), top to bottom: the ingest flow (list, stage and check every input, close
 * the ledger), then compute the indicators, then write the 39 workbooks and the rejects file (a chunk step
 * whose items are the files, written side by side), then move them into place together.
 */
@Configuration(proxyBeanMethods = false)
class BlkJobConfiguration {

	static final String JOB_NAME = "blkJob";

	/** Report files written at the same time: each is independent, and most of the time goes to zipping XML. */
	/** The national workbook, the rejects file and the 38 province workbooks. */
	private static final int REPORT_FILES = 40;

	private static final int REPORT_WRITERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() + 1));

	@Bean
	Job blkJob(JobRepository jobs, PlatformTransactionManager tx, Flow ingestFlow, IndicatorStore indicators,
			StagingStore staging, ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause) {
		return new JobBuilder(JOB_NAME, jobs)
			.start(ingestFlow)
			.next(IngestFlowConfiguration.tasklet("computeIndicators",
					new ComputeIndicatorsTasklet(indicators, staging, provinces, props, pause), jobs, tx))
			.next(writeReports(jobs, tx, new ReportWriter(indicators, staging, provinces, props, pause)))
			.next(IngestFlowConfiguration.tasklet("publishReports",
					new PublishReportsTasklet(indicators, staging, provinces), jobs, tx))
			.end()
			.build();
	}

	private static Step writeReports(JobRepository jobs, PlatformTransactionManager tx, ReportWriter reports) {
		SimpleAsyncTaskExecutor writers = new SimpleAsyncTaskExecutor("report-");
		writers.setConcurrencyLimit(REPORT_WRITERS);
		// one chunk of all the files: written side by side without waiting, chunk by chunk, for the largest
		return new StepBuilder("writeReports", jobs).<ReportFile, ReportFile>chunk(REPORT_FILES)
			.transactionManager(tx)
			.reader(reports)
			.processor(reports)
			.writer(chunk -> {
			})
			.taskExecutor(writers)
			.listener(reports)
			.build();
	}
}
