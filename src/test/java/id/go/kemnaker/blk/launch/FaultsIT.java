package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/** Output faults, a folder of broken files, and what must never reach an output or a log line. */
class FaultsIT {

	@TempDir
	Path dir;

	static Cli small(Path dir) throws IOException {
		Cli cli = Cli.in(dir);
		Fixtures.kaltaraInput(cli.input());
		return cli;
	}

	@Test
	void anOutputFolderThatCannotBeWrittenFailsTheRunWithExit1AndAClearMessage() throws Exception {
		Cli cli = small(dir);
		Path notAFolder = Files.writeString(dir.resolve("output-is-a-file"), "x");
		Cli.Result r = Cli.raw("run", "--input=" + cli.input(), "--output=" + notAFolder, "--blk.state=" + cli.state());
		assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
		assertThat(r.out()).contains("Failed in step writeReports: cannot write the reports to " + notAFolder);
		assertThat(r.all()).doesNotContain("\tat ");
	}

	@Test
	void aDiskThatFillsUpWhileWritingLeavesThePreviousReportIntactAndNoPartialFile() throws Exception {
		Cli cli = small(dir);
		assertThat(cli.run("run").exitCode()).isZero();
		Path national = cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx");
		Path province = cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx");
		byte[] before = Files.readAllBytes(national);
		byte[] provinceBefore = Files.readAllBytes(province);
		// a disk that fills up while the national workbook, the largest, is written: every province workbook fits
		long largestProvince;
		try (Stream<Path> files = Files.list(province.getParent())) {
			largestProvince = files.mapToLong(p -> p.toFile().length()).max().orElseThrow();
		}
		assertThat((long) before.length).isGreaterThan(largestProvince + 1000);
		Cli.Result full = cli.run("run", "--force", "--blk.debug.fail-write-after-bytes=" + (largestProvince + 500));
		assertThat(full.exitCode()).as(full.all()).isEqualTo(1);
		assertThat(full.out()).contains("No space left on device").contains("the reports already there are unchanged");
		assertThat(Files.readAllBytes(national)).isEqualTo(before);
		assertThat(Files.readAllBytes(province)).as("no mix of old and new workbooks").isEqualTo(provinceBefore);
		try (Stream<Path> files = Files.walk(cli.output())) {
			assertThat(files.map(p -> p.getFileName().toString()))
				.noneMatch(n -> n.endsWith(".part") || n.endsWith(".pending"));
		}
		Cli.Result again = cli.run("run");
		assertThat(again.exitCode()).as("the next run resumes the failed one").isZero();
	}

	@Test
	void aDatabaseThatDoesNotAnswerAtStartExits1WithoutShowingItsPassword() throws Exception {
		Cli cli = small(dir);
		Cli.Result r = Cli.raw("run", "--input=" + cli.input(), "--output=" + cli.output(),
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/test", "--spring.datasource.username=blk",
				"--spring.datasource.password=Rahasia-Sekali-99");
		assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
		assertThat(r.err()).contains("the database is not available");
		assertThat(r.all()).doesNotContain("Rahasia-Sekali-99").doesNotContain("\tat ");
	}

	@Test
	void aFolderOfBrokenFilesIsReadAroundThemAndOnlyNoReadableInputAtAllFails() throws Exception {
		Cli cli = small(dir);
		Path lf = cli.input().resolve("labour-force");
		Fixtures.bytes(lf, "kosong.xlsx", new byte[0]);
		Fixtures.text(lf.resolve("laporan.xlsx"), "<html><body>bukan workbook</body></html>");
		Fixtures.text(lf.resolve("kutip.csv"), "provinsi,periode,tpt\n\"Aceh,2025-08,5.64\nBali,2025-08,1.49\n");
		Files.createDirectories(lf.resolve("folder.xlsx"));
		Fixtures.text(lf.resolve("~$kaltara.xlsx"), "lock");
		Fixtures.bytes(lf, "rusak.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 });
		Cli.Result r = cli.run("validate");
		assertThat(r.exitCode()).as(r.all()).isZero();
		assertThat(r.out()).contains("Failed: labour-force/kosong.xlsx: the file is empty")
			.contains("Failed: labour-force/laporan.xlsx").contains("HTML page")
			.contains("Failed: labour-force/kutip.csv").contains("unclosed")
			.contains("Failed: labour-force/folder.xlsx").contains("folder")
			.contains("Failed: labour-force/rusak.xlsx");
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("validasi/kualitas-data-validasi.xlsx"))) {
			var ledger = Workbooks.table(wb.getSheet("Kualitas Data"), "No");
			assertThat(ledger).allSatisfy(f -> assertThat(Workbooks.shown(f.get("Seimbang"))).isEqualTo("Ya"));
			assertThat(Workbooks.number(Workbooks.row(ledger, "Berkas", "labour-force/kaltara.csv").get("Diterima")))
				.isEqualTo(1);
			assertThat(Workbooks.shown(Workbooks.row(ledger, "Berkas", "labour-force/~$kaltara.xlsx").get("Status")))
				.isEqualTo("Dilewati");
		}

