package id.go.kemnaker.blk.ingest;

import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/**
 * One row of an input file as read, not yet checked: where it is, its cells and the sheet it belongs to
 * (whose header tells how to check it). The last row of a file carries instead the file's end: what the
 * reader counted and whether the file could be read at all.
 */
public record SourceRow(Location location, RawRow cells, Sheet sheet, FileEnd fileEnd) {

	/** A sheet with a header row: its columns, the checks of its layout, and the file's shared state. */
	public record Sheet(ColumnMap columns, RowChecker checker, FileState state) {

		/** The file's name relative to the input folder ({@code training/peserta-2025.xlsx}). */
		public String fileName() {
			return state.file().name();
		}
	}

	/**
	 * What the reader saw of a whole file: rows read and blank rows (the others are counted where they end
	 * up: accepted, rejected or total), the sheets read and skipped, warnings about the file itself.
	 */
	public record FileEnd(FileLedger.Status status, String failure, Message message, List<Message> sheetsRead,
			List<Message> sheetsSkipped, long rowsRead, long blank, List<IngestEvent.Warning> warnings, FileState state) {

		public FileEnd {
			sheetsRead = List.copyOf(sheetsRead);
			sheetsSkipped = List.copyOf(sheetsSkipped);
			warnings = List.copyOf(warnings);
		}

		/** The file's name relative to the input folder, or null for a file that is not an input. */
		public String fileName() {
			return state == null ? null : state.file().name();
		}

		/** Whether a Papua-region code that exists only in Home Affairs numbering was seen in the file so far. */
		public boolean homeAffairsNumbering() {
			return state != null && state.homeAffairsNumbering();
		}

		/** The file's ledger, with the accepted, rejected and total rows counted elsewhere. */
		public FileLedger ledger(int fileId, long accepted, long rejected, long totals, boolean homeAffairs) {
			return new FileLedger(fileId, status, failure, message, sheetsRead, sheetsSkipped, rowsRead, accepted, rejected,
					totals, blank, homeAffairs);
		}
	}

	public boolean isFileEnd() {
		return fileEnd != null;
	}
}
