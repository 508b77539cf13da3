package id.go.kemnaker.blk.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.LabourForceMerger;
import id.go.kemnaker.blk.staging.DuplicateKeys;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * After a dataset is staged: rows with the same key are counted once when identical and all rejected
 * when they disagree (found in SQL over the staged key hashes, {@link DuplicateKeys}, decided by
 * {@link DuplicateResolver}). Labour-force rows of the same province and round from several files are
 * merged field by field instead, and checked against each other. One transaction: a killed step leaves
 * nothing half done.
 */
class DuplicatesTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DuplicatesTasklet.class);

	private final Dataset dataset;
	private final StagingStore store;

	DuplicatesTasklet(Dataset dataset, StagingStore store) {
		this.dataset = dataset;
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		long run = chunk.getStepContext().getJobInstanceId();
		if (dataset == Dataset.LABOUR_FORCE) {
			LabourForceMerger.Result result = LabourForceMerger.merge(store.labourForceRows(run));
			store.rejectMerged(run, result.rejected());
			store.insertMergeWarnings(run, result.warnings());
			log.info("{}: {} province-rounds, {} duplicate rows rejected, {} cross-check warnings", dataset.folder(),
					result.merged().size(), result.rejected().size(), result.warnings().size());
			return RepeatStatus.FINISHED;
		}
		int rejected = 0;
		for (DuplicateKeys.Table table : DuplicateKeys.Table.of(dataset)) {
			rejected += store.rejectDuplicates(run, table);
		}
		if (rejected > 0) {
			log.info("{}: {} duplicate rows rejected", dataset.folder(), rejected);
		}
		return RepeatStatus.FINISHED;
	}
}
