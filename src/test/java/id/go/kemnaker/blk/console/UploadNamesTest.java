package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadNamesTest {

	@Test
	void anUploadKeepsOnlyAPlainFileName() {
		assertThat(InputFolder.sanitize("peserta-2025.xlsx")).isEqualTo("peserta-2025.xlsx");
		assertThat(InputFolder.sanitize("../../state/blkdb.csv")).isEqualTo("blkdb.csv");
		assertThat(InputFolder.sanitize("..\\..\\Windows\\evil.csv")).isEqualTo("evil.csv");
		assertThat(InputFolder.sanitize("C:\\Users\\budi\\Desktop\\Data BLK (final).xlsx")).isEqualTo("Data BLK (final).xlsx");
		assertThat(InputFolder.sanitize(".hidden.csv")).isEqualTo("hidden.csv");
		assertThat(InputFolder.sanitize("~$lock.xlsx")).isEqualTo("$lock.xlsx");
		assertThat(InputFolder.sanitize("a<b>c:d\"e|f?g*.csv")).isEqualTo("a_b_c_d_e_f_g_.csv");
		assertThat(InputFolder.sanitize("name\u0000\n.csv")).isEqualTo("name__.csv");
		assertThat(InputFolder.sanitize("trailing. . ")).isEqualTo("trailing");
		assertThat(InputFolder.sanitize("..")).isNull();
		assertThat(InputFolder.sanitize("/")).isNull();
		assertThat(InputFolder.sanitize(null)).isNull();
		assertThat(InputFolder.sanitize("x".repeat(300) + ".xlsx")).hasSize(150).endsWith(".xlsx");
	}

	@Test
	void onlyTheFourDatasetFoldersAreDatasets() {
		assertThat(InputFolder.dataset("blk")).isNotNull();
		assertThat(InputFolder.dataset("labour-force")).isNotNull();
		assertThat(InputFolder.dataset("..")).isNull();
		assertThat(InputFolder.dataset("BLK")).isNull();
		assertThat(InputFolder.dataset(".arsip")).isNull();
	}
}
