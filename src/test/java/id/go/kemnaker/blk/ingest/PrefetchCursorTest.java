package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Parsing ahead on a thread of its own changes nothing the reader sees: order, end, failures. */
class PrefetchCursorTest {

	@Test
	void deliversEveryRowInOrderAcrossManyBatchesThenTheEnd() throws IOException {
		try (PrefetchCursor cursor = new PrefetchCursor(rows(1000, -1), "test")) {
			List<Integer> numbers = new ArrayList<>();
			RawRow r;
			while ((r = cursor.next()) != null) {
				numbers.add(r.number());
			}
			assertThat(numbers).hasSize(1000).startsWith(1, 2, 3).endsWith(999, 1000).isSorted();
			assertThat(cursor.next()).isNull();
		}
	}

	@Test
	void aParseFailureArrivesAfterTheRowsParsedBeforeIt() throws IOException {
		try (PrefetchCursor cursor = new PrefetchCursor(rows(1000, 600), "test")) {
			int read = 0;
			IOException failure = null;
			try {
				while (cursor.next() != null) {
					read++;
				}
			}
			catch (IOException e) {
				failure = e;
			}
			assertThat(read).isEqualTo(599);
			assertThat(failure).hasMessage("damaged XML at row 600");
			assertThat(cursor.next()).as("nothing after the failure").isNull();
		}
	}

	@Test
	void aRuntimeFailureOfTheParserIsThrownAsItself() {
		WorkbookSource.RowCursor broken = () -> {
			throw new IllegalStateException("unexpected");
		};
		try (PrefetchCursor cursor = new PrefetchCursor(broken, "test")) {
			assertThatThrownBy(cursor::next).isInstanceOf(IllegalStateException.class).hasMessage("unexpected");
		}
	}

	@Test
	void closingPartWayStopsTheParserThread() throws IOException {
		AtomicInteger parsed = new AtomicInteger();
		WorkbookSource.RowCursor endless = () -> new RawRow(parsed.incrementAndGet(), new String[] { "x" },
				new byte[1], false);
		PrefetchCursor cursor = new PrefetchCursor(endless, "endless");
		assertThat(cursor.next().number()).isEqualTo(1);
		cursor.close();
		int after = parsed.get();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("parse endless"));
		assertThat(parsed.get()).as("no parsing after close").isEqualTo(after);
	}

	@Test
	void theParserStaysAChunkOfNarrowRowsAheadButNoMoreCellsForWideRows() throws Exception {
		assertThat(rowsParsedAheadOf(12)).as("12-cell rows: a chunk's commit (10,000 rows) does not stop the parser")
			.isGreaterThanOrEqualTo(10_000)
			.isLessThanOrEqualTo((PrefetchCursor.BATCHES_AHEAD + 2) * 256);
		int wide = 1_000;
		int rowsPerBatch = PrefetchCursor.BATCH_CELLS / wide + 1;
		assertThat(rowsParsedAheadOf(wide)).as("1,000-cell rows: the same cells ahead, not the same rows")
			.isLessThanOrEqualTo((PrefetchCursor.BATCHES_AHEAD + 2) * rowsPerBatch);
	}

	/** How many rows of the given width the parser reads while the reader holds the first: once it waits. */
	private static int rowsParsedAheadOf(int width) throws Exception {
		AtomicInteger parsed = new AtomicInteger();
		WorkbookSource.RowCursor endless = () -> new RawRow(parsed.incrementAndGet(), new String[width],
				new byte[width], false);
		String name = "parse ahead " + width;
		try (PrefetchCursor cursor = new PrefetchCursor(endless, "ahead " + width)) {
			assertThat(cursor.next().number()).isEqualTo(1);
			Thread parser = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
				.findFirst().orElseThrow();
			long deadline = System.nanoTime() + 10_000_000_000L;
			int seen;
			do {
				seen = parsed.get();
				Thread.sleep(20);
			}
			while ((parser.getState() != Thread.State.WAITING || parsed.get() != seen) && System.nanoTime() < deadline);
			assertThat(parser.getState()).as("the parser waits for room").isEqualTo(Thread.State.WAITING);
			return parsed.get();
		}
	}

	/** Rows 1..n; with {@code failAt} > 0 the parser fails when it reaches that row. */
	private static WorkbookSource.RowCursor rows(int n, int failAt) {
		int[] next = { 0 };
		return () -> {
			int i = ++next[0];
			if (i == failAt) {
				throw new IOException("damaged XML at row " + i);
			}
			return i > n ? null : new RawRow(i, new String[] { "v" + i }, new byte[1], false);
		};
	}
}
