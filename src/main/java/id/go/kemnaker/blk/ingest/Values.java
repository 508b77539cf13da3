package id.go.kemnaker.blk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/**
 * Cell values as offices type them. Every parser returns null for a missing value ({@code -}, {@code NA},
 * empty) and throws {@link BadValue} for a value that is present but wrong. Numbers in Indonesian style
 * ({@code 1.234.567}, {@code 4,91}) and English style ({@code 1,234,567}, {@code 4.91}) are both read.
 */
final class Values {

	private static final Set<String> MISSING = Set.of("-", "--", "\u2013", "\u2014", "\u2026", "...", "na", "n/a",
			"n.a.", "n.a", "#n/a", "tidak ada data", "td", "t.d.");

	private static final Set<String> ERRORS = Set.of("#ref!", "#div/0!", "#value!", "#name?", "#num!", "#null!",
			"#n/a", "#error", "#spill!", "#calc!", "#getting_data");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
	private static final Pattern NAMED_DATE = Pattern.compile("(\\d{1,2})[\\s-]+([\\p{L}.]+)[\\s-]+(\\d{4})");
	private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.0+$");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");

	/** Longer text is not a name or a code: a pasted paragraph or a damaged cell. */
	static final int MAX_TEXT = 500;

	private static final LocalDate EXCEL_EPOCH_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);
	/** 31 December 9999, the last date Excel shows, in each of its two date systems. */
	private static final long LAST_EXCEL_SERIAL_1900 = 2_958_465;
	private static final long LAST_EXCEL_SERIAL_1904 = 2_957_003;

	private Values() {
	}

	/** A value that is present but cannot be read as what the column needs. */
	static final class BadValue extends Exception {

		private final RejectReason reason;

		private final Message message;

		BadValue(RejectReason reason, String key, Object... args) {
			super(key, null, false, false);
			this.reason = reason;
			this.message = Message.of(key, args);
		}

		RejectReason reason() {
			return reason;
		}

		Message message() {
			return message;
		}
	}

	static boolean isMissing(String raw, byte kind) {
		if (raw == null || kind == RawRow.BLANK) {
			return true;
		}
		if (kind != RawRow.TEXT) {
			return false;
		}
		String t = raw.strip();
		if (t.isEmpty()) {
			return true;
		}
		// every missing-value marker is short and starts with one of a few characters, never with a digit
		return t.length() <= 14 && mayStartMissing(t.charAt(0)) && MISSING.contains(t.toLowerCase(Locale.ROOT));
	}

	/** Whether a missing-value marker can start with {@code c}: most values are ruled out without case-folding them. */
	private static boolean mayStartMissing(char c) {
		return c >= 128 || c < MISSING_START.length && MISSING_START[c];
	}

	/** The first characters of the missing-value markers, either case (ASCII; others are always checked). */
	private static final boolean[] MISSING_START = new boolean[128];

	static {
		for (String m : MISSING) {
			char c = m.charAt(0);
			if (c < 128) {
				MISSING_START[Character.toLowerCase(c)] = true;
				MISSING_START[Character.toUpperCase(c)] = true;
			}
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isErrorText(String raw) {
		return raw != null && raw.strip().startsWith("#") && ERRORS.contains(raw.strip().toLowerCase(Locale.ROOT));
	}

	private static void rejectErrors(String raw, byte kind) throws BadValue {
		if (kind == RawRow.ERROR || kind == RawRow.TEXT && isErrorText(raw)) {
			throw new BadValue(RejectReason.ERROR_VALUE, "msg.value.excel-error", raw.strip());
		}
	}

	/** More people than this (a thousand billion) is a typing error, not a count. */
	static final double MAX_COUNT = 1e12;

	/** A head-count: a whole number, not negative. {@code 1.234} is 1234. */
	static Long count(String raw, byte kind) throws BadValue {
		Double d = number(raw, kind, true);
		if (d == null) {
			return null;
		}
		if (d != Math.rint(d) || Double.isInfinite(d)) {
			throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.not-whole", raw.strip());
		}
		if (d < 0) {
			throw new BadValue(RejectReason.NEGATIVE_COUNT, "msg.value.negative", raw.strip());
		}
		if (d > MAX_COUNT) {
			throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.too-large", raw.strip());
		}
		return (long) (double) d;
	}

	/** A percentage between 0 and 100 ({@code 4,91}, {@code 4.91}, {@code 4,91%}). */
	static Double rate(String raw, byte kind) throws BadValue {
		Double d = number(raw, kind, false);
		if (d == null) {
			return null;
		}
		if (d < 0 || d > 100) {
			throw new BadValue(RejectReason.RATE_OUT_OF_RANGE, "msg.value.not-percentage", raw.strip());
		}
		return d;
	}

	static Double number(String raw, byte kind, boolean count) throws BadValue {
		if (isMissing(raw, kind)) {
			return null;
		}
		rejectErrors(raw, kind);
		if (kind == RawRow.NUMBER || kind == RawRow.DATE) {
			double d;
			try {
				d = Double.parseDouble(raw);
			}
			catch (NumberFormatException e) {
				throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.not-number", raw);
			}
			if (Double.isNaN(d)) {
				// no spreadsheet program writes it; a file made by hand can
				throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.not-number", raw);
			}
			return d;
		}
		if (kind == RawRow.BOOLEAN) {
			throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.boolean-not-number", raw);
		}
		String t = raw.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
		if (!count && t.endsWith("%")) {
			t = t.substring(0, t.length() - 1);
		}
		String normal = normalizeNumber(t, count);
		if (normal == null) {
			throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.not-number", raw.strip());
		}
		try {
			return Double.parseDouble(normal);
		}
		catch (NumberFormatException e) {
			throw new BadValue(RejectReason.BAD_NUMBER, "msg.value.not-number", raw.strip());
		}
	}

	/**
	 * Rewrites a number typed with thousands and decimal separators to plain form, or null when it is not
	 * a number. If both {@code .} and {@code ,} appear, the last one is the decimal separator; a single
	 * kind repeated is a thousands separator; a lone one is a thousands separator in a count when three
	 * digits follow it, otherwise a decimal separator.
	 */
	static String normalizeNumber(String t, boolean count) {
		if (t.isEmpty()) {
			return null;
		}
		String sign = "";
		if (t.charAt(0) == '-' || t.charAt(0) == '+') {
			sign = t.charAt(0) == '-' ? "-" : "";
			t = t.substring(1);
		}
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
				if ((c == 'e' || c == 'E') && i > 0) {
					return t.matches("\\d+(\\.\\d+)?[eE][-+]?\\d+") ? sign + t : null;
				}
				return null;
			}
		}
		int dots = countOf(t, '.');
		int commas = countOf(t, ',');
		String digits;
		if (dots > 0 && commas > 0) {
			char decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
			char thousands = decimal == '.' ? ',' : '.';
			if (countOf(t, decimal) > 1 || !groupsOfThree(t.substring(0, t.lastIndexOf(decimal)), thousands)) {
				return null;
			}
			digits = t.replace(String.valueOf(thousands), "").replace(decimal, '.');
		}
		else if (dots + commas > 1) {
			char sep = dots > 0 ? '.' : ',';
			if (!groupsOfThree(t, sep)) {
				return null;
			}
			digits = t.replace(String.valueOf(sep), "");
		}
		else if (dots + commas == 1) {
			char sep = dots > 0 ? '.' : ',';
			int at = t.indexOf(sep);
			boolean thousands = count && t.length() - at - 1 == 3 && at > 0 && at <= 3;
			digits = thousands ? t.replace(String.valueOf(sep), "") : t.replace(sep, '.');
		}
		else {
			digits = t;
		}
		if (digits.isEmpty() || digits.equals(".") || digits.startsWith(".") && digits.length() == 1) {
			return null;
		}
		return sign + digits;
	}

	private static boolean groupsOfThree(String t, char sep) {
		String[] parts = t.split(Pattern.quote(String.valueOf(sep)), -1);
		if (parts[0].isEmpty() || parts[0].length() > 3) {
			return false;
		}
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].length() != 3) {
				return false;
			}
		}
		return true;
	}

	private static int countOf(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	/** A date cell, an Excel serial number, or text as {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code 12 Desember 2025}. */
	static LocalDate date(String raw, byte kind, boolean date1904) throws BadValue {
		if (isMissing(raw, kind)) {
			return null;
		}
		rejectErrors(raw, kind);
		if (kind == RawRow.DATE || kind == RawRow.NUMBER) {
			double serial;
			try {
				serial = serialNumber(raw);
			}
			catch (NumberFormatException e) {
				throw new BadValue(RejectReason.BAD_DATE, "msg.value.not-date", raw);
			}
			if (kind == RawRow.NUMBER && (serial < 10_000 || serial > 80_000)) {
				throw new BadValue(RejectReason.BAD_DATE, "msg.value.number-not-date", raw);
			}
			return fromExcelSerial(serial, date1904, raw);
		}
		if (kind == RawRow.BOOLEAN) {
			throw new BadValue(RejectReason.BAD_DATE, "msg.value.not-date", raw);
		}
		String t = raw.strip();
		try {
			LocalDate plain = plainDate(t);
			if (plain != null) {
				return plain;
			}
			Matcher m = ISO_DATE.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			m = DMY.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			}
			m = NAMED_DATE.matcher(t);
			if (m.matches()) {
				Integer month = Period.monthNumber(m.group(2));
				if (month != null) {
					return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
				}
			}
		}
		catch (DateTimeException e) {
			throw new BadValue(RejectReason.BAD_DATE, "msg.value.no-such-date", t);
		}
		throw new BadValue(RejectReason.BAD_DATE,
				"msg.value.date-hint", t);
	}

	/**
	 * The two usual spellings, {@code yyyy-MM-dd} and {@code dd/MM/yyyy}, read without a regular expression
	 * (a million rows have two or three dates each); null for anything else, which the patterns then read.
	 */
	private static LocalDate plainDate(String t) {
		if (t.length() != 10) {
			return null;
		}
		if (t.charAt(4) == '-' && t.charAt(7) == '-') {
			int y = digits(t, 0, 4);
			int m = digits(t, 5, 7);
			int d = digits(t, 8, 10);
			return y < 0 || m < 0 || d < 0 ? null : LocalDate.of(y, m, d);
		}
		if (t.charAt(2) == '/' && t.charAt(5) == '/') {
			int d = digits(t, 0, 2);
			int m = digits(t, 3, 5);
			int y = digits(t, 6, 10);
			return y < 0 || m < 0 || d < 0 ? null : LocalDate.of(y, m, d);
		}
		return null;
	}

	/** The number written by the ASCII digits from {@code from} to {@code to}, or -1 when one is not a digit. */
	private static int digits(String t, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	/**
	 * A date cell's number: whole days (digits only, as Excel writes most dates) read directly, without
	 * the two objects a {@link Double#parseDouble} makes; anything else by {@code parseDouble}.
	 */
	static double serialNumber(String raw) {
		int n = raw.length();
		if (n == 0 || n > 9) {
			return Double.parseDouble(raw);
		}
		long days = 0;
		for (int i = 0; i < n; i++) {
			char c = raw.charAt(i);
			if (c < '0' || c > '9') {
				return Double.parseDouble(raw);
			}
			days = days * 10 + (c - '0');
		}
		return days;
	}

	static LocalDate fromExcelSerial(double serial, boolean date1904, String raw) throws BadValue {
		long days = (long) Math.floor(serial);
		// Excel's dates end on 31 December 9999; a larger number in a date cell shows as ##### there, and
		// far larger ones are beyond what a LocalDate can hold
		if (days > (date1904 ? LAST_EXCEL_SERIAL_1904 : LAST_EXCEL_SERIAL_1900)) {
			throw new BadValue(RejectReason.BAD_DATE, "msg.value.excel-date-too-late", raw);
		}
		if (date1904) {
			if (days < 0 || Double.isNaN(serial)) {
				throw new BadValue(RejectReason.BAD_DATE, "msg.value.excel-date", raw);
			}
			return EXCEL_EPOCH_1904.plusDays(days);
		}
		if (days <= 0 || days == 60) {
			throw new BadValue(RejectReason.BAD_DATE, "msg.value.excel-date", raw);
		}
		// Excel counts a 29 February 1900 that never was: serials before it are one day later.
		return days < 60 ? EXCEL_EPOCH_1900.plusDays(days + 1) : EXCEL_EPOCH_1900.plusDays(days);
	}

	/** {@code Y}/{@code N}, {@code Ya}/{@code Tidak}, {@code Yes}/{@code No}, {@code 1}/{@code 0}, {@code TRUE}/{@code FALSE}. */
	static Boolean yesNo(String raw, byte kind) throws BadValue {
		if (isMissing(raw, kind)) {
			return null;
		}
		rejectErrors(raw, kind);
		String t = raw.strip().toLowerCase(Locale.ROOT);
		if (kind == RawRow.NUMBER) {
			t = TRAILING_ZEROS.matcher(t).replaceAll("");
		}
		return switch (t) {
			case "y", "ya", "yes", "true", "1", "benar", "iya" -> Boolean.TRUE;
			case "n", "tidak", "tdk", "no", "false", "0", "bukan" -> Boolean.FALSE;
			default -> throw new BadValue(RejectReason.BAD_YES_NO, "msg.value.yes-no", raw.strip());
		};
	}

	/** {@code L}/{@code P}, {@code M}/{@code F}, {@code Male}/{@code Female}, {@code Laki-laki}/{@code Perempuan}. */
	static Gender gender(String raw, byte kind) throws BadValue {
		if (isMissing(raw, kind)) {
			return null;
		}
		rejectErrors(raw, kind);
		String t = letters(raw, false);
		return switch (t) {
			case "l", "m", "male", "lakilaki", "laki", "lelaki", "pria", "man" -> Gender.MALE;
			case "p", "f", "female", "perempuan", "wanita", "woman" -> Gender.FEMALE;
			default -> throw new BadValue(RejectReason.BAD_GENDER,
					"msg.value.gender", raw.strip());
		};
	}

	/**
	 * Lower-case, without white space (no-break spaces included, as in text pasted from a web page), dots
	 * and hyphens ({@code Laki-laki} is {@code lakilaki}); with
	 * {@code lettersOnly}, without anything but the letters a to z ({@code Belum Bekerja!} is
	 * {@code belumbekerja}).
	 */
	static String letters(String raw, boolean lettersOnly) {
		StringBuilder b = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = Character.toLowerCase(raw.charAt(i));
			boolean keep = lettersOnly ? c >= 'a' && c <= 'z'
					: !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '-');
			if (keep) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** Text trimmed with inner runs of white space collapsed, or null when blank. */
	static String text(String raw, byte kind) throws BadValue {
		if (raw == null || kind == RawRow.BLANK) {
			return null;
		}
		if (kind == RawRow.ERROR) {
			throw new BadValue(RejectReason.ERROR_VALUE, "msg.value.excel-error", raw.strip());
		}
		if (raw.length() > MAX_TEXT) {
			throw new BadValue(RejectReason.TEXT_TOO_LONG, "msg.value.too-long", raw.length(), MAX_TEXT,
					raw.substring(0, 40));
		}
		String t = collapseSpaces(raw);
		if (kind == RawRow.NUMBER) {
			t = plainNumber(t);
		}
		return t.isEmpty() ? null : t;
	}

	/**
	 * A numeric cell as the user typed it: no exponent, no trailing {@code .0}. An {@code .xls} reader gives
	 * {@code 3.201234567890001E15} for a NIK typed as a number, which would escape masking and give the
	 * same id another key than the same id typed as text.
	 */
	static String plainNumber(String raw) {
		String t = raw.strip();
		// a file made by hand can hold any number text, 1E+2147483647 or a million digits: written out in
		// full that is more text than memory holds (or parsing it takes minutes), and no cell needs it
		if (t.length() > PLAIN_NUMBER_MAX) {
			return raw;
		}
		try {
			java.math.BigDecimal n = new java.math.BigDecimal(t).stripTrailingZeros();
			return Math.abs((long) n.scale()) > PLAIN_NUMBER_MAX ? raw : n.toPlainString();
		}
		catch (NumberFormatException | ArithmeticException e) {
			// not a number, or (100E+2147483647) one whose trailing zeros take its scale out of range
			return raw;
		}
	}

	/** Characters of a number cell's text, and digits after or before the point, written out in full. */
	private static final int PLAIN_NUMBER_MAX = 100;

	/** Trims and turns every run of white space (no-break spaces included) into one space. */
	static String collapseSpaces(String raw) {
		boolean plain = true;
		for (int i = 0; i < raw.length() && plain; i++) {
			char c = raw.charAt(i);
			if (c == '\u00a0' || c != ' ' && Character.isWhitespace(c)
					|| c == ' ' && i + 1 < raw.length() && raw.charAt(i + 1) == ' ') {
				plain = false;
			}
		}
		if (plain) {
			return raw.strip();
		}
		return raw.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
	}

	/** A period ({@code 2025-08}, {@code Agustus 2025}, a date cell); null when missing. */
	static Period period(String raw, byte kind, boolean date1904) throws BadValue {
		if (isMissing(raw, kind)) {
			return null;
		}
		rejectErrors(raw, kind);
		if (kind == RawRow.DATE) {
			LocalDate d = date(raw, kind, date1904);
			return Period.ofInput(d).orElseThrow(() -> new BadValue(RejectReason.BAD_PERIOD, "msg.value.period-range",
					d, Period.FIRST_INPUT_YEAR, Period.LAST_YEAR));
		}
		String t = raw.strip();
		if (kind == RawRow.NUMBER && t.matches("\\d{4}\\.1")) {
			String year = t.substring(0, 4);
			throw new BadValue(RejectReason.BAD_PERIOD, "msg.value.period-number", t, year);
		}
		return Period.parse(t).orElseThrow(() -> new BadValue(RejectReason.BAD_PERIOD,
				"msg.value.period", t));
	}

	/** A four-digit year ({@code 2025}); null when the text is not one. */
	static Integer year(String raw) {
		Matcher m = YEAR.matcher(raw.strip());
		if (!m.matches()) {
			return null;
		}
		int y = Integer.parseInt(m.group(1));
		return y >= 1990 && y <= 2100 ? y : null;
	}
}
