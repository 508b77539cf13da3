package id.go.kemnaker.blk.job;

import java.util.List;

import id.go.kemnaker.blk.ingest.IngestEvent;

/**
 * A run of consecutive ingest events handed to Spring Batch as one item: the per-item bookkeeping of a
 * chunk step (listeners, metrics, counters) then costs once per few hundred rows instead of once per row.
 */
record IngestBlock(List<IngestEvent> events) {

	/** Events per block at most. */
	static final int SIZE = 250;
}
