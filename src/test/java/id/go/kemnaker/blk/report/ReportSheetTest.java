package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportSheetTest {

	@Test
	void aColumnIsAsWideAsTheLongestLineOfItsText() {
		assertThat(ReportSheet.longestLine("")).isZero();
		assertThat(ReportSheet.longestLine("Las Listrik")).isEqualTo(11);
		assertThat(ReportSheet.longestLine("TPT: angka terbitan\nTPAK")).isEqualTo(19);
		assertThat(ReportSheet.longestLine("ab\nabcde\n")).isEqualTo(5);
	}

	@Test
	void aNumberIsAsWideAsTheDigitsOfItsWholePart() {
		assertThat(ReportSheet.digits(0)).isEqualTo(1);
		assertThat(ReportSheet.digits(9.99)).isEqualTo(1);
		assertThat(ReportSheet.digits(7_462_616)).isEqualTo(7);
		assertThat(ReportSheet.digits(-12_345.6)).isEqualTo(5);
		assertThat(ReportSheet.digits(1e19)).isEqualTo(19);
		assertThat(ReportSheet.digits(-1e19)).isEqualTo(19);
	}
}
