package id.go.kemnaker.blk.domain;

import java.util.regex.Pattern;

/**
 * How an input says that its figures are synthetic (sample data, never to be quoted): a {@code sintetis}
 * or {@code synthetic} word in its file name or in a title or note row. Workbooks built from such an input
 * carry the sample stamp.
 */
public final class SampleData {

	/** The data-quality warning code of a file whose title or note row says so. */
	public static final String WARNING = "SYNTHETIC";

	private static final Pattern WORD = Pattern.compile("(?i)sintetis|synthetic");

	private SampleData() {
	}

	/** Whether a file name or a note's text calls the figures synthetic. */
	public static boolean says(String text) {
		return text != null && WORD.matcher(text).find();
	}
}
