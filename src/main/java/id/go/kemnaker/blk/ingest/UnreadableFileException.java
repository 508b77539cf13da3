package id.go.kemnaker.blk.ingest;

/** A file that cannot be read as a spreadsheet at all, or stops being readable part-way. */
public class UnreadableFileException extends RuntimeException {

	private final String reason;

	public UnreadableFileException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public UnreadableFileException(String reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** A short reason code: CORRUPT, ENCRYPTED, NOT_A_SPREADSHEET, ZIP_BOMB, EMPTY, UNCLOSED_QUOTE, ... */
	public String reason() {
		return reason;
	}
}
