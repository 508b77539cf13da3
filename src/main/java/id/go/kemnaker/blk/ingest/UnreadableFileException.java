package id.go.kemnaker.blk.ingest;

import id.go.kemnaker.blk.domain.Message;

/**
 * A file that cannot be read as a spreadsheet at all, or stops being readable part-way. Its exception
 * message is the English text (for the log); {@link #text()} is what the ledger shows, in the report's
 * language.
 */
public class UnreadableFileException extends RuntimeException {

	private final String reason;
	private final transient Message text;

	public UnreadableFileException(String reason, Message text) {
		this(reason, text, null);
	}

	public UnreadableFileException(String reason, Message text, Throwable cause) {
		super(text.english(), cause);
		this.reason = reason;
		this.text = text;
	}

	/** A short reason code: CORRUPT, ENCRYPTED, NOT_A_SPREADSHEET, ZIP_BOMB, EMPTY, UNCLOSED_QUOTE, ... */
	public String reason() {
		return reason;
	}

	/** Why the file cannot be read, for the user. */
	public Message text() {
		return text;
	}
}
