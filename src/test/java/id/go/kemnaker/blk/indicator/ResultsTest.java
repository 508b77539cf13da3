package id.go.kemnaker.blk.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.blk.domain.Period;

class ResultsTest {

	private static IndicatorValue value(Scope scope, String key, Indicator indicator, String gender, Double v) {
		return new IndicatorValue(scope, key, indicator, gender, v, null);
	}

	private static Results results(IndicatorValue... values) {
		return new Results(Period.parse("2025-08").orElseThrow(), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31),
				List.of(values), List.of());
	}

	@Test
	void aValueIsFoundByItsScopeKeyIndicatorAndGenderOnly() {
		Results r = results(value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS, "T", 120.0),
				value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS, "L", 70.0),
				value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS, "P", 50.0),
				value(Scope.BLK, "BLK-01-0001", Indicator.GRADUATES, "T", 100.0),
				value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, "T", 900.0));

		assertThat(r.value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS)).isEqualTo(120.0);
		assertThat(r.value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS, "L")).isEqualTo(70.0);
		assertThat(r.value(Scope.BLK, "BLK-01-0001", Indicator.PARTICIPANTS, "P")).isEqualTo(50.0);
		assertThat(r.value(Scope.BLK, "BLK-01-0001", Indicator.GRADUATES)).isEqualTo(100.0);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS)).isEqualTo(900.0);

		assertThat(r.get(Scope.BLK, "BLK-01-0001", Indicator.GRADUATES, "L")).as("gender not computed").isNull();
		assertThat(r.get(Scope.BLK, "BLK-01-0001", Indicator.PLACED, "T")).as("indicator not computed").isNull();
		assertThat(r.get(Scope.BLK, "BLK-01-0002", Indicator.PARTICIPANTS, "T")).as("other key").isNull();
		assertThat(r.get(Scope.PROVINCE, "BLK-01-0001", Indicator.PARTICIPANTS, "T")).as("other scope").isNull();
		assertThat(r.get(Scope.NATIONAL, "ID", Indicator.PARTICIPANTS, "T")).as("scope without values").isNull();
	}

	@Test
	void aValueWithAGenderCodeOtherThanTLOrPIsStillFound() {
		Results r = results(value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, "X", 3.0),
				value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, null, 4.0),
				value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, "T", 7.0));

		assertThat(r.value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, "X")).isEqualTo(3.0);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS, null)).isEqualTo(4.0);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.PARTICIPANTS)).isEqualTo(7.0);
		assertThat(r.value(Scope.PROVINCE, "12", Indicator.PARTICIPANTS, "X")).isNull();
	}

	@Test
	void keysKeepTheOrderComputedAndBlanksKeepTheirReason() {
		Results r = results(value(Scope.PROVINCE, "94", Indicator.TPT, "T", 3.1),
				new IndicatorValue(Scope.PROVINCE, "11", Indicator.TPT, "T", null, Flag.NO_DATA),
				value(Scope.PROVINCE, "31", Indicator.TPT, "T", 6.2));

		assertThat(r.keys(Scope.PROVINCE)).containsExactly("94", "11", "31");
		assertThat(r.blanks(Scope.PROVINCE)).extracting(IndicatorValue::key, IndicatorValue::flag)
			.containsExactly(Tuple.tuple("11", Flag.NO_DATA));
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.TPT)).isNull();
		assertThat(r.flag(Scope.PROVINCE, "11", Indicator.TPT)).isEqualTo(Flag.NO_DATA);
	}

	@Test
	void everyIndicatorKeepsItsOwnValueForEachGender() {
		List<IndicatorValue> values = new java.util.ArrayList<>();
		double v = 0;
		for (Indicator i : Indicator.values()) {
			for (String g : List.of("T", "L", "P")) {
				values.add(value(Scope.PROVINCE, "65", i, g, v++));
			}
		}
		Results r = results(values.toArray(IndicatorValue[]::new));

		for (IndicatorValue expected : values) {
			assertThat(r.get(Scope.PROVINCE, "65", expected.indicator(), expected.gender())).isSameAs(expected);
		}
	}

	@Test
	void theLastOfTwoValuesForTheSameCellIsTheOneFound() {
		Results r = results(value(Scope.BLK, "BLK-01", Indicator.PLACED, "L", 1.0),
				value(Scope.BLK, "BLK-01", Indicator.PLACED, "X", 2.0),
				value(Scope.BLK, "BLK-01", Indicator.PLACED, "L", 3.0),
				value(Scope.BLK, "BLK-01", Indicator.PLACED, "X", 4.0));

		assertThat(r.value(Scope.BLK, "BLK-01", Indicator.PLACED, "L")).isEqualTo(3.0);
		assertThat(r.value(Scope.BLK, "BLK-01", Indicator.PLACED, "X")).isEqualTo(4.0);
	}

	@Test
	void aValueWithoutKeyScopeOrIndicatorIsFoundLikeAnyOther() {
		Results r = results(value(Scope.NATIONAL, null, Indicator.TPT, "T", 4.9),
				value(null, "11", Indicator.TPT, "T", 5.1), value(Scope.PROVINCE, "11", null, "T", 5.2));

		assertThat(r.value(Scope.NATIONAL, null, Indicator.TPT)).isEqualTo(4.9);
		assertThat(r.value(null, "11", Indicator.TPT)).isEqualTo(5.1);
		assertThat(r.value(Scope.PROVINCE, "11", null)).isEqualTo(5.2);
		assertThat(r.value(Scope.PROVINCE, "11", Indicator.TPT)).isNull();
	}
}
