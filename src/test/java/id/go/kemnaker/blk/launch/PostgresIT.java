package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Postgres;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The job on PostgreSQL (127.0.0.1:5432, database {@code test}, trust authentication), in a schema of its
 * own: job repository and staging created on first start, the same reports, up to date on the second
 * run, restart after SIGKILL, and the advisory run lock. Skipped with a message where no server answers,
 * unless {@code BLK_REQUIRE_POSTGRES=true} (set by {@code .ci/run}), which makes that a failure.
 */
class PostgresIT {

	@TempDir
	static Path dir;

	static String schema;

	static String url;

	@BeforeAll
	static void createSchema() throws Exception {
		Postgres.requireServer("PostgreSQL tests");
		schema = Postgres.createSchema("blk_test_");
		url = Postgres.url(schema);
	}

	@AfterAll
	static void dropSchema() throws Exception {
		Postgres.dropSchema(schema);
	}

	static String[] postgres(Cli cli, String... args) {
		List<String> all = new java.util.ArrayList<>(List.of(args));
		// the staged participant rows stay in files under blk.state with PostgreSQL too: the test's own folder
		all.addAll(List.of("--input=" + cli.input(), "--output=" + cli.output(), "--blk.state=" + cli.state(),
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password="));
		return all.toArray(String[]::new);
	}

	@Test
	void theJobRunsOnPostgresqlWithTheSameResults() throws Exception {
		Cli cli = Cli.in(dir.resolve("run")).withSampleInput();
		Cli.Result validate = Cli.raw(postgres(cli, "validate"));
		assertThat(validate.exitCode()).as(validate.all()).isZero();
		assertThat(validate.out()).contains("Rows:   5,293 read: 5,258 accepted, 25 rejected");

		Cli.Result run = Cli.raw(postgres(cli, "run"));
		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("placement rate 56.99%");
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			Map<String, Cell> kaltara = Workbooks.row(Workbooks.table(wb.getSheet("Pasar Kerja"), "Kode"), "Kode", "65");
			assertThat(Workbooks.number(kaltara.get("TPT (%)"))).isEqualTo(3.85);
			assertThat(Workbooks.number(kaltara.get("TPAK (%)"))).isEqualTo(69.55);
		}

		Cli.Result again = Cli.raw(postgres(cli, "run"));
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("reports are up to date");

		Cli.Result history = Cli.raw("history", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres");
		assertThat(history.exitCode()).as(history.all()).isZero();
		assertThat(history.out()).contains("COMPLETED").contains("validate");
	}

	@Test
	void aRunKilledOnPostgresqlIsRecoveredAndASecondLaunchIsLockedOut() throws Exception {
		Cli cli = Cli.in(dir.resolve("crash")).withSampleInput();
		cli.input().resolve("demand").toFile().renameTo(dir.resolve("crash-demand").toFile());
		Child child = Child.start(postgres(cli, "run", "--blk.debug.pause-at=computeIndicators"));
		child.awaitLine("pausing at computeIndicators", 180);

		Cli.Result locked = Cli.raw(postgres(cli, "run"));
		assertThat(locked.exitCode()).as(locked.all()).isEqualTo(3);
		assertThat(locked.err()).contains("another run holds the lock").contains("process " + child.pid());

		child.kill();
		Cli.Result again = Cli.raw(postgres(cli, "run"));
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.all()).contains("recovering it").contains("restarting run");
		assertThat(cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx")).exists();
	}
}
