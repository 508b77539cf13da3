package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.Period;

/** Cell values as offices type them. */
class ValuesTest {

	private static final byte TEXT = RawRow.TEXT;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1.234.567|1234567", "1,234,567|1234567", "1.234|1234", "1,234|1234",
			"395803|395803", "' 12 345 '|12345", "1.234.567,00|1234567", "+15|15" })
	void readsCountsTypedInIndonesianAndEnglishStyle(String typed, long expected) throws Values.BadValue {
		assertThat(Values.count(typed, TEXT)).isEqualTo(expected);
	}

	@Test
	void readsNumericCellsAsTheyAre() throws Values.BadValue {
		assertThat(Values.count("395803.0", RawRow.NUMBER)).isEqualTo(395_803L);
		assertThat(Values.count("1.0E7", RawRow.NUMBER)).isEqualTo(10_000_000L);
		assertThat(Values.rate("4.91", RawRow.NUMBER)).isEqualTo(4.91);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "4,91|4.91", "4.91|4.91", "4,91%|4.91", "4.91 %|4.91", "0|0", "100|100",
			"69,55|69.55" })
	void readsRatesWithADecimalCommaOrPointAndAPercentSign(String typed, double expected) throws Values.BadValue {
		assertThat(Values.rate(typed, TEXT)).isEqualTo(expected);
	}

	@Test
	void takesTheLastSeparatorAsTheDecimalOneWhenBothAppear() throws Values.BadValue {
		assertThat(Values.number("1.234.567,89", TEXT, false)).isEqualTo(1_234_567.89);
		assertThat(Values.number("1,234,567.89", TEXT, false)).isEqualTo(1_234_567.89);
		assertThat(Values.number("1.234", TEXT, false)).as("a lone separator outside a count is decimal")
			.isEqualTo(1.234);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-", "NA", "n/a", "", "   ", "\u2026", "...", "\u2013" })
	void readsMissingMarksAsMissingNeverZero(String typed) throws Values.BadValue {
		assertThat(Values.count(typed, TEXT)).isNull();
		assertThat(Values.rate(typed, TEXT)).isNull();
		assertThat(Values.date(typed, TEXT, false)).isNull();
		assertThat(Values.yesNo(typed, TEXT)).isNull();
		assertThat(Values.gender(typed, TEXT)).isNull();
		assertThat(Values.period(typed, TEXT, false)).isNull();
	}

	@Test
	void readsABlankCellAsMissing() throws Values.BadValue {
		assertThat(Values.count(null, RawRow.BLANK)).isNull();
		assertThat(Values.rate(null, RawRow.BLANK)).isNull();
		assertThat(Values.text(null, RawRow.BLANK)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12a|BAD_NUMBER", "1.23.4|BAD_NUMBER", "4,5|BAD_NUMBER", "-3|NEGATIVE_COUNT",
			"-1.234|NEGATIVE_COUNT", "#DIV/0!|ERROR_VALUE", "#REF!|ERROR_VALUE", "1e20|BAD_NUMBER" })
	void rejectsCountsThatAreNotWholeNonNegativeNumbers(String typed, RejectReason reason) {
		assertRejected(reason, () -> Values.count(typed, TEXT));
	}

	@Test
	void rejectsErrorAndBooleanCellsAsNumbers() {
		assertRejected(RejectReason.ERROR_VALUE, () -> Values.count("#REF!", RawRow.ERROR));
		assertRejected(RejectReason.BAD_NUMBER, () -> Values.count("TRUE", RawRow.BOOLEAN));
	}

	@ParameterizedTest
	@ValueSource(strings = { "100,5", "-0,1", "250%" })
	void rejectsRatesOutsideZeroToHundred(String typed) {
		assertRejected(RejectReason.RATE_OUT_OF_RANGE, () -> Values.rate(typed, TEXT));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Y|true", "y|true", "Ya|true", "YA|true", "Yes|true", "1|true", "TRUE|true",
			"N|false", "Tidak|false", "tidak|false", "No|false", "0|false", "FALSE|false" })
	void readsYesNoVariants(String typed, boolean expected) throws Values.BadValue {
		assertThat(Values.yesNo(typed, TEXT)).isEqualTo(expected);
	}

	@Test
	void readsYesNoFromBooleanAndNumericCells() throws Values.BadValue {
		assertThat(Values.yesNo("TRUE", RawRow.BOOLEAN)).isTrue();
		assertThat(Values.yesNo("0.0", RawRow.NUMBER)).isFalse();
		assertThat(Values.yesNo("1", RawRow.NUMBER)).isTrue();
		assertRejected(RejectReason.BAD_YES_NO, () -> Values.yesNo("mungkin", TEXT));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "L|MALE", "l|MALE", "Laki-laki|MALE", "LAKI-LAKI|MALE", "Laki laki|MALE",
			"M|MALE", "Male|MALE", "P|FEMALE", "Perempuan|FEMALE", "F|FEMALE", "Female|FEMALE", "female|FEMALE" })
	void readsGenderVariants(String typed, Gender expected) throws Values.BadValue {
		assertThat(Values.gender(typed, TEXT)).isEqualTo(expected);
	}

	@Test
	void readsAGenderSpelledWithANoBreakSpaceLikeOneWithASpace() throws Values.BadValue {
		// pasted from a web page: "Laki laki" with U+00A0 between the words
		assertThat(Values.gender("Laki\u00a0laki", TEXT)).isEqualTo(Gender.MALE);
		assertThat(Values.gender("P\u00a0", TEXT)).isEqualTo(Gender.FEMALE);
	}

	@Test
	void rejectsAnUnknownGender() {
		assertRejected(RejectReason.BAD_GENDER, () -> Values.gender("X", TEXT));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-03-01|2025-03-01", "01/03/2025|2025-03-01", "1/3/2025|2025-03-01",
			"01-03-2025|2025-03-01", "12 Desember 2025|2025-12-12", "12 Dec 2025|2025-12-12", "12-Des-2025|2025-12-12",
			"1 Agustus 2025|2025-08-01", "17 Mei 2000|2000-05-17", "2025-03-01 00:00:00|2025-03-01" })
	void readsDatesTypedAsText(String typed, LocalDate expected) throws Values.BadValue {
		assertThat(Values.date(typed, TEXT, false)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kemarin", "31/02/2025", "2025-13-01", "12 Foo 2025", "32/01/2025" })
	void rejectsTextThatIsNotADate(String typed) {
		assertRejected(RejectReason.BAD_DATE, () -> Values.date(typed, TEXT, false));
	}

	@Test
	void readsDateCellsInBothExcelDateSystems() throws Values.BadValue {
		LocalDate date = LocalDate.of(2025, 3, 1);
		long serial1900 = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
		long serial1904 = ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date);
		assertThat(Values.date(serial1900 + ".0", RawRow.DATE, false)).isEqualTo(date);
		assertThat(Values.date(Long.toString(serial1900), RawRow.NUMBER, false)).isEqualTo(date);
		assertThat(Values.date(Long.toString(serial1904), RawRow.DATE, true)).isEqualTo(date);
		assertRejected(RejectReason.BAD_DATE, () -> Values.date("12", RawRow.NUMBER, false));
	}

	@Test
	void rejectsADateCellAfterTheLastPeriodYearAsABadPeriod() throws Values.BadValue {
		assertThat(Values.period("401768", RawRow.DATE, false)).isEqualTo(Period.of(2999, 12));
		assertRejected(RejectReason.BAD_PERIOD, () -> Values.period("401769", RawRow.DATE, false));
		assertRejected(RejectReason.BAD_PERIOD, () -> Values.period("2958465", RawRow.DATE, false));
	}

	@Test
	void rejectsAPeriodInANumberCellThatCouldBeJanuaryOrOctober() throws Values.BadValue {
		assertRejected(RejectReason.BAD_PERIOD, () -> Values.period("2025.1", RawRow.NUMBER, false));
		assertThat(Values.period("2025.1", TEXT, false)).isEqualTo(Period.of(2025, 1));
		assertThat(Values.period("2025.01", RawRow.NUMBER, false)).isEqualTo(Period.of(2025, 1));
		assertThat(Values.period("2025.11", RawRow.NUMBER, false)).isEqualTo(Period.of(2025, 11));
		assertThat(Values.period("8.2025", RawRow.NUMBER, false)).isEqualTo(Period.of(2025, 8));
	}

	@Test
	void writesANumberCellOutInFullOnlyWhenThatIsShort() {
		assertThat(Values.plainNumber("1.2345E7")).isEqualTo("12345000");
		assertThat(Values.plainNumber("1.0")).isEqualTo("1");
		assertThat(Values.plainNumber("1E+2147483647")).isEqualTo("1E+2147483647");
		assertThat(Values.plainNumber("1E-2147483647")).isEqualTo("1E-2147483647");
		assertThat(Values.plainNumber("1E101")).isEqualTo("1E101");
		assertThat(Values.plainNumber("100E+2147483647")).as("its trailing zeros would take the scale out of range")
			.isEqualTo("100E+2147483647");
		String digits = "9".repeat(200_000);
		assertThat(Values.plainNumber(digits)).isSameAs(digits);
	}

	@Test
	void rejectsANumberCellThatIsNotANumberAsABadNumber() {
		assertRejected(RejectReason.BAD_NUMBER, () -> Values.rate("NaN", RawRow.NUMBER));
		assertRejected(RejectReason.BAD_NUMBER, () -> Values.count("NaN", RawRow.NUMBER));
	}

	@Test
	void readsTheLastDateExcelShowsAndRejectsAnyLaterOneAsABadDate() throws Values.BadValue {
		assertThat(Values.date("2958465", RawRow.DATE, false)).isEqualTo(LocalDate.of(9999, 12, 31));
		assertThat(Values.date("2957003", RawRow.DATE, true)).isEqualTo(LocalDate.of(9999, 12, 31));
		for (String serial : new String[] { "2958466", "99999999999999", "1e300", "Infinity", "NaN" }) {
			assertRejected(RejectReason.BAD_DATE, () -> Values.date(serial, RawRow.DATE, false), serial);
			assertRejected(RejectReason.BAD_DATE, () -> Values.period(serial, RawRow.DATE, true), serial);
		}
		assertRejected(RejectReason.BAD_DATE, () -> Values.date("-1", RawRow.DATE, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "7", "45717", "000045717", "999999999", "1234567890", "45717.75", "4.5717E4", "-45717",
			"+45717", "1e3", " 45717", "45717 " })
	void readsADateCellsNumberAsDoubleParseDoubleDoes(String number) {
		assertThat(Values.serialNumber(number)).isEqualTo(Double.parseDouble(number));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "4571x", "x" })
	void failsOnADateCellsNumberAsDoubleParseDoubleDoes(String number) {
		assertThatThrownBy(() -> Double.parseDouble(number)).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Values.serialNumber(number)).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void readsPeriods() throws Values.BadValue {
		assertThat(Values.period("Agustus 2025", TEXT, false)).isEqualTo(Period.of(2025, 8));
		assertThat(Values.period("2025-08", TEXT, false)).isEqualTo(Period.of(2025, 8));
		assertRejected(RejectReason.BAD_PERIOD, () -> Values.period("semester 2", TEXT, false));
	}

	@Test
	void readsNumericCellsAsTextTheWayTheyWereTyped() throws Values.BadValue {
		assertThat(Values.text("3.201234567890001E15", RawRow.NUMBER)).isEqualTo("3201234567890001");
		assertThat(Values.text("65.0", RawRow.NUMBER)).isEqualTo("65");
		assertThat(Values.text("2.0250001E7", RawRow.NUMBER)).isEqualTo("20250001");
		assertThat(Values.text("4.5", RawRow.NUMBER)).isEqualTo("4.5");
		assertThat(Values.text("  Las \u00a0 Listrik  ", TEXT)).isEqualTo("Las Listrik");
	}

	@Test
	void rejectsOverlongText() {
		assertRejected(RejectReason.TEXT_TOO_LONG, () -> Values.text("x".repeat(Values.MAX_TEXT + 1), TEXT));
	}

	/** The call throws a {@link Values.BadValue} with this reason. */
	private static void assertRejected(RejectReason reason, ThrowingCallable call) {
		assertRejected(reason, call, "");
	}

	private static void assertRejected(RejectReason reason, ThrowingCallable call, String what) {
		assertThatThrownBy(call).as(what).isInstanceOfSatisfying(Values.BadValue.class,
				e -> assertThat(e.reason()).isEqualTo(reason));
	}
}
