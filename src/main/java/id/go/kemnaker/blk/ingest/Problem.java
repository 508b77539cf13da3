package id.go.kemnaker.blk.ingest;

/** The first check a row fails: which column, what value, why. Thrown to stop checking the row. */
final class Problem extends Exception {

	private final RejectReason reason;
	private final String column;
	private final String value;

	Problem(RejectReason reason, String column, String value, String message) {
		super(message, null, false, false);
		this.reason = reason;
		this.column = column;
		this.value = value;
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
