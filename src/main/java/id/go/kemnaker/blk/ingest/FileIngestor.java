package id.go.kemnaker.blk.ingest;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads and checks one whole input file outside a job (tests, an uploaded file checked before it joins
 * the input folder): the rows of {@link FileRows} through {@link RowCheck}, as {@link IngestEvent}s in
 * file order (accepted, rejected, total, warnings), then the file's {@link FileLedger} with every row
 * counted. The job does the same in a chunk step, with the counts taken from what it staged.
 */
public final class FileIngestor implements Closeable {

	private final FileRows rows;
	private final RowCheck<Object> check = new RowCheck<>(Object.class);
	private final Deque<IngestEvent> queue = new ArrayDeque<>();
	private long accepted;
	private long rejected;
	private long totals;
	private boolean ended;

	public FileIngestor(SourceFile file, IngestContext context) {
		this.rows = new FileRows(file, context);
	}

	/** The next event, or null once the file's {@link IngestEvent.FileEnd} has been returned. */
	public IngestEvent next() {
		while (queue.isEmpty() && !ended) {
			SourceRow row = rows.next();
			if (row == null) {
				ended = true;
				break;
			}
			CheckedRow<Object> c = check.check(row);
			queue.addAll(c.warnings());
			if (c.isFileEnd()) {
				ended = true;
				boolean failed = c.fileEnd().status() == FileLedger.Status.FAILED;
				queue.add(new IngestEvent.FileEnd(c.fileEnd().ledger(rows.file().id(), failed ? 0 : accepted,
						failed ? 0 : rejected, failed ? 0 : totals, c.homeAffairsNumbering())));
			}
			else if (c.isRejected()) {
				rejected++;
				queue.add(c.rejected());
			}
			else if (c.isTotal()) {
				totals++;
				queue.addAll(c.totals());
			}
			else {
				accepted++;
				for (Object record : c.accepted()) {
					queue.add(new IngestEvent.Accepted(c.location(), record, c.bareProvinceCode()));
				}
			}
		}
		return queue.poll();
	}

	/** Rows read so far (for progress lines). */
	public long rowsRead() {
		return rows.rowsRead();
	}

	@Override
	public void close() {
		rows.close();
	}
}
