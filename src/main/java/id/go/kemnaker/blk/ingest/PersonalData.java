package id.go.kemnaker.blk.ingest;

import java.util.regex.Pattern;

/**
 * Masks personal data before it can reach a report, a rejects file or a log line: any run of 16 digits
 * (a NIK, the national identity number) keeps its first and last four digits, and birth dates are
 * hidden entirely.
 */
public final class PersonalData {

	private static final Pattern NIK = Pattern.compile("(?<!\\d)(\\d{4})(\\d{8})(\\d{4})(?!\\d)");

	private PersonalData() {
	}

	/** {@code 3201234567890001} becomes {@code 3201********0001}, wherever it occurs in the text. */
	public static String maskIdentifiers(String text) {
		if (text == null || !hasSixteenDigitRun(text)) {
			return text;
		}
		return NIK.matcher(text).replaceAll("$1********$3");
	}

	/**
	 * Whether the text holds a run of exactly 16 ASCII digits, what {@link #NIK} matches: most texts (every
	 * reject message of a run) have none, and a scan is much cheaper than the expression.
	 */
	private static boolean hasSixteenDigitRun(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				run++;
			}
			else {
				if (run == 16) {
					return true;
				}
				run = 0;
			}
		}
		return run == 16;
	}

	public static boolean looksLikeNik(String text) {
		return text != null && NIK.matcher(text.strip()).matches();
	}

	/** What may be shown of a value from a column: birth dates never, identifiers masked. */
	static String showable(String column, String value) {
		if (value == null) {
			return null;
		}
		if ("birth_date".equals(column)) {
			return "********";
		}
		return maskIdentifiers(value);
	}
}
