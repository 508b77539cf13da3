package id.go.kemnaker.blk.report;

/**
 * How a column is shown. Rates are percentages of 100 ({@code 3.85} means 3.85 %) shown with two
 * decimals, the precision BPS and the ministry publish ({@code DEC2}); {@code DEC1} is for days.
 */
enum Fmt {
	TEXT(null), INT("#,##0"), DEC1("0.0"), DEC2("0.00"), DEC4("0.0000"), YEAR("0"), DATE("yyyy-mm-dd"), DATETIME("yyyy-mm-dd hh:mm:ss");

	private final String pattern;

	Fmt(String pattern) {
		this.pattern = pattern;
	}

	String pattern() {
		return pattern;
	}
}
