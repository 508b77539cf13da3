package id.go.kemnaker.blk.job;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * The ingest flow shared by the main job and {@code validate}, top to bottom: list the inputs, stage each
 * dataset (a chunk step each; a chunk is about {@code blk.chunk-size} rows, handed over in blocks) and
 * resolve its duplicates, then close the ledger. The BLK inventory comes
 * before training, whose rows must name a BLK in it. Once the participant rows are read, the JVM's
 * optimising compiler is stopped for the rest of a one-job process ({@link CompilerAfterReadListener}).
 */
@Configuration(proxyBeanMethods = false)
class IngestFlowConfiguration {

	@Bean
	ProvinceCatalog provinceCatalog() {
		return ProvinceCatalog.load();
	}

	@Bean
	CompilerAfterReadListener compilerAfterRead(@Value("${blk.debug.compiler-after-read:true}") boolean enabled) {
		return new CompilerAfterReadListener(enabled);
	}

	@Bean
	Flow ingestFlow(JobRepository jobs, PlatformTransactionManager tx, StagingStore store,
			StagedParticipants participants, ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause,
			ReportWarmUpListener warmUp, CompilerAfterReadListener compilerAfterRead) {
		return new FlowBuilder<SimpleFlow>("ingestFlow")
			.start(tasklet("prepareRun", new PrepareRunTasklet(store, participants), jobs, tx))
			.next(ingest(Dataset.LABOUR_FORCE, jobs, tx, store, participants, provinces, props, pause))
			.next(tasklet("mergeLabourForce", new DuplicatesTasklet(Dataset.LABOUR_FORCE, store, participants), jobs, tx))
			.next(ingest(Dataset.BLK, jobs, tx, store, participants, provinces, props, pause))
			.next(tasklet("resolveBlkDuplicates", new DuplicatesTasklet(Dataset.BLK, store, participants), jobs, tx))
			.next(ingest(Dataset.TRAINING, jobs, tx, store, participants, provinces, props, pause, warmUp,
					compilerAfterRead))
			.next(tasklet("resolveTrainingDuplicates", new DuplicatesTasklet(Dataset.TRAINING, store, participants), jobs,
					tx))
			.next(ingest(Dataset.DEMAND, jobs, tx, store, participants, provinces, props, pause))
			.next(tasklet("resolveDemandDuplicates", new DuplicatesTasklet(Dataset.DEMAND, store, participants), jobs, tx))
			.next(tasklet("closeLedger", new LedgerTasklet(store, participants), jobs, tx))
			.build();
	}

	/**
	 * One chunk step per dataset: every file's rows, checked, into the staging tables (participants: a
	 * file). The {@code after} listeners hear when the step ends.
	 */
	private static Step ingest(Dataset dataset, JobRepository jobs, PlatformTransactionManager tx, StagingStore store,
			StagedParticipants participants, ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause,
			StepExecutionListener... after) {
		String name = "ingest-" + dataset.folder();
		int block = Math.min(IngestBlock.SIZE, props.chunkSize());
		var step = new StepBuilder(name, jobs)
			.<IngestBlock, IngestBlock>chunk(Math.max(1, props.chunkSize() / block))
			.transactionManager(tx)
			.reader(new DatasetReader(dataset, store, provinces, props.csvCharset(), block))
			.writer(new StagingWriter(store, participants))
			.listener(pause.<IngestBlock>chunks(name));
		for (StepExecutionListener listener : after) {
			step.listener(listener);
		}
		return step.build();
	}

	static Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet, JobRepository jobs,
			PlatformTransactionManager tx) {
		return new StepBuilder(name, jobs).tasklet(tasklet, tx).build();
	}
}
