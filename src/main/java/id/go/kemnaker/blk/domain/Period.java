package id.go.kemnaker.blk.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, written {@code YYYY-MM}. Labour figures belong to a Sakernas round (February,
 * August, and since 2025 November); training cohorts and demand rows to any month.
 */
public record Period(int year, int month) implements Comparable<Period> {

	private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
	private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
	private static final Pattern NAMED = Pattern.compile("([\\p{L}.]+)\\s*[-/ ]?\\s*(\\d{4})");
	private static final Pattern NAMED_YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*([\\p{L}.]+)");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(
			Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
			Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2), Map.entry("feb", 2),
			Map.entry("peb", 2),
			Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mrt", 3),
			Map.entry("april", 4), Map.entry("apr", 4),
			Map.entry("mei", 5), Map.entry("may", 5),
			Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
			Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
			Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("agu", 8),
			Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("agus", 8),
			Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
			Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
			Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
			Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

	/** The years a period may have. */
	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2999;
	/**
	 * The first year of a period read from input or the command line: a training window reaches back up to
	 * ten years from the report period and a year-on-year change one more, and neither may fall before
	 * {@link #FIRST_YEAR} (labour-force surveys began in the 1970s).
	 */
	public static final int FIRST_INPUT_YEAR = 1960;

	public Period {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 1..12: " + month);
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
	}

	public static Period of(int year, int month) {
		return new Period(year, month);
	}

	public static Period of(LocalDate date) {
		return new Period(date.getYear(), date.getMonthValue());
	}

	/**
	 * Reads a period as offices write it: {@code 2025-08}, {@code 2025/8}, {@code 08/2025},
	 * {@code Agustus 2025}, {@code Agt 2025}, {@code Aug 2025}, {@code 2025 Agustus}.
	 */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		Matcher m = ISO.matcher(t);
		if (m.matches()) {
			return checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = MONTH_FIRST.matcher(t);
		if (m.matches()) {
			return checked(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
		}
		m = NAMED.matcher(t);
		if (m.matches()) {
			Integer month = monthNumber(m.group(1));
			return month == null ? Optional.empty() : checked(Integer.parseInt(m.group(2)), month);
		}
		m = NAMED_YEAR_FIRST.matcher(t);
		if (m.matches()) {
			Integer month = monthNumber(m.group(2));
			return month == null ? Optional.empty() : checked(Integer.parseInt(m.group(1)), month);
		}
		return Optional.empty();
	}

	/** The month number of an Indonesian or English month name or abbreviation, or null. */
	public static Integer monthNumber(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
		return MONTHS.get(key);
	}

	/** The period of a date read from input, or empty when its year is outside the input years. */
	public static Optional<Period> ofInput(LocalDate date) {
		return checked(date.getYear(), date.getMonthValue());
	}

	private static Optional<Period> checked(int year, int month) {
		if (month < 1 || month > 12 || year < FIRST_INPUT_YEAR || year > LAST_YEAR) {
			return Optional.empty();
		}
		return Optional.of(new Period(year, month));
	}

	public Period plusMonths(int months) {
		YearMonth ym = YearMonth.of(year, month).plusMonths(months);
		return new Period(ym.getYear(), ym.getMonthValue());
	}

	public Period minusMonths(int months) {
		return plusMonths(-months);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, month, 1);
	}

	public LocalDate lastDay() {
		return YearMonth.of(year, month).atEndOfMonth();
	}

	public boolean contains(LocalDate date) {
		return date.getYear() == year && date.getMonthValue() == month;
	}

	@Override
	public int compareTo(Period other) {
		return Integer.compare(year * 12 + month, other.year * 12 + other.month);
	}

	public boolean isAfter(Period other) {
		return compareTo(other) > 0;
	}

	public boolean isBefore(Period other) {
		return compareTo(other) < 0;
	}

	/** {@code 2025-08}: the year has four digits (1900 to 2999), the month two. */
	@Override
	public String toString() {
		return year + (month < 10 ? "-0" : "-") + month;
	}
}
