package id.go.kemnaker.blk.ingest;

import java.util.List;

/**
 * A row after its checks, typed by its dataset's record: accepted (one record, or one per period for a
 * row of a wide table), rejected (with the first failing column), or a total row; with any warnings.
 * {@code bareProvinceCode}: the province came from a code column that does not name its code system and
 * the code is in the Papua region. {@code homeAffairsNumbering}: the file has shown, by this row or an
 * earlier one, a code that exists only in Home Affairs numbering. The file's end passes through as it is.
 */
public record CheckedRow<R>(Location location, List<R> accepted, IngestEvent.Rejected rejected,
		List<IngestEvent.Total> totals, List<IngestEvent.Warning> warnings, boolean bareProvinceCode,
		boolean homeAffairsNumbering, SourceRow.FileEnd fileEnd) {

	public CheckedRow {
		accepted = List.copyOf(accepted);
		totals = List.copyOf(totals);
		warnings = List.copyOf(warnings);
	}

	public boolean isAccepted() {
		return !accepted.isEmpty();
	}

	public boolean isRejected() {
		return rejected != null;
	}

	public boolean isTotal() {
		return !totals.isEmpty();
	}

	public boolean isFileEnd() {
		return fileEnd != null;
	}
}
