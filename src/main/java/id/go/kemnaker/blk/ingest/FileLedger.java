package id.go.kemnaker.blk.ingest;

import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/**
 * What happened to one file (its message and sheet lines are texts for the user, in the report's language
 * when written): whether it could be read, which sheets were read or skipped and why, and
 * its row counts as the reader saw them. Every row below a header row is one of: accepted, rejected,
 * total, or blank (blank rows and notes such as a {@code Sumber:} line).
 */
public record FileLedger(int fileId, Status status, String failure, Message message, List<Message> sheetsRead,
		List<Message> sheetsSkipped, long rowsRead, long accepted, long rejected, long totals, long blank,
		boolean homeAffairsNumbering) {

	public enum Status {
		/** Read; there may be rejected rows. */
		READ,
		/** Readable but holds no sheet with the dataset's columns. */
		NO_DATA,
		/** Could not be read (corrupt, encrypted, not a spreadsheet...); none of its rows are used. */
		FAILED,
		/** Not an input file (lock file, PDF, hidden file): listed, never opened. */
		SKIPPED
	}

	public FileLedger {
		sheetsRead = List.copyOf(sheetsRead);
		sheetsSkipped = List.copyOf(sheetsSkipped);
	}

	/** The reader's own balance: rows read = accepted + rejected + totals + blank. */
	public boolean balances() {
		return rowsRead == accepted + rejected + totals + blank;
	}
}
