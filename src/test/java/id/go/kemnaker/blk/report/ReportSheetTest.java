package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
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

	@Test
	void aTextWrapsIntoAsManyLinesAsItsWordsNeed() {
		assertThat(ReportSheet.lines("TPT (%)", 14)).isEqualTo(1);
		assertThat(ReportSheet.lines("Tingkat penempatan jendela sebelumnya (%)", 15)).isEqualTo(4);
		assertThat(ReportSheet.lines("a\nb", 10)).isEqualTo(2);
		assertThat(ReportSheet.lines("x".repeat(25), 10)).isEqualTo(3);
	}

	@Test
	void aTableWiderThanAPageIsSplitBetweenItsGroupsWithItsKeyColumnsAndHeaderOnEveryPage() throws Exception {
		try (ReportBook book = new ReportBook(Labels.of(Locale.forLanguageTag("id")), "t", new Date(),
				new ReportBook.Paper("2025-08", "1.0", true))) {
			ReportSheet s = book.sheet("Lebar");
			s.title("Judul");
			List<Col> cols = new ArrayList<>(List.of(Col.text("Kode"), Col.text("Provinsi")));
			for (int i = 0; i < 30; i++) {
				cols.add(Col.rate("Tingkat penempatan nomor " + i + " (%)"));
			}
			ReportTable t = s.table("Wide", cols);
			s.keyColumns(2);
			// groups of four columns: two do not fit beside the key columns, one does with room to spare
			s.groupStarts(2, 6, 10, 14, 18, 22, 26, 30);
			List<Object> row = new ArrayList<>(List.of("65", "Kalimantan Utara"));
			for (int i = 0; i < 30; i++) {
				row.add(12.345 + i);
			}
			t.row(row.toArray());
			t.end();
			s.finish();
			XSSFSheet x = s.xssf();
			assertThat(x.getFitToPage()).isFalse();
			assertThat(x.getPrintSetup().getScale()).isEqualTo((short) 100);
			assertThat(x.getPrintSetup().getLandscape()).isTrue();
			assertThat(x.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
			assertThat(x.getRepeatingRows().formatAsString()).isEqualTo("3:3");
			// POI's break n: the page ends after 0-based column n; every group starts a page
			assertThat(x.getColumnBreaks()).containsExactly(5, 9, 13, 17, 21, 25, 29);
			int keys = s.width(0) + s.width(1);
			for (int[] page : new int[][] { { 2, 6 }, { 26, 30 }, { 30, 32 } }) {
				int width = keys;
				for (int c = page[0]; c < page[1]; c++) {
					width += s.width(c);
				}
				assertThat(width).isLessThanOrEqualTo(ReportSheet.PAGE_CHARS);
			}
			assertThat(x.getFooter().getCenter()).contains("DATA CONTOH / SAMPLE DATA - bukan angka resmi");
			assertThat(x.getFooter().getRight()).contains("&P").contains("&N").contains("blk-pipeline 1.0");
			assertThat(s.sheet().getRow(1).getCell(0).getStringCellValue()).isEqualTo("DATA CONTOH / SAMPLE DATA - bukan angka resmi");
		}
	}
	@Test
	void aSheetOfSeveralTablesPrintsNoHeaderOverTheRowsOfAnother() throws Exception {
		try (ReportBook book = new ReportBook(Labels.of(Locale.forLanguageTag("id")), "t", new Date(),
				new ReportBook.Paper("2025-08", "1.0", true))) {
			ReportSheet s = book.sheet("Dua tabel");
			ReportTable first = s.table("Pertama", List.of(Col.integer("No"), Col.text("Berkas")));
			first.row(1, "a.xlsx");
			first.end();
			ReportTable second = s.table("Kedua", List.of(Col.text("Alasan"), Col.integer("Baris")));
			for (int i = 0; i < 100; i++) {
				second.row("BAD_DATE", i);
			}
			second.end();
			s.finish();
			XSSFSheet x = s.xssf();
			assertThat(x.getRepeatingRows()).isNull();
			assertThat(x.getPaneInformation().getHorizontalSplitTopRow()).as("the first header still frozen on screen")
				.isEqualTo((short) 1);
		}
	}
}
