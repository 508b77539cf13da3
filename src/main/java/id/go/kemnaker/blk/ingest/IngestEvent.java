package id.go.kemnaker.blk.ingest;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;

/**
 * What reading and checking a file produces, in file order ({@link FileIngestor}): one event per data row,
 * warnings, and a closing ledger.
 */
public sealed interface IngestEvent {

	/**
	 * A row that passed every check. {@code bareProvinceCode} is set when its province came from a code
	 * column that does not say which code system it uses, and the code is in the Papua region.
	 */
	record Accepted(Location location, Object record, boolean bareProvinceCode) implements IngestEvent {
	}

	/** A row that failed a check, with the first failing column; personal values are already masked. */
	record Rejected(Dataset dataset, Location location, String column, String value, RejectReason reason,
			Message message, String provinceCode) implements IngestEvent {
	}

	/** A total row ({@code INDONESIA}, {@code Jumlah}); for labour-force data with its figures. */
	record Total(Location location, String label, LabourForceRecord figures) implements IngestEvent {
	}

	/** Something worth a look that does not reject the row (an outlier, a rate that does not match). */
	record Warning(Location location, String column, String code, Message message, String provinceCode)
			implements IngestEvent {
	}

	/** The end of a file, with its ledger as the reader counted it. */
	record FileEnd(FileLedger ledger) implements IngestEvent {
	}
}
