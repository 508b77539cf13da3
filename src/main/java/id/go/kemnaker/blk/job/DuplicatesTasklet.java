package id.go.kemnaker.blk.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.LabourForceMerger;

/**
 * After a dataset is staged: rows with the same key are counted once when identical and all rejected
 * when they disagree. Labour-force rows of the same province and round from several files are merged
 * field by field instead, and checked against each other.
 */
class DuplicatesTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DuplicatesTasklet.class);

	private final Dataset dataset;
	private final StagingStore store;

	private final StagedParticipants participants;

	DuplicatesTasklet(Dataset dataset, StagingStore store, StagedParticipants participants) {
		this.dataset = dataset;
		this.store = store;
		this.participants = participants;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		if (dataset == Dataset.LABOUR_FORCE) {
			LabourForceMerger.Result result = LabourForceMerger.merge(store.labourForceRows());
			store.reject("stg_labour_force", dataset, result.rejected());
			store.insertMergeWarnings(result.warnings());
			log.info("{}: {} province-rounds, {} duplicate rows rejected, {} cross-check warnings", dataset.folder(),
					result.merged().size(), result.rejected().size(), result.warnings().size());
			return RepeatStatus.FINISHED;
		}
		int rejected = dataset == Dataset.TRAINING ? participants.resolveDuplicates() : 0;
		for (String table : StagingStore.dedupTables(dataset)) {
			List<DuplicateResolver.Decision> decisions = DuplicateResolver.resolve(store.duplicateCandidates(table));
			store.reject(table, dataset, decisions);
			rejected += decisions.size();
		}
		if (rejected > 0) {
			log.info("{}: {} duplicate rows rejected", dataset.folder(), rejected);
		}
		return RepeatStatus.FINISHED;
	}
}
