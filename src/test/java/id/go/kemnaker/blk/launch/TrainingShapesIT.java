package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * Participant rows and summary rows of the same BLK add up in the indicators; a summary workbook with one
 * sheet per year (and a notes sheet) is read sheet by sheet.
 */
class TrainingShapesIT {

	@TempDir
	Path dir;

	@Test
	void participantAndSummaryRowsAddUpAndEverySheetOfAWorkbookIsRead() throws Exception {
		Cli cli = Cli.in(dir);
		write(cli.input().resolve("labour-force/kaltara.csv"),
				"provinsi,periode,angkatan_kerja,pengangguran\nKalimantan Utara,2025-08,395803,15231\n");
		write(cli.input().resolve("blk/blk.csv"), "kode_blk,nama_blk,provinsi,jenis,kapasitas\nB1,BLK Tarakan,Kaltara,UPTD,480\n");
		// 4 trainees: 4 graduates, 2 employed, 1 self-employed, 1 unknown
		write(cli.input().resolve("training/peserta.csv"), """
				id_peserta,kode_blk,kejuruan,jenis_kelamin,tanggal_mulai,tanggal_selesai,lulus,status_penempatan
				P1,B1,Las,L,2025-01-06,2025-03-28,Ya,bekerja
				P2,B1,Las,P,2025-01-06,2025-03-28,Ya,bekerja
				P3,B1,Las,L,2025-01-06,2025-03-28,Ya,wirausaha
				P4,B1,Las,L,2025-01-06,2025-03-28,Ya,
				""");
		Path summary = cli.input().resolve("training/ringkasan.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("Catatan").createRow(0).createCell(0).setCellValue("Ringkasan pelatihan BLK Tarakan");
			// September 2024 is in the window of 2025-08; January 2024 is not
			summarySheet(wb.createSheet("2024"), new Object[][] { { "B1", "Las", "2024-09", 10, 8, 6, 4, 1, 2 },
					{ "B1", "Las", "2024-01", 99, 99, 99, 99, 0, 0 } });
			summarySheet(wb.createSheet("2025"), new Object[][] { { "B1", "Listrik", "2025-05", 6, 6, 3, 3, 0, 1 } });
			try (OutputStream out = Files.newOutputStream(summary)) {
				wb.write(out);
			}
		}
		Cli.Result r = cli.run("run");
		assertThat(r.exitCode()).as(r.all()).isZero();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			Map<String, Cell> blk = Workbooks.row(Workbooks.table(wb.getSheet("Penempatan BLK"), "Kode BLK"), "Kode BLK", "B1");
			// participants 4 + 10 + 6 = 20; graduates 4 + 8 + 6 = 18; placed (2 + 1) + (4 + 1) + (3 + 0) = 11
			assertThat(Workbooks.number(blk.get("Peserta"))).isEqualTo(20);
			assertThat(Workbooks.number(blk.get("Lulus"))).isEqualTo(18);
			assertThat(Workbooks.number(blk.get("Tingkat penempatan (%)"))).isEqualTo(61.11);
			assertThat(Workbooks.number(blk.get("Peserta L"))).as("gender only from participant rows").isEqualTo(3);
			var ledger = Workbooks.table(wb.getSheet("Kualitas Data"), "No");
			Map<String, Cell> file = Workbooks.row(ledger, "Berkas", "training/ringkasan.xlsx");
			assertThat(Workbooks.number(file.get("Diterima"))).isEqualTo(3);
			assertThat(Workbooks.shown(file.get("Lembar dibaca"))).contains("2024").contains("2025")
				.contains("summary level");
			assertThat(Workbooks.shown(file.get("Lembar dilewati"))).contains("Catatan");
		}
	}

	private static void summarySheet(Sheet s, Object[][] rows) {
		String[] header = { "kode_blk", "kejuruan", "periode", "jumlah_peserta", "lulusan", "bersertifikat", "bekerja",
				"wirausaha", "belum_bekerja" };
		Row h = s.createRow(0);
		for (int i = 0; i < header.length; i++) {
			h.createCell(i).setCellValue(header[i]);
		}
		for (int r = 0; r < rows.length; r++) {
			Row row = s.createRow(r + 1);
			for (int c = 0; c < rows[r].length; c++) {
				if (rows[r][c] instanceof Integer n) {
					row.createCell(c).setCellValue(n);
				}
				else {
					row.createCell(c).setCellValue(rows[r][c].toString());
				}
			}
		}
	}

	private static void write(Path p, String s) throws Exception {
		Files.createDirectories(p.getParent());
		Files.writeString(p, s, StandardCharsets.UTF_8);
	}
}
