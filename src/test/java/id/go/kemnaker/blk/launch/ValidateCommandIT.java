package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Workbooks;

/** {@code validate} on the shipped sample data: what a newcomer sees first. */
class ValidateCommandIT {

	@TempDir
	static Path dir;

	static Cli cli;

	static Cli.Result result;

	@BeforeAll
	static void validateTheShippedSample() throws Exception {
		cli = Cli.in(dir).withSampleInput();
		result = cli.run("validate");
	}

	@Test
	void exitsZeroAndPrintsASummary() {
		assertThat(result.exitCode()).as(result.all()).isZero();
		assertThat(result.out()).contains("blk-pipeline validate: COMPLETED").contains("Rows:").contains("rejected")
			.contains("kualitas-data-validasi.xlsx").contains("rejects-validasi.csv");
	}

	@Test
	void theLedgerBalancesForEveryFileInTheQualityWorkbook() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("validasi/kualitas-data-validasi.xlsx"))) {
			List<Map<String, Cell>> ledger = Workbooks.table(wb.getSheet("Kualitas Data"), "No");
			assertThat(ledger).hasSize(10);
			for (Map<String, Cell> f : ledger) {
				double read = Workbooks.number(f.get("Baris dibaca"));
				double sum = Workbooks.number(f.get("Diterima")) + Workbooks.number(f.get("Ditolak"))
						+ Workbooks.number(f.get("Baris total")) + Workbooks.number(f.get("Kosong/catatan"));
				assertThat(sum).as(Workbooks.shown(f.get("Berkas"))).isEqualTo(read);
				assertThat(Workbooks.shown(f.get("Seimbang"))).isEqualTo("Ya");
			}
			Map<String, Cell> participants = Workbooks.row(ledger, "Berkas", "training/peserta-2024-2025-sintetis.xlsx");
			assertThat(Workbooks.number(participants.get("Baris dibaca"))).isEqualTo(4002);
			assertThat(Workbooks.number(participants.get("Baris total"))).isEqualTo(1);
			Map<String, Cell> note = Workbooks.row(ledger, "Berkas", "blk/catatan-pengiriman.txt");
			assertThat(Workbooks.shown(note.get("Status"))).isEqualTo("Dilewati");
		}
	}

	@Test
	void theShippedBadRowsAreRejectedWithTheirReasonFileSheetRowAndColumn() throws Exception {
		List<CSVRecord> rejects = rejects();
		assertRejected(rejects, "labour-force/sakernas-hitungan-sintetis-2023-2025.xlsx", "Data", "115", "UNKNOWN_PROVINCE", "provinsi");
		assertRejected(rejects, "labour-force/sakernas-hitungan-sintetis-2023-2025.xlsx", "Data", "116", "NEGATIVE_COUNT", "angkatan_kerja");
		assertRejected(rejects, "labour-force/sakernas-hitungan-sintetis-2023-2025.xlsx", "Data", "117", "INCONSISTENT_COUNTS", "pengangguran");
		assertRejected(rejects, "labour-force/sakernas-hitungan-sintetis-2023-2025.xlsx", "Data", "118", "ERROR_VALUE", "angkatan_kerja");
		assertRejected(rejects, "labour-force/sakernas-hitungan-sintetis-2023-2025.xlsx", "Data", "119", "AMBIGUOUS_PROVINCE_CODE", "kode_provinsi");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "307", "UNKNOWN_PROVINCE", "provinsi");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "308", "BAD_CODE", "jenis");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "309", "MISSING_VALUE", "kapasitas");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "194", "DUPLICATE_CONFLICT", "blk_code");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "310", "DUPLICATE_CONFLICT", "blk_code");
		assertRejected(rejects, "blk/blk-uptd-komunitas-sintetis.xlsx", "Daftar BLK", "311", "DUPLICATE_ROW", "blk_code");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "352", "UNKNOWN_BLK", "blk_code");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "803", "DATE_ORDER", "end_date");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "1254", "BAD_DATE", "start_date");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "1705", "BAD_GENDER", "gender");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "1505", "DUPLICATE_CONFLICT", "participant_id");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "2906", "DUPLICATE_CONFLICT", "participant_id");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "3107", "DUPLICATE_ROW", "participant_id");
		assertRejected(rejects, "training/peserta-2024-2025-sintetis.xlsx", "Peserta", "3608", "MISSING_VALUE", "blk_code");
		assertRejected(rejects, "training/peserta-kaltara-kaltim-sintetis.csv", null, "232", "BAD_DATE", "tanggal_selesai");
		assertRejected(rejects, "training/peserta-kaltara-kaltim-sintetis.csv", null, "333", "BAD_YES_NO", "lulus");
		assertRejected(rejects, "training/peserta-kaltara-kaltim-sintetis.csv", null, "484", "DATE_ORDER", "tanggal_penempatan");
		assertRejected(rejects, "demand/kebutuhan-tenaga-kerja-sintetis.csv", null, "52", "BAD_CODE", "sumber");
		assertRejected(rejects, "demand/kebutuhan-tenaga-kerja-sintetis.csv", null, "53", "NEGATIVE_COUNT", "jumlah_kebutuhan");
		assertRejected(rejects, "labour-force/sakernas-kaltara-kaltim-2023-2025.xlsx", "Angkatan Kerja", "8",
				"INCONSISTENT_COUNTS", "employed");
		assertThat(rejects).hasSize(25);
	}

	@Test
	void theQualityWorkbookGroupsRejectsByReason() throws Exception {
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("validasi/kualitas-data-validasi.xlsx"))) {
			List<Map<String, Cell>> reasons = Workbooks.table(wb.getSheet("Kualitas Data"), "Alasan");
			Map<String, Cell> conflicts = Workbooks.row(reasons, "Alasan", "DUPLICATE_CONFLICT");
			assertThat(Workbooks.number(conflicts.get("Baris"))).isEqualTo(4);
			assertThat(Workbooks.shown(conflicts.get("Arti"))).isEqualTo("Baris ganda dengan nilai berbeda");
			List<Map<String, Cell>> all = Workbooks.table(wb.getSheet("Baris Ditolak"), "Dataset");
			assertThat(all).hasSize(25);
		}
	}

	@Test
	void kalimantanUtaraAugust2025IsStagedWithTheRealCounts() throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + cli.state().resolve("blkdb")
				+ ";shutdown=true;ifexists=true", "SA", "");
				ResultSet rs = c.createStatement().executeQuery("SELECT wap, lf, employed, unemployed FROM stg_labour_force"
						+ " WHERE province_code = '65' AND period = '2025-08' AND lf IS NOT NULL")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getLong(1)).isEqualTo(569_126);
			assertThat(rs.getLong(2)).isEqualTo(395_803);
			assertThat(rs.getLong(3)).isEqualTo(380_572);
			assertThat(rs.getLong(4)).isEqualTo(15_231);
			assertThat(rs.next()).isFalse();
		}
	}

	private static List<CSVRecord> rejects() throws Exception {
		Path csv = cli.output().resolve("validasi/rejects-validasi.csv");
		assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			r.read();
			return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
				.parse(r)
				.getRecords();
		}
	}

	private static void assertRejected(List<CSVRecord> rejects, String file, String sheet, String row, String reason,
			String columnPart) {
		assertThat(rejects).as("%s row %s %s", file, row, reason).anySatisfy(r -> {
			assertThat(r.get("berkas")).isEqualTo(file);
			if (sheet != null) {
				assertThat(r.get("lembar")).isEqualTo(sheet);
			}
			assertThat(r.get("baris")).isEqualTo(row);
			assertThat(r.get("kode_alasan")).isEqualTo(reason);
			assertThat(r.get("kolom")).contains(columnPart);
			assertThat(r.get("keterangan")).isNotBlank();
		});
	}
}
