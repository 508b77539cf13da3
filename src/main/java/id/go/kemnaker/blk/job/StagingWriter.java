package id.go.kemnaker.blk.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.ingest.CheckedRow;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.SourceRow;
import id.go.kemnaker.blk.staging.Staged;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Writes a chunk of checked rows of one dataset to the staging tables, inside the chunk's transaction:
 * accepted records to the dataset's table(s), rejects, total rows and warnings to theirs. A file's end is
 * applied after the chunk's rows, so that a failed file's rows staged in the same chunk are removed too.
 *
 * @param <R> the dataset's record type
 */
class StagingWriter<R> implements ItemStreamWriter<CheckedRow<R>>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StagingWriter.class);

	/** Where a dataset's accepted records go. */
	interface Table<R> {

		void insert(long run, List<Staged<R>> rows);
	}

	private final StagingStore store;
	private final Table<R> table;
	/** A record's programme (case-folded name and label as written), for datasets that have one; else null. */
	private final Function<R, String[]> program;

	private long run;
	private final Set<Integer> homeAffairsMarked = new HashSet<>();
	private final Set<String> programs = new HashSet<>();
	/** Per file: rows accepted, rejected and total in this step execution, for the log. */
	private final Map<Integer, long[]> counts = new HashMap<>();

	StagingWriter(StagingStore store, Table<R> table, Function<R, String[]> program) {
		this.store = store;
		this.table = table;
		this.program = program;
	}

	@Override
	public void beforeStep(StepExecution step) {
		run = step.getJobExecution().getJobInstance().getInstanceId();
	}

	@Override
	public void open(ExecutionContext ctx) {
		homeAffairsMarked.clear();
		programs.clear();
		counts.clear();
	}

	@Override
	public void write(Chunk<? extends CheckedRow<R>> chunk) {
		List<Staged<R>> accepted = new ArrayList<>(chunk.size());
		List<IngestEvent.Rejected> rejects = new ArrayList<>();
		List<IngestEvent.Total> totals = new ArrayList<>();
		List<IngestEvent.Warning> warnings = new ArrayList<>();
		List<CheckedRow<R>> ends = new ArrayList<>();
		for (CheckedRow<R> row : chunk) {
			int file = row.location().fileId();
			warnings.addAll(row.warnings());
			if (row.isFileEnd()) {
				ends.add(row);
			}
			else if (row.isRejected()) {
				rejects.add(row.rejected());
				count(file)[1]++;
			}
			else if (row.isTotal()) {
				totals.addAll(row.totals());
				count(file)[2]++;
			}
			else {
				for (R record : row.accepted()) {
					accepted.add(new Staged<>(row.location(), record, row.bareProvinceCode()));
					registerProgram(record, row.location().sequence());
				}
				count(file)[0]++;
			}
			if (row.homeAffairsNumbering() && homeAffairsMarked.add(file)) {
				store.markHomeAffairsNumbering(run, file);
			}
		}
		if (!accepted.isEmpty()) {
			table.insert(run, accepted);
		}
		if (!rejects.isEmpty()) {
			store.insertRejects(run, rejects);
		}
		if (!totals.isEmpty()) {
			store.insertTotals(run, totals);
		}
		if (!warnings.isEmpty()) {
			store.insertWarnings(run, warnings);
		}
		for (CheckedRow<R> end : ends) {
			finish(end.location().fileId(), end.fileEnd());
		}
	}

	private long[] count(int file) {
		return counts.computeIfAbsent(file, f -> new long[3]);
	}

	/** Records how a programme is written the first time it is seen (rows carry the case-folded name). */
	private void registerProgram(R record, long seq) {
		if (program == null) {
			return;
		}
		String[] p = program.apply(record);
		if (p != null && programs.add(p[0])) {
			store.registerProgram(run, p[0], p[1], seq);
		}
	}

	private void finish(int fileId, SourceRow.FileEnd end) {
		store.finishFile(run, end.ledger(fileId, 0, 0, 0, false));
		long[] n = counts.getOrDefault(fileId, new long[3]);
		if (end.status() == FileLedger.Status.FAILED) {
			log.warn("{}: FAILED ({}): {}", end.fileName(), end.failure(), end.message());
		}
		else if (end.status() != FileLedger.Status.SKIPPED) {
			log.info("{}: {} rows read: {} accepted, {} rejected, {} totals, {} blank{}", end.fileName(), end.rowsRead(), n[0],
					n[1], n[2], end.blank(),
					end.sheetsSkipped().isEmpty() ? "" : "; sheets skipped: "
							+ String.join("; ", end.sheetsSkipped().stream().map(Message::english).toList()));
		}
	}
}
