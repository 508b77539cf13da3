package id.go.kemnaker.blk.job;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.report.QualityData;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Closes the ledger: per file, rows read must equal accepted + rejected + totals + blank, counted from
 * what is actually staged. A ledger that does not balance, or a run in which no file could be read at
 * all, fails the job.
 */
class LedgerTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(LedgerTasklet.class);

	private final StagingStore store;

	LedgerTasklet(StagingStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		List<QualityData.FileRow> ledger = store.closeLedger(chunk.getStepContext().getJobInstanceId());
		List<QualityData.FileRow> unbalanced = ledger.stream().filter(f -> !f.balances()).toList();
		if (!unbalanced.isEmpty()) {
			throw new LedgerException("the ledger does not balance for " + unbalanced.stream()
				.map(f -> String.format(Locale.ROOT, "%s (read %d, accepted %d + rejected %d + totals %d + blank %d)",
						f.name(), f.rowsRead(), f.accepted(), f.rejected(), f.totals(), f.blank()))
				.toList());
		}
		if (ledger.stream().noneMatch(f -> "READ".equals(f.status()))) {
			throw new LedgerException("no input file could be read: "
					+ (ledger.isEmpty() ? "the input folder holds no files" : ledger.size() + " files, none readable"));
		}
		long read = ledger.stream().mapToLong(QualityData.FileRow::rowsRead).sum();
		long accepted = ledger.stream().mapToLong(QualityData.FileRow::accepted).sum();
		long rejected = ledger.stream().mapToLong(QualityData.FileRow::rejected).sum();
		ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		job.putLong("ledger.files", ledger.size());
		job.putLong("ledger.read", read);
		job.putLong("ledger.accepted", accepted);
		job.putLong("ledger.rejected", rejected);
		log.info("ledger balances for {} files: {} rows read, {} accepted, {} rejected", ledger.size(), read, accepted,
				rejected);
		return RepeatStatus.FINISHED;
	}

	/** The run cannot go on: its input does not add up or does not exist. */
	static class LedgerException extends IllegalStateException {

		LedgerException(String message) {
			super(message);
		}
	}
}
