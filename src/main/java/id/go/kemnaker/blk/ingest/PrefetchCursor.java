package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses a sheet on a thread of its own, up to about 10,000 rows (or 160,000 cells, or 10 million characters)
 * ahead of the checks: on two cores the XML parsing and the checking and staging of rows run side by side, and the parser goes
 * on while the checks wait for a chunk's commit (10,000 rows by default). Rows arrive in file order; a
 * failure of the parser is thrown to the reader at the row where it happened.
 */
final class PrefetchCursor implements WorkbookSource.RowCursor, AutoCloseable {

	private static final int BATCH = 256;
	/** A batch ends at {@link #BATCH} rows or at this many cells: wide rows do not multiply the memory ahead. */
	static final int BATCH_CELLS = BATCH * 16;
	/** ... or at this many characters: rows of long texts (a cell may hold 32,767) do not either. */
	static final long BATCH_CHARACTERS = 1 << 18;
	/** 10,240 rows: with 8 batches (2,048 rows) the parser waited for every commit, a 1,000,000-row read took 0.6 s longer. */
	static final int BATCHES_AHEAD = 40;

	/** What the parser thread hands over: rows, then the end, or the failure. */
	private record Batch(List<RawRow> rows, Throwable failure, boolean end) {
	}

	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
	private final Thread parser;
	private Iterator<RawRow> current = List.<RawRow>of().iterator();
	private boolean ended;
	private Throwable failure;

	PrefetchCursor(WorkbookSource.RowCursor source, String name) {
		this.parser = new Thread(() -> parse(source), "parse " + name);
		parser.setDaemon(true);
		parser.start();
	}

	private void parse(WorkbookSource.RowCursor source) {
		List<RawRow> rows = new ArrayList<>(BATCH);
		try {
			RawRow row;
			int cells = 0;
			long characters = 0;
			while ((row = source.next()) != null) {
				rows.add(row);
				cells += row.width();
				characters += row.characters();
				if (rows.size() == BATCH || cells >= BATCH_CELLS || characters >= BATCH_CHARACTERS) {
					queue.put(new Batch(rows, null, false));
					rows = new ArrayList<>(BATCH);
					cells = 0;
					characters = 0;
				}
			}
			queue.put(new Batch(rows, null, true));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable t) {
			try {
				// the rows parsed before the damage come first, as without a parsing thread
				queue.put(new Batch(rows, t, true));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public RawRow next() throws IOException {
		while (!current.hasNext()) {
			if (failure != null) {
				Throwable t = failure;
				failure = null;
				throw rethrow(t);
			}
			if (ended) {
				return null;
			}
			Batch b;
			try {
				b = queue.take();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while reading", e);
			}
			current = b.rows().iterator();
			ended = b.end();
			failure = b.failure();
		}
		return current.next();
	}

	private static IOException rethrow(Throwable t) {
		if (t instanceof IOException io) {
			return io;
		}
		if (t instanceof RuntimeException r) {
			throw r;
		}
		if (t instanceof Error e) {
			throw e;
		}
		return new IOException(t);
	}

	/** Stops the parser thread (at the latest when its next batch is due) and waits for it. */
	@Override
	public void close() {
		parser.interrupt();
		queue.clear();
		try {
			parser.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
