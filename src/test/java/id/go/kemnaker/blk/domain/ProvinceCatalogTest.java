package id.go.kemnaker.blk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 38 provinces, their two code systems and the spellings offices use. */
class ProvinceCatalogTest {

	private static final ProvinceCatalog CATALOG = ProvinceCatalog.load();

	@Test
	void holdsThe38Provinces() {
		assertThat(CATALOG.all()).hasSize(38);
		assertThat(CATALOG.all()).extracting(Province::code).doesNotHaveDuplicates();
		assertThat(CATALOG.all()).extracting(Province::kemendagriCode).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Prov. Kalimantan Utara|65", "KALTARA|65", "kaltara|65",
			"Provinsi Kalimantan Utara|65", "kalimantan-utara|65", "Kalimantan  Utara.|65", "Kep. Babel|19",
			"Kepulauan Bangka Belitung|19", "KEP. BANGKA BELITUNG|19", "DKI Jakarta|31", "Jakarta|31", "DIY|34",
			"D.I. Yogyakarta|34", "Papua|94", "Papua Barat|91", "Papua Barat Daya|92", "Papua Selatan|95",
			"Papua Tengah|96", "Papua Pegunungan|97", "NTT|53", "Nanggroe Aceh Darussalam|11" })
	void findsAProvinceByAnyKnownSpelling(String name, String code) {
		assertThat(CATALOG.byName(name)).map(Province::code).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kalimantan Raya", "Papua Utara", "", "INDONESIA" })
	void findsNoProvinceForAnUnknownNameOrTheNationalTotal(String name) {
		assertThat(CATALOG.byName(name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "INDONESIA", "Indonesia", "Jumlah", "TOTAL", "Grand Total", "Nasional" })
	void recognisesTotalLabels(String label) {
		assertThat(ProvinceCatalog.isTotalLabel(label)).isTrue();
	}

	@Test
	void doesNotTakeAProvinceForATotal() {
		assertThat(ProvinceCatalog.isTotalLabel("Kalimantan Utara")).isFalse();
		assertThat(ProvinceCatalog.isTotalLabel(null)).isFalse();
	}

	@Test
	void tellsTheTwoPapuaNumberingsApart() {
		assertThat(CATALOG.byBpsCode("91")).map(Province::officialName).contains("Papua Barat");
		assertThat(CATALOG.byKemendagriCode("91")).map(Province::code).contains("94");
		assertThat(CATALOG.byBpsCode("93")).as("93 exists only in Home Affairs numbering").isEmpty();
		assertThat(CATALOG.byKemendagriCode("93")).map(Province::code).contains("95");
		assertThat(CATALOG.byBpsCode("65.0")).map(Province::code).contains("65");
		assertThat(CATALOG.byBpsCode("065")).map(Province::code).contains("65");
		assertThat(Province.isPapuaRegionCode("91")).isTrue();
		assertThat(Province.isPapuaRegionCode("65")).isFalse();
	}

	@Test
	void writesCodesAsTwoDigits() {
		assertThat(ProvinceCatalog.twoDigits("65")).isEqualTo("65");
		assertThat(ProvinceCatalog.twoDigits("65.0")).isEqualTo("65");
		assertThat(ProvinceCatalog.twoDigits(" 065 ")).isEqualTo("65");
		assertThat(ProvinceCatalog.twoDigits("0")).isEqualTo("00");
		assertThat(ProvinceCatalog.twoDigits("ab")).isEqualTo("ab");
	}

	@Test
	void knowsWhichProvincesWereNotYetReportedBefore2024() {
		Period aug2023 = Period.of(2023, 8);
		assertThat(CATALOG.get("95").reportedIn(aug2023)).isFalse();
		assertThat(CATALOG.get("95").reportedIn(Period.of(2024, 2))).isTrue();
		assertThat(CATALOG.get("11").reportedIn(aug2023)).isTrue();
		assertThat(CATALOG.get("94").reportedIn(aug2023)).as("Papua existed before the split").isTrue();
		assertThat(CATALOG.get("94").comparable(aug2023, Period.of(2025, 8))).isFalse();
		assertThat(CATALOG.get("65").comparable(aug2023, Period.of(2025, 8))).isTrue();
		assertThatThrownBy(() -> CATALOG.get("99")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void makesFileNameSlugs() {
		assertThat(CATALOG.get("19").slug()).isEqualTo("kep-bangka-belitung");
		assertThat(CATALOG.get("65").displayName()).isEqualTo("Kalimantan Utara");
	}
}
