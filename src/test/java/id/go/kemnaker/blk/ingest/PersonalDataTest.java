package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIKs and birth dates never leave the reader unmasked. */
class PersonalDataTest {

	@Test
	void masksEverySixteenDigitRunKeepingTheFirstAndLastFour() {
		assertThat(PersonalData.maskIdentifiers("NIK 3201234567890001 sama dengan 3201234567890002."))
			.isEqualTo("NIK 3201********0001 sama dengan 3201********0002.");
		assertThat(PersonalData.maskIdentifiers("3201234567890001")).isEqualTo("3201********0001");
	}

	@Test
	void leavesShorterAndLongerDigitRunsAlone() {
		assertThat(PersonalData.maskIdentifiers("no 320123456789000 / 32012345678900011"))
			.isEqualTo("no 320123456789000 / 32012345678900011");
		assertThat(PersonalData.maskIdentifiers(null)).isNull();
	}

	@Test
	void recognisesANik() {
		assertThat(PersonalData.looksLikeNik(" 3201234567890001 ")).isTrue();
		assertThat(PersonalData.looksLikeNik("P-2025-0001")).isFalse();
	}

	@Test
	void neverShowsABirthDateAndMasksIdentifiersInOtherColumns() {
		assertThat(PersonalData.showable("birth_date", "17/05/2000")).isEqualTo("********");
		assertThat(PersonalData.showable("blk_code", "3201234567890001")).isEqualTo("3201********0001");
		assertThat(PersonalData.showable("program", "Las")).isEqualTo("Las");
		assertThat(PersonalData.showable("program", null)).isNull();
	}
}
