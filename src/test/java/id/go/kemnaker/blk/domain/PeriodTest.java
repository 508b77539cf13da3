package id.go.kemnaker.blk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Survey rounds and months as offices write them. */
class PeriodTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-08|2025|8", "2025/8|2025|8", "2025.08|2025|8", "08/2025|2025|8",
			"8-2025|2025|8", "Agustus 2025|2025|8", "AGUSTUS 2025|2025|8", "Agt 2025|2025|8", "Aug 2025|2025|8",
			"Agustus-2025|2025|8", "2025 Agustus|2025|8", "Februari 2024|2024|2", "Pebruari 2024|2024|2",
			"Nopember 2025|2025|11", "Des. 2025|2025|12", "' Mei 2025 '|2025|5" })
	void readsAPeriodAsOfficesWriteIt(String text, int year, int month) {
		assertThat(Period.parse(text)).contains(Period.of(year, month));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-13", "2025-00", "Agustus", "kemarin", "Semester 2 2025", "", "13/2025" })
	void readsNoPeriodFromTextThatIsNotOne(String text) {
		assertThat(Period.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1959-12", "Agustus 1900", "3000-01" })
	void readsNoPeriodBeforeTheFirstInputYearOrAfterTheLastYear(String text) {
		assertThat(Period.parse(text)).isEmpty();
	}

	@Test
	void aPeriodOfTheFirstInputYearLeavesRoomForTheLongestTrainingWindowAndAYearBefore() {
		Period first = Period.parse("1960-01").orElseThrow();
		assertThat(first.minusMonths(120 - 1).minusMonths(12).year()).isGreaterThanOrEqualTo(Period.FIRST_YEAR);
	}

	@Test
	void readsNoPeriodFromNull() {
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void writesAndOrdersPeriods() {
		Period aug = Period.of(2025, 8);
		assertThat(aug).hasToString("2025-08");
		assertThat(Period.of(1900, 12)).hasToString("1900-12");
		assertThat(aug.plusMonths(6)).isEqualTo(Period.of(2026, 2));
		assertThat(aug.minusMonths(8)).isEqualTo(Period.of(2024, 12));
		assertThat(aug.isAfter(Period.of(2025, 2))).isTrue();
		assertThat(aug.isBefore(Period.of(2025, 11))).isTrue();
		assertThat(aug.firstDay()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(Period.of(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(aug.contains(LocalDate.of(2025, 8, 31))).isTrue();
		assertThat(Period.of(LocalDate.of(2025, 3, 14))).isEqualTo(Period.of(2025, 3));
	}

	@Test
	void refusesAnImpossibleMonth() {
		assertThatThrownBy(() -> Period.of(2025, 13)).isInstanceOf(IllegalArgumentException.class);
	}
}
