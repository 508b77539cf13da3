package id.go.kemnaker.blk.job;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.FileRows;
import id.go.kemnaker.blk.ingest.IngestContext;
import id.go.kemnaker.blk.ingest.InputFile;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.SourceRow;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Reads every file of one dataset, row by row, as {@link SourceRow}s: each data row, then each file's end.
 * Its position (which file, how many rows of it) is saved in the step's {@code ExecutionContext} at every
 * chunk commit, so a restarted step, on this machine or another, re-opens that file and skips the rows
 * already staged: no row twice, none lost. Logs a progress line every few seconds.
 */
class InputRowReader implements ItemStreamReader<SourceRow>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(InputRowReader.class);
	private static final long PROGRESS_MILLIS = 5_000;

	private final Dataset dataset;
	private final StagingStore store;
	private final ProvinceCatalog provinces;
	private final String csvCharset;
	private final String key;

	private long run;
	private List<InputFile> files;
	private IngestContext context;
	private int fileIndex;
	private long emitted;
	/** Rows read in the files of this dataset finished so far (for the progress of a run in the job repository). */
	private long rowsDone;
	private FileRows current;
	private long fileStartNanos;
	private long lastProgress;

	InputRowReader(Dataset dataset, StagingStore store, ProvinceCatalog provinces, String csvCharset) {
		this.dataset = dataset;
		this.store = store;
		this.provinces = provinces;
		this.csvCharset = csvCharset;
		this.key = "reader." + dataset.folder();
	}

	@Override
	public void beforeStep(StepExecution step) {
		run = step.getJobExecution().getJobInstance().getInstanceId();
	}

	@Override
	public void open(ExecutionContext ctx) throws ItemStreamException {
		StagingStore.Run staged = store.run(run);
		files = store.inputs(run, dataset);
		Map<String, String> blk = dataset == Dataset.TRAINING ? store.blkProvinces(run) : Map.of();
		context = new IngestContext(provinces, blk, csvCharset, staged == null ? "" : staged.inputFingerprint());
		fileIndex = ctx.getInt(key + ".file", 0);
		emitted = ctx.getLong(key + ".emitted", 0L);
		rowsDone = ctx.getLong(key + ".rows.done", 0L);
		current = null;
		if (fileIndex > 0 || emitted > 0) {
			log.info("{}: resuming at file {} of {}, after {} rows", dataset.folder(), fileIndex + 1, files.size(), emitted);
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

	/** The next row of the dataset, or null at its end. */
	@Override
	public SourceRow read() {
		while (fileIndex < files.size()) {
			InputFile file = files.get(fileIndex);
			if (file.skipped()) {
				fileIndex++;
				emitted = 0;
				Message why = Message.of(file.skipReason());
				log.info("{}: skipped ({})", file.name(), why.english());
				return new SourceRow(new Location(file.id(), 0, null, 0), null, null, new SourceRow.FileEnd(
						FileLedger.Status.SKIPPED, "SKIPPED", why, List.of(), List.of(), 0, 0, List.of(), null));
			}
			if (current == null) {
				startFile();
			}
			SourceRow row = current.next();
			if (row == null) {
				rowsDone += current.rowsRead();
				current.close();
				current = null;
				fileIndex++;
				emitted = 0;
				continue;
			}
			emitted++;
			progress(file);
			return row;
		}
		return null;
	}

	private void startFile() {
		current = new FileRows(files.get(fileIndex).source(), context);
		fileStartNanos = System.nanoTime();
		lastProgress = System.currentTimeMillis();
	}

	private void progress(InputFile file) {
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
