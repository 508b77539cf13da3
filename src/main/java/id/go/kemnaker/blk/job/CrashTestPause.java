package id.go.kemnaker.blk.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fault injection for the crash tests: with {@code blk.debug.pause-at} set, the run stops at that point
 * (inside the open transaction) and waits to be killed. Points: {@code ingest-<folder>:<chunk>} (after
 * that many chunks of a dataset, before the chunk commits), {@code computeIndicators} (indicators
 * computed, not committed), {@code writeReports} (national workbook written, not all province workbooks).
 * {@code blk.debug.chunk-pause-millis} slows every ingest chunk down, so that a stop signal lands during
 * ingest; {@code blk.debug.fail-write-after-bytes} makes report files fail part-way as on a full disk.
 * Unset, as in every normal run, they do nothing.
 */
@Component
public class CrashTestPause {

	private static final Logger log = LoggerFactory.getLogger(CrashTestPause.class);

	private final String point;
	private final long chunkPauseMillis;

	CrashTestPause(@Value("${blk.debug.pause-at:}") String point,
			@Value("${blk.debug.chunk-pause-millis:0}") long chunkPauseMillis,
			@Value("${blk.debug.fail-write-after-bytes:0}") long failWriteAfterBytes) {
		this.point = point == null ? "" : point.strip();
		this.chunkPauseMillis = chunkPauseMillis;
		id.go.kemnaker.blk.report.AtomicFiles.failWritesAfter(failWriteAfterBytes);
	}

	void at(String here) {
		if (!point.isEmpty() && point.equals(here)) {
			log.warn("pausing at {} (blk.debug.pause-at) until this process is killed", here);
			try {
				Thread.sleep(600_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Counts the chunks of one ingest step and pauses after the configured one. */
	<T> ChunkListener<T, T> chunks(String step) {
		return new ChunkListener<>() {

			private int chunks;

			@Override
			public void afterChunk(Chunk<T> chunk) {
				chunks++;
				at(step + ":" + chunks);
				if (chunkPauseMillis > 0) {
					try {
						Thread.sleep(chunkPauseMillis);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}
		};
	}

}
