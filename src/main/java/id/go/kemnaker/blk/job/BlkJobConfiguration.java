package id.go.kemnaker.blk.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * The main job ({@code run}), top to bottom: the ingest flow (list, stage and check every input, close
 * the ledger), then compute the indicators, then write the workbooks and the rejects file. Once a large
 * participant set is read, the workbook writer is warmed up on the core the single-threaded steps leave
 * free ({@link ReportWarmUpListener}).
 */
@Configuration(proxyBeanMethods = false)
class BlkJobConfiguration {

	static final String JOB_NAME = "blkJob";

	@Bean
	ReportWarmUpListener reportWarmUp(ProvinceCatalog provinces, PipelineProperties props,
			StagedParticipants participants, @Value("${blk.debug.report-warm-up:true}") boolean enabled) {
		return new ReportWarmUpListener(provinces, props, participants, enabled);
	}

	@Bean
	Job blkJob(JobRepository jobs, PlatformTransactionManager tx, Flow ingestFlow, IndicatorStore indicators,
			StagingStore staging, ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause,
			ReportWarmUpListener warmUp) {
		return new JobBuilder(JOB_NAME, jobs)
			.start(ingestFlow)
			.next(IngestFlowConfiguration.tasklet("computeIndicators",
					new ComputeIndicatorsTasklet(indicators, staging, provinces, props, pause, warmUp), jobs, tx))
			.next(IngestFlowConfiguration.tasklet("writeReports",
					new WriteReportsTasklet(indicators, staging, provinces, props, pause, warmUp), jobs, tx))
			.end()
			.build();
	}
}
