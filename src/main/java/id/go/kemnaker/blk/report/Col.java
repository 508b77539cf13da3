package id.go.kemnaker.blk.report;

/** A table column: its header text and format. */
record Col(String header, Fmt fmt) {

	static Col text(String header) {
		return new Col(header, Fmt.TEXT);
	}

	static Col integer(String header) {
		return new Col(header, Fmt.INT);
	}

	static Col rate(String header) {
		return new Col(header, Fmt.DEC2);
	}

	static Col of(String header, Fmt fmt) {
		return new Col(header, fmt);
	}
}
