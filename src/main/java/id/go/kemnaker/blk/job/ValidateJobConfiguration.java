package id.go.kemnaker.blk.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import id.go.kemnaker.blk.staging.StagingStore;

/** {@code validate}: the ingest flow, then the data-quality workbook and the rejects file. */
@Configuration(proxyBeanMethods = false)
class ValidateJobConfiguration {

	static final String JOB_NAME = "validateJob";

	@Bean
	Job validateJob(JobRepository jobs, PlatformTransactionManager tx, Flow ingestFlow, StagingStore store,
			PipelineProperties props) {
		return new JobBuilder(JOB_NAME, jobs)
			.start(ingestFlow)
			.next(IngestFlowConfiguration.tasklet("writeQualityReport", new QualityReportTasklet(store, props), jobs, tx))
			.end()
			.build();
	}
}
