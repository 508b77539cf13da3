package id.go.kemnaker.blk.ingest;

import id.go.kemnaker.blk.domain.Message;

/** The first check a row fails: which column, what value, why. Thrown to stop checking the row. */
final class Problem extends Exception {

	private final RejectReason reason;
	private final String column;
	private final String value;
	private final Message message;

	Problem(RejectReason reason, String column, String value, Message message) {
		super(message.key(), null, false, false);
		this.reason = reason;
		this.column = column;
		this.value = value;
		this.message = message;
	}

	/** Why, as a message for the user (in the report's language when written). */
	Message message() {
		return message;
	}

	RejectReason reason() {
		return reason;
	}

	String column() {
		return column;
	}

	String value() {
		return value;
	}
}
