package id.go.kemnaker.blk.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import id.go.kemnaker.blk.ingest.CheckedRow;
import id.go.kemnaker.blk.ingest.RowCheck;
import id.go.kemnaker.blk.ingest.SourceRow;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * Checks a row read from an input file and maps it to its dataset's record type {@code R} (see
 * {@link RowCheck}): accepted, rejected with its reason, or a total row. Logs the first few rejects of
 * each file; the rest are in the data-quality report and the rejects file.
 */
class CheckRowProcessor<R> implements ItemProcessor<SourceRow, CheckedRow<R>> {

	private static final Logger log = LoggerFactory.getLogger(CheckRowProcessor.class);
	private static final int LOGGED_REJECTS_PER_FILE = 3;

	private final RowCheck<R> check;
	private int file = -1;
	private int rejectsLogged;

	CheckRowProcessor(Class<R> type) {
		this.check = new RowCheck<>(type);
	}

	@Override
	public CheckedRow<R> process(SourceRow row) {
		CheckedRow<R> checked = check.check(row);
		if (checked.isRejected()) {
			if (row.location().fileId() != file) {
				file = row.location().fileId();
				rejectsLogged = 0;
			}
			if (rejectsLogged++ < LOGGED_REJECTS_PER_FILE) {
				var r = checked.rejected();
				log.warn("{}: rejected {}{}: {}", StagingStore.locationText(row.sheet().fileName(),
						r.location().sheet(), r.location().row(), r.column()), r.reason(),
						r.value() == null ? "" : " '" + r.value() + "'", r.message());
			}
		}
		return checked;
	}
}
