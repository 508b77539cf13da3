package id.go.kemnaker.blk.job;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.ingest.FileIngestor;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.IngestContext;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.DuplicateTracker;
import id.go.kemnaker.blk.ingest.InputFile;
import id.go.kemnaker.blk.ingest.RecordKeys;

/**
 * Reads every file of one dataset as a stream of {@link IngestEvent}s, handed out in blocks. Its position
 * (which file, how many events of it) is saved at every chunk commit, so a restarted step re-opens that file and skips the
 * events already staged: no row twice, none lost. Logs a progress line every few seconds.
 */
class DatasetReader implements ItemStreamReader<IngestBlock> {

	private static final Logger log = LoggerFactory.getLogger(DatasetReader.class);
	private static final long PROGRESS_MILLIS = 5_000;
	private static final int LOGGED_REJECTS_PER_FILE = 3;

	private final Dataset dataset;
	private final StagingStore store;
	private final ProvinceCatalog provinces;
	private final String csvCharset;
	private final String key;
	private final int blockSize;

	private List<InputFile> files;
	private DuplicateTracker duplicates;
	private IngestContext context;
	private int fileIndex;
	private long emitted;
	/** Rows read in the files of this dataset finished so far (for the progress of a run in the job repository). */
	private long rowsDone;
	private FileIngestor current;
	private long fileStartNanos;
	private long lastProgress;
	private int rejectsLogged;

	DatasetReader(Dataset dataset, StagingStore store, ProvinceCatalog provinces, String csvCharset, int blockSize) {
		this.blockSize = blockSize;
		this.dataset = dataset;
		this.store = store;
		this.provinces = provinces;
		this.csvCharset = csvCharset;
		this.key = "reader." + dataset.folder();
	}

	@Override
	public void open(ExecutionContext ctx) throws ItemStreamException {
		StagingStore.Run run = store.run();
		files = store.inputs(dataset);
		Map<String, String> blk = dataset == Dataset.TRAINING ? store.blkProvinces() : Map.of();
		context = new IngestContext(provinces, blk, csvCharset, run == null ? "" : run.inputFingerprint());
		fileIndex = ctx.getInt(key + ".file", 0);
		emitted = ctx.getLong(key + ".emitted", 0L);
		rowsDone = ctx.getLong(key + ".rows.done", 0L);
		current = null;
		duplicates = new DuplicateTracker();
		if (fileIndex > 0 || emitted > 0) {
			for (String table : StagingStore.dedupTables(dataset)) {
				store.forEachKeyHash(table, (hash, seq) -> duplicates.add(hash, seq));
			}
		}
		if (fileIndex > 0 || emitted > 0) {
			log.info("{}: resuming at file {} of {}, after {} events", dataset.folder(), fileIndex + 1, files.size(), emitted);
		}
		if (fileIndex < files.size() && emitted > 0) {
			startFile();
			for (long i = 0; i < emitted; i++) {
				if (current.next() == null) {
					throw new ItemStreamException("cannot resume " + files.get(fileIndex).name()
							+ ": the file has fewer rows than before the restart; it changed during the run");
				}
			}
		}
	}

	/** The next block of up to {@link IngestBlock#SIZE} events, or null at the end of the dataset. */
	@Override
	public IngestBlock read() {
		List<IngestEvent> events = new java.util.ArrayList<>(Math.min(IngestBlock.SIZE, 64));
		IngestEvent e;
		while (events.size() < blockSize && (e = next()) != null) {
			events.add(e);
		}
		return events.isEmpty() ? null : new IngestBlock(events);
	}

	private IngestEvent next() {
		while (fileIndex < files.size()) {
			InputFile file = files.get(fileIndex);
			if (file.skipped()) {
				fileIndex++;
				emitted = 0;
				log.info("{}: skipped ({})", file.name(), file.skipReason());
				return new IngestEvent.FileEnd(new FileLedger(file.id(), FileLedger.Status.SKIPPED, "SKIPPED",
						file.skipReason(), List.of(), List.of(), 0, 0, 0, 0, 0, false));
			}
			if (current == null) {
				startFile();
			}
			IngestEvent event = current.next();
			if (event == null) {
				rowsDone += current.rowsRead();
				current.close();
				current = null;
				fileIndex++;
				emitted = 0;
				continue;
			}
			emitted++;
			report(file, event);
			return flagDuplicates(event);
		}
		return null;
	}

	/** Marks a row whose key may repeat an earlier row's, for the duplicates step. */
	private IngestEvent flagDuplicates(IngestEvent event) {
		// participant rows are checked after staging, partition by partition (StagedParticipants)
		if (event instanceof IngestEvent.Accepted a && dataset != Dataset.LABOUR_FORCE
				&& !(a.record() instanceof ParticipantRecord)) {
			long first = duplicates.add(RecordKeys.keyHash(a.record()), a.location().sequence());
			if (first >= 0) {
				return a.asDuplicateOf(first);
			}
		}
		return event;
	}

	private void startFile() {
		InputFile file = files.get(fileIndex);
		current = new FileIngestor(file.source(), context);
		fileStartNanos = System.nanoTime();
		lastProgress = System.currentTimeMillis();
		rejectsLogged = 0;
	}

	private void report(InputFile file, IngestEvent event) {
		if (event instanceof IngestEvent.Rejected r && rejectsLogged < LOGGED_REJECTS_PER_FILE) {
			rejectsLogged++;
			log.warn("{}: rejected {}{}: {}", StagingStore.locationText(file.name(), r.location().sheet(),
					r.location().row(), r.column()), r.reason(), r.value() == null ? "" : " '" + r.value() + "'", r.message());
		}
		if (event instanceof IngestEvent.FileEnd end) {
			FileLedger l = end.ledger();
			if (l.status() == FileLedger.Status.FAILED) {
				log.warn("{}: FAILED ({}): {}", file.name(), l.failure(), l.message());
			}
			else {
				log.info("{}: {} rows read: {} accepted, {} rejected, {} totals, {} blank{}", file.name(), l.rowsRead(),
						l.accepted(), l.rejected(), l.totals(), l.blank(),
						l.sheetsSkipped().isEmpty() ? "" : "; sheets skipped: " + String.join("; ", l.sheetsSkipped()));
			}
			return;
		}
		long now = System.currentTimeMillis();
		if (now - lastProgress >= PROGRESS_MILLIS) {
			lastProgress = now;
			double seconds = (System.nanoTime() - fileStartNanos) / 1e9;
			long rows = current.rowsRead();
			log.info("{}: {} rows so far, {} rows/s", file.name(), String.format(Locale.ROOT, "%,d", rows),
					String.format(Locale.ROOT, "%,.0f", rows / Math.max(seconds, 1e-3)));
		}
	}

	@Override
	public void update(ExecutionContext ctx) {
		ctx.putInt(key + ".file", fileIndex);
		ctx.putLong(key + ".emitted", emitted);
		// rows read so far in this dataset, saved with every chunk: what the console shows of a run in progress
		ctx.putLong(key + ".rows.done", rowsDone);
		ctx.putLong(key + ".rows", rowsDone + (current == null ? 0 : current.rowsRead()));
	}

	@Override
	public void close() {
		if (current != null) {
			current.close();
			current = null;
		}
	}
}
