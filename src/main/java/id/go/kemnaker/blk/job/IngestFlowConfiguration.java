package id.go.kemnaker.blk.job;

import java.util.function.Function;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.domain.TrainingRecord;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;
import id.go.kemnaker.blk.ingest.CheckedRow;
import id.go.kemnaker.blk.ingest.SourceRow;
import id.go.kemnaker.blk.staging.ParticipantTable;
import id.go.kemnaker.blk.staging.Staged;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * The ingest flow shared by the main job and {@code validate}, top to bottom: record the run and list its
 * inputs; then per dataset a chunk step (read a row, check and map it to the dataset's record, write
 * accepted rows and rejects to the staging tables, {@code blk.chunk-size} rows a transaction) and a step
 * that resolves its duplicates in SQL; then close the ledger. The BLK inventory comes before training,
 * whose rows must name a BLK in it.
 */
@Configuration(proxyBeanMethods = false)
class IngestFlowConfiguration {

	@Bean
	ProvinceCatalog provinceCatalog() {
		return ProvinceCatalog.load();
	}

	@Bean
	Flow ingestFlow(JobRepository jobs, PlatformTransactionManager tx, StagingStore store,
			ParticipantTable participants, ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause) {
		Ingest ingest = new Ingest(jobs, tx, store, provinces, props, pause);
		return new FlowBuilder<SimpleFlow>("ingestFlow")
			.start(tasklet("prepareRun", new PrepareRunTasklet(store), jobs, tx))
			.next(ingest.step(Dataset.LABOUR_FORCE, LabourForceRecord.class, store::insertLabourForce, null))
			.next(tasklet("mergeLabourForce", new DuplicatesTasklet(Dataset.LABOUR_FORCE, store), jobs, tx))
			.next(ingest.step(Dataset.BLK, BlkRecord.class, store::insertBlk, null))
			.next(duplicates("resolveBlkDuplicates", new DuplicatesTasklet(Dataset.BLK, store), jobs, tx))
			.next(ingest.step(Dataset.TRAINING, TrainingRecord.class, (run, rows) -> {
				participants.insert(run, only(rows, ParticipantRecord.class));
				store.insertSummaries(run, only(rows, TrainingSummaryRecord.class));
			}, IngestFlowConfiguration::program))
			.next(duplicates("resolveTrainingDuplicates", new DuplicatesTasklet(Dataset.TRAINING, store), jobs, tx))
			.next(ingest.step(Dataset.DEMAND, DemandRecord.class, store::insertDemand, null))
			.next(duplicates("resolveDemandDuplicates", new DuplicatesTasklet(Dataset.DEMAND, store), jobs, tx))
			.next(tasklet("closeLedger", new LedgerTasklet(store), jobs, tx))
			.build();
	}

	/** Builds the chunk step of a dataset: rows in, records of type {@code R} out. */
	private record Ingest(JobRepository jobs, PlatformTransactionManager tx, StagingStore store,
			ProvinceCatalog provinces, PipelineProperties props, CrashTestPause pause) {

		<R> Step step(Dataset dataset, Class<R> type, StagingWriter.Table<R> table, Function<R, String[]> program) {
			String name = "ingest-" + dataset.folder();
			InputRowReader reader = new InputRowReader(dataset, store, provinces, props.csvCharset());
			StagingWriter<R> writer = new StagingWriter<>(store, table, program);
			return new StepBuilder(name, jobs).<SourceRow, CheckedRow<R>>chunk(props.chunkSize())
				.transactionManager(tx)
				.reader(reader)
				.processor(new CheckRowProcessor<>(type))
				.writer(writer)
				.listener(reader)
				.listener(writer)
				.listener(pause.<CheckedRow<R>>chunks(name))
				.build();
		}
	}

	/** The staged rows whose record is of the given type, as rows of that type. */
	@SuppressWarnings("unchecked")
	private static <T extends TrainingRecord> java.util.List<Staged<T>> only(java.util.List<Staged<TrainingRecord>> rows,
			Class<T> type) {
		return rows.stream().filter(s -> type.isInstance(s.record())).map(s -> (Staged<T>) (Staged<?>) s).toList();
	}

	/** A training record's programme: its case-folded name and its label as first written. */
	private static String[] program(TrainingRecord r) {
		if (r instanceof ParticipantRecord p) {
			return new String[] { p.program(), p.programLabel() };
		}
		TrainingSummaryRecord s = (TrainingSummaryRecord) r;
		return new String[] { s.program(), s.programLabel() };
	}

	/**
	 * A duplicates step: its work commits in parts of its own (see {@code StagingStore.rejectDuplicates}),
	 * so the step itself holds no transaction open around them.
	 */
	private static Step duplicates(String name, Tasklet tasklet, JobRepository jobs, PlatformTransactionManager tx) {
		return new StepBuilder(name, jobs).tasklet(tasklet, tx)
			.transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
			.build();
	}

	static Step tasklet(String name, Tasklet tasklet, JobRepository jobs, PlatformTransactionManager tx) {
		return new StepBuilder(name, jobs).tasklet(tasklet, tx).build();
	}
}
