package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

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
	void masksExactlyWhatTheExpressionAloneMasks() {
		// the scan that skips the expression must never skip a text the expression would change
		Pattern nik = Pattern.compile("(?<!\\d)(\\d{4})(\\d{8})(\\d{4})(?!\\d)");
		String alphabet = "0123456789012345678901234567890123456789 -/a\u0663\uff11";
		Random random = new Random(7);
		int masked = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder sb = new StringBuilder();
			int length = random.nextInt(50);
			for (int j = 0; j < length; j++) {
				sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String text = sb.toString();
			String expected = nik.matcher(text).replaceAll("$1********$3");
			assertThat(PersonalData.maskIdentifiers(text)).as(text).isEqualTo(expected);
			masked += expected.equals(text) ? 0 : 1;
		}
		assertThat(masked).as("texts with a NIK among the random ones").isGreaterThan(100);
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
