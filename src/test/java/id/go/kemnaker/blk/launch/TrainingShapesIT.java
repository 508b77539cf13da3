package id.go.kemnaker.blk.launch;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
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
		Fixtures.kaltaraInput(cli.input());
		// 4 trainees: 4 graduates, 2 employed, 1 self-employed, 1 unknown
		Fixtures.text(cli.input().resolve("training/peserta.csv"), """
				id_peserta,kode_blk,kejuruan,jenis_kelamin,tanggal_mulai,tanggal_selesai,lulus,status_penempatan
				P1,B1,Las,L,2025-01-06,2025-03-28,Ya,bekerja
				P2,B1,Las,P,2025-01-06,2025-03-28,Ya,bekerja
				P3,B1,Las,L,2025-01-06,2025-03-28,Ya,wirausaha
				P4,B1,Las,L,2025-01-06,2025-03-28,Ya,
				""");
		// September 2024 is in the window of 2025-08; January 2024 is not
		Fixtures.xlsx(cli.input().resolve("training/ringkasan.xlsx"), Fixtures.sheets(
				"Catatan", List.of(row("Ringkasan pelatihan BLK Tarakan")),
				"2024", summarySheet(row("B1", "Las", "2024-09", 10, 8, 6, 4, 1, 2),
						row("B1", "Las", "2024-01", 99, 99, 99, 99, 0, 0)),
				"2025", summarySheet(row("B1", "Listrik", "2025-05", 6, 6, 3, 3, 0, 1))));
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
				.contains("pelatihan (ringkasan)");
			assertThat(Workbooks.shown(file.get("Lembar dilewati"))).contains("Catatan");
		}
	}

	@SafeVarargs
	private static List<List<Object>> summarySheet(List<Object>... rows) {
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(row("kode_blk", "kejuruan", "periode", "jumlah_peserta", "lulusan", "bersertifikat", "bekerja", "wirausaha",
				"belum_bekerja"));
		sheet.addAll(List.of(rows));
		return sheet;
	}
}
