package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Workbooks;

/** The brief, map and plan sheets of the workbooks written from the shipped sample data. */
class BriefOnSampleIT {

	@TempDir
	static Path dir;

	static Cli cli;

	@BeforeAll
	static void runTheShippedSample() throws Exception {
		cli = Cli.in(dir).withSampleInput();
		Cli.Result r = cli.run("run");
		assertThat(r.exitCode()).as(r.all()).isZero();
	}

	static XSSFWorkbook national() throws Exception {
		return Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"));
	}

	static XSSFWorkbook kaltara() throws Exception {
		return Workbooks.open(cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx"));
	}

	@Test
	void ringkasanShowsThePublishedTpakWithTheSumOfProvincesBesideItAndANote() throws Exception {
		try (XSSFWorkbook wb = national()) {
			List<Map<String, Cell>> headline = Workbooks.table(wb.getSheet("Ringkasan"), "Indikator");
			Map<String, Cell> tpak = Workbooks.row(headline, "Indikator", "Tingkat Partisipasi Angkatan Kerja");
			assertThat(Workbooks.number(tpak.get("Nilai"))).isEqualTo(70.59);
			assertThat(Workbooks.number(tpak.get("Jumlah provinsi"))).isEqualTo(70.56);
			assertThat(Workbooks.shown(tpak.get("Jumlah provinsi"))).isEqualTo("70.56");
			assertThat(Workbooks.number(tpak.get("Selisih"))).isEqualTo(0.03);
			assertThat(texts(wb.getSheet("Ringkasan"))).anySatisfy(t -> assertThat(t).startsWith("Angka nasional = angka terbitan BPS")
				.contains("TPAK (%) 70,59 terbitan, 70,56 dari jumlah provinsi (selisih 0,03 poin)"));
			Map<String, Cell> tpt = Workbooks.row(headline, "Indikator", "Tingkat Pengangguran Terbuka");
			assertThat(Workbooks.number(tpt.get("Nilai"))).isEqualTo(4.85);
		}
	}

	@Test
	void ringkasanSaysItsKeyMessagesInSentencesWithIndonesianNumbers() throws Exception {
		try (XSSFWorkbook wb = national()) {
			List<String> texts = texts(wb.getSheet("Ringkasan"));
			List<String> messages = texts.stream().filter(t -> t.matches("^[1-9]\\. .*")).toList();
			assertThat(messages).hasSizeBetween(5, 8);
			assertThat(messages.get(0)).startsWith("1. TPT nasional turun 0,06 poin menjadi 4,85%");
			assertThat(messages).anySatisfy(m -> assertThat(m).contains("TPAK nasional 70,59% menurut BPS, 70,56%"));
			assertThat(messages).anySatisfy(m -> assertThat(m).contains("memimpin indeks kebutuhan BLK"));
			assertThat(messages).anySatisfy(m -> assertThat(m).contains("BLK yang direncanakan atau sedang dibangun"));
			assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Sumber: BPS, Sakernas Agustus 2025"));
			assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Kualitas data: 10 berkas (9 dibaca, 0 gagal"));
		}
	}

	@Test
	void theProvinceBriefSetsEachHeadlineFigureBesideTheNationalOne() throws Exception {
		try (XSSFWorkbook wb = kaltara()) {
			List<Map<String, Cell>> headline = Workbooks.table(wb.getSheet("Ringkasan"), "Indikator");
			Map<String, Cell> tpt = Workbooks.row(headline, "Indikator", "Tingkat Pengangguran Terbuka");
			assertThat(Workbooks.number(tpt.get("Kalimantan Utara"))).isEqualTo(3.85);
			assertThat(Workbooks.shown(tpt.get("Kalimantan Utara"))).isEqualTo("3.85");
			assertThat(Workbooks.number(tpt.get("Nasional"))).isEqualTo(4.85);
			assertThat(wb.getSheet("Rencana BLK")).isNotNull();
		}
	}

	@Test
	void theProvinceDataQualitySheetListsOnlyTheFilesWithItsRows() throws Exception {
		try (XSSFWorkbook wb = kaltara()) {
			List<String> files = Workbooks.table(wb.getSheet("Kualitas Data"), "No").stream()
				.map(r -> Workbooks.shown(r.get("Berkas")))
				.toList();
			assertThat(files).anySatisfy(f -> assertThat(f).endsWith("peserta-kaltara-kaltim-sintetis.csv"))
				.anySatisfy(f -> assertThat(f).endsWith("blk-uptd-komunitas-sintetis.xlsx"))
				.noneSatisfy(f -> assertThat(f).endsWith("peserta-2024-2025-sintetis.xlsx"))
				.noneSatisfy(f -> assertThat(f).endsWith("catatan-pengiriman.txt"));
		}
	}

	@Test
	void theTanjungSelorPlanIsSetAgainstKalimantanUtarasRankWithItsNote() throws Exception {
		try (XSSFWorkbook wb = national()) {
			Map<String, Cell> demand = Workbooks.row(Workbooks.table(wb.getSheet("Kebutuhan BLK"), "Peringkat"), "Kode", "65");
			Map<String, Cell> row = Workbooks.row(Workbooks.table(wb.getSheet("Rencana BLK"), "Kode BLK"), "Kode BLK",
					"UPTD-65-02");
			assertThat(Workbooks.shown(row.get("Nama BLK"))).isEqualTo("BLK Tanjung Selor");
			assertThat(Workbooks.shown(row.get("Provinsi"))).isEqualTo("Kalimantan Utara");
			assertThat(Workbooks.number(row.get("Tahun rencana"))).isEqualTo(2026);
			assertThat(Workbooks.number(row.get("Peringkat"))).isEqualTo(Workbooks.number(demand.get("Peringkat")));
			assertThat(Workbooks.shown(row.get("Catatan"))).isEqualTo("dukungan PSN: KIPI, PLTA Mentarang");
		}
	}

	@Test
	void petaHoldsAFilledTileForEachOfThe38Provinces() throws Exception {
		try (XSSFWorkbook wb = national()) {
			XSSFSheet map = wb.getSheet("Peta");
			int filled = 0;
			for (Province p : ProvinceCatalog.load().all()) {
				Cell tile = find(map, p.abbreviation().toUpperCase(java.util.Locale.ROOT));
				assertThat(tile).as(p.displayName()).isNotNull();
				if (tile.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
					filled++;
				}
				Cell rank = map.getRow(tile.getRowIndex() + 1).getCell(tile.getColumnIndex());
				assertThat(rank.getCellType()).as(p.displayName()).isEqualTo(CellType.NUMERIC);
			}
			assertThat(filled).isEqualTo(38);
		}
	}

	private static List<String> texts(XSSFSheet sheet) {
		List<String> out = new ArrayList<>();
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING) {
				out.add(c.getStringCellValue());
			}
		}
		return out;
	}

	private static Cell find(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
					return c;
				}
			}
		}
		return null;
	}
}
