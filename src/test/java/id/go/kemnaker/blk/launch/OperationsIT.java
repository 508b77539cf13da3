package id.go.kemnaker.blk.launch;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/** Launches at the same time, history, templates, the scheduler and a graceful stop. */
class OperationsIT {

	@TempDir
	Path dir;

	@Test
	void twoRunsStartedTogetherOneWorksTheOtherExits3NamingTheHolder() throws Exception {
		Cli cli = Cli.in(dir).withSampleInput();
		String[] args = { "run", "--input=" + cli.input(), "--output=" + cli.output(), "--blk.state=" + cli.state() };
		Child a = Child.start(args);
		Child b = Child.start(args);
		int codeA = a.waitFor(180);
		int codeB = b.waitFor(180);
		assertThat(List.of(codeA, codeB)).containsExactlyInAnyOrder(0, 3);
		Child loser = codeA == 3 ? a : b;
		Child winner = codeA == 3 ? b : a;
		assertThat(loser.output()).contains("another run holds the lock").contains("process " + winner.pid())
			.contains("command 'run'").doesNotContain("Exception");
		assertThat(winner.output()).contains("blk-pipeline run: COMPLETED");
	}

	@Test
	void historyListsRecentRunsWithTheirRowsAndReports() throws Exception {
		Cli cli = Cli.in(dir).withSampleInput();
		assertThat(cli.run("validate").exitCode()).isZero();
		assertThat(cli.run("run").exitCode()).isZero();
		Cli.Result h = Cli.raw("history", "--limit=5", "--blk.state=" + cli.state());
		assertThat(h.exitCode()).as(h.all()).isZero();
		List<String> lines = h.out().lines().filter(l -> !l.isBlank()).toList();
		assertThat(lines.get(0)).contains("run").contains("start").contains("status").contains("rows read");
		assertThat(lines.get(1)).contains("run").contains("COMPLETED").contains("2025-08").contains("5,293")
			.contains("5,258").contains("25").endsWith("39");
		assertThat(lines.get(2)).contains("validate").contains("COMPLETED").contains("5,293");
	}

	@Test
	void aFilledInTemplatePassesValidateUnchanged() throws Exception {
		Cli cli = Cli.in(dir);
		Cli.Result t = Cli.raw("templates", "--output=" + dir.resolve("out"));
		assertThat(t.exitCode()).as(t.all()).isZero();
		Path templates = dir.resolve("out/templat");
		try (XSSFWorkbook wb = Workbooks.open(templates.resolve("templat-peserta.xlsx"))) {
			assertThat(wb.getSheet("Petunjuk").getRow(0).getCell(0).getStringCellValue()).contains("Templat");
			List<XSSFDataValidation> validations = wb.getSheet("Data").getDataValidations();
			assertThat(validations).extracting(v -> v.getValidationConstraint().getFormula1())
				.contains("daftar_jk", "daftar_yatidak", "daftar_penempatan");
		}
		try (XSSFWorkbook wb = Workbooks.open(templates.resolve("templat-blk.xlsx"))) {
			assertThat(wb.getSheet("Data").getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
				.contains("daftar_provinsi", "daftar_jenis", "daftar_status");
		}
		Fixtures.fillIn(templates.resolve("templat-angkatan-kerja.xlsx"), cli.input().resolve("labour-force/kaltara.xlsx"),
				List.of(row("Kalimantan Utara", "2025-08", 569_126, 395_803, 380_572, 15_231)));
		Fixtures.fillIn(templates.resolve("templat-blk.xlsx"), cli.input().resolve("blk/blk.xlsx"),
				List.of(row("B-01", "BLK Tarakan", "Kalimantan Utara", "Tarakan", "UPTD", "beroperasi", 320),
						row("B-02", "BLK Tanjung Selor", "Kalimantan Utara", "Bulungan", "UPTD", "rencana", null, 2026)));
		Fixtures.fillIn(templates.resolve("templat-peserta.xlsx"), cli.input().resolve("training/peserta.xlsx"),
				List.of(row("P-1", "B-01", "Las", "L", LocalDate.of(2000, 1, 2), "SMK", LocalDate.of(2025, 1, 6),
						LocalDate.of(2025, 3, 28), "Ya", "Ya", "bekerja", LocalDate.of(2025, 4, 20)),
						row("P-2", "B-01", "Las", "P", null, null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 28), "Tidak")));
		Fixtures.fillIn(templates.resolve("templat-kebutuhan-tenaga-kerja.xlsx"), cli.input().resolve("demand/psn.xlsx"),
				List.of(row("Kalimantan Utara", "2025", "PSN", 3000, "Konstruksi", "PLTA Mentarang Induk")));
		Cli.Result v = cli.run("validate");
		assertThat(v.exitCode()).as(v.all()).isZero();
		assertThat(v.out()).contains("Rows:   6 read: 6 accepted, 0 rejected");
	}

	@Test
	void theSchedulerRunsTheJobThenFindsTheReportsUpToDateAtTheNextFiring() throws Exception {
		Cli cli = Cli.in(dir).withSampleInput();
		Child scheduler = Child.start("schedule", "--cron=*/4 * * * * *", "--input=" + cli.input(),
				"--output=" + cli.output(), "--blk.state=" + cli.state());
		try {
			scheduler.awaitLine("blk-pipeline run: COMPLETED", 120);
			scheduler.awaitLine("reports are up to date", 60);
			assertThat(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx")).exists();
		}
		finally {
			scheduler.terminate();
		}
		assertThat(scheduler.waitFor(60)).isEqualTo(143);
	}

	@Test
	void sigtermStopsTheRunAtAChunkBoundaryAndTheNextRunContinuesIt() throws Exception {
		Cli cli = Cli.in(dir).withSampleInput();
		Fixtures.moreTrainees(cli.input());
		Child child = Child.start("run", "--input=" + cli.input(), "--output=" + cli.output(), "--blk.state=" + cli.state(),
				"--blk.chunk-size=200", "--blk.debug.chunk-pause-millis=200");
		child.awaitLine("training/peserta-kaltara-kaltim-sintetis.csv:", 120);
		child.terminate();
		assertThat(child.waitFor(60)).isEqualTo(143);
		assertThat(child.output()).contains("stopping run").contains("blk-pipeline run: STOPPED")
			.contains("Stopped in step ingest-training at a chunk boundary");
		Cli.Result again = cli.run("run");
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("Rows:   6,793 read: 6,758 accepted, 25 rejected");
	}
}