		Cli nothing = Cli.in(dir.resolve("nothing"));
		Fixtures.bytes(Files.createDirectories(nothing.input().resolve("labour-force")), "kosong.xlsx", new byte[0]);
		Cli.Result none = nothing.run("validate");
		assertThat(none.exitCode()).isEqualTo(1);
		assertThat(none.out()).contains("no input file could be read");
	}

	@Test
	void formulasPersonalDataAndPasswordsNeverReachAnOutputOrALogLine() throws Exception {
		Cli cli = small(dir);
		Fixtures.text(cli.input().resolve("blk/blk.csv"), "kode_blk,nama_blk,provinsi,jenis,kapasitas\n"
				+ "B1,+62 812 BLK Tarakan,Kaltara,UPTD,480\nB2,@SUM(A1),Kaltara,KOMUNITAS,160\n");
		String nik1 = "6501234567890001";
		String nik2 = "6571098765430002";
		String nik3 = "6571098765439999";
		Fixtures.text(cli.input().resolve("training/peserta.csv"), String.join("\n",
				"id_peserta,kode_blk,kejuruan,jenis_kelamin,tanggal_lahir,tanggal_mulai,tanggal_selesai,lulus,status_penempatan",
				nik1 + ",B1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",L,17/08/1999,2025-01-06,2025-03-28,Ya,bekerja",
				nik2 + ",B1,Las,P,1999-08-18,2025-01-06,2025-03-28,mungkin,bekerja",
				"P3,B9,Las,P,1999-01-01,2025-01-06,2025-03-28,Ya,bekerja",
				"P7,B1,Las,P,1999-01-01,2025-01-06,2025-03-28,-cmd,bekerja",
				"P5," + nik3 + ",Las,P,1999-01-01,2025-01-06,2025-03-28,Ya,bekerja",
				"P6,B1,Las,P,31/02/1999,2025-01-06,2025-03-28,Ya,bekerja",
				"P4,B1,Las,L,30/02/2001,2025-01-06,2025-03-28,Ya,bekerja", ""));
		String password = "Rahasia-Sekali-99";
		Cli.Result r = cli.run("run", "--spring.datasource.password=" + password);
		assertThat(r.exitCode()).as(r.all()).isZero();
		Cli.Result v = cli.run("validate", "--spring.datasource.password=" + password);
		assertThat(v.exitCode()).as(v.all()).isZero();

		List<String> forbidden = List.of(nik1, nik2, nik3, "17/08/1999", "1999-08-17", "1999-08-18", "31/02/1999", "30/02/2001",
				password);
		StringBuilder everything = new StringBuilder(r.all()).append(v.all());
		int formulas = 0;
		try (Stream<Path> files = Files.walk(cli.output())) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				if (f.toString().endsWith(".xlsx")) {
					everything.append(unzippedText(f));
					try (XSSFWorkbook wb = Workbooks.open(f)) {
						for (Sheet s : wb) {
							for (Row row : s) {
								for (Cell c : row) {
									formulas += c.getCellType() == CellType.FORMULA ? 1 : 0;
								}
							}
						}
					}
				}
				else {
					everything.append(Files.readString(f, StandardCharsets.UTF_8));
				}
			}
		}
		for (String secret : forbidden) {
			assertThat(everything.toString()).as("'%s' in an output or a log line", secret).doesNotContain(secret);
		}
		assertThat(everything.toString()).as("a NIK typed in a checked column is shown masked")
			.contains("6571********9999");
		assertThat(formulas).as("formula cells in the reports").isZero();
		String rejects = Files.readString(cli.output().resolve("2025-08/rejects-2025-08.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains(";'-cmd;").doesNotContain(";-cmd;");
	}

	@Test
	void aPasswordGivenInTheEnvironmentNeverReachesTheLogOrTheMetadata() throws Exception {
		Cli cli = small(dir);
		String password = "Rahasia-Lingkungan-77";
		ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"),
				"id.go.kemnaker.blk.BlkPipelineApplication", "run", "--input=" + cli.input(), "--output=" + cli.output(),
				"--blk.state=" + cli.state()).redirectErrorStream(true);
		pb.environment().put("SPRING_DATASOURCE_PASSWORD", password);
		Process p = pb.start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as(log).isZero();
		assertThat(log).doesNotContain(password);
		assertThat(unzippedText(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))).doesNotContain(password);
	}

	/** Every XML part of a workbook as text: what a zip tool would show. */
	static String unzippedText(Path xlsx) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return sb.toString();
	}
}
