package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Postgres;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.TcpProxy;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * A run's state is in the PostgreSQL database only: a run killed on one machine (here: with one
 * {@code blk.state} folder) is finished by {@code run} on another (another folder), and a database that
 * goes away mid-run (a TCP proxy in front of it drops every connection) fails the run with exit code 1
 * and one line saying why; the next {@code run} finishes it. Both end with the reports of an
 * uninterrupted run. Skipped with a message where no PostgreSQL answers on 127.0.0.1:5432, unless
 * {@code BLK_REQUIRE_POSTGRES=true} (set by {@code .ci/run}).
 */
class PostgresRestartIT {

	static final String HOST = "127.0.0.1";
	static final int PORT = 5432;

	@TempDir
	static Path dir;

	static final List<String> schemas = new ArrayList<>();

	static Cli reference;

	@BeforeAll
	static void runOnceWithoutInterruption() throws Exception {
		Postgres.requireServer("PostgreSQL restart tests");
		reference = Cli.in(dir.resolve("reference")).withSampleInput();
		Fixtures.moreTrainees(reference.input());
		Cli.Result r = reference.run("run", "--blk.chunk-size=250");
		assertThat(r.exitCode()).as(r.all()).isZero();
	}

	@AfterAll
	static void dropSchemas() throws Exception {
		for (String schema : schemas) {
			Postgres.dropSchema(schema);
		}
	}

	static String server(int port) {
		return "jdbc:postgresql://" + HOST + ":" + port + "/test";
	}

	static String newSchema() throws SQLException {
		String schema = Postgres.createSchema("blk_restart_");
		schemas.add(schema);
		return schema;
	}

	static String[] args(Path input, Path output, Path state, int port, String schema, String... more) {
		List<String> all = new ArrayList<>(List.of(more));
		all.addAll(List.of("--input=" + input, "--output=" + output, "--blk.state=" + state, "--blk.chunk-size=250",
				"--spring.datasource.url=" + server(port) + "?currentSchema=" + schema,
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
		return all.toArray(String[]::new);
	}

	static long count(String schema, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(server(PORT) + "?currentSchema=" + schema, "postgres", "");
				ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void assertSameReports(Path output) throws IOException {
		for (String report : List.of("2025-08/blk-nasional-2025-08.xlsx",
				"2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx")) {
			assertThat(Workbooks.cells(output.resolve(report))).as(report)
				.containsExactlyElementsOf(Workbooks.cells(reference.output().resolve(report)));
		}
		assertThat(Files.readString(output.resolve("2025-08/rejects-2025-08.csv")))
			.isEqualTo(Files.readString(reference.output().resolve("2025-08/rejects-2025-08.csv")));
	}

	@Test
	void aRunKilledDuringParticipantIngestIsFinishedFromAnotherMachinesStateFolder() throws Exception {
		String schema = newSchema();
		Cli cli = Cli.in(dir.resolve("anywhere")).withSampleInput();
		Fixtures.moreTrainees(cli.input());
		Path machineA = dir.resolve("machine-a-state");
		Path machineB = dir.resolve("machine-b-state");

		Child child = Child.start(args(cli.input(), cli.output(), machineA, PORT, schema, "run",
				"--blk.debug.pause-at=ingest-training:3"));
		child.awaitLine("pausing at ingest-training:3", 180);
		child.kill();
		long stagedBeforeTheRestart = count(schema, "SELECT COUNT(*) FROM stg_participant");
		assertThat(stagedBeforeTheRestart).as("the chunks committed before the kill").isPositive();

		Cli.Result finished = Cli.raw(args(cli.input(), cli.output(), machineB, PORT, schema, "run"));
		assertThat(finished.exitCode()).as(finished.all()).isZero();
		assertThat(finished.all()).contains("restarting run").contains("blk-pipeline run: COMPLETED");
		assertSameReports(cli.output());

		long accepted = count(schema, "SELECT SUM(l.rows_accepted) FROM blk_file_ledger l JOIN blk_input i"
				+ " ON i.run_id = l.run_id AND i.file_id = l.file_id WHERE i.dataset = 'TRAINING'");
		assertThat(count(schema, "SELECT COUNT(*) FROM stg_participant")).isEqualTo(accepted)
			.isEqualTo(CrashRecoveryIT.stagedCounts(reference.state()).get("participant rows staged"));
		for (Path state : List.of(machineA, machineB)) {
			if (Files.exists(state)) {
				try (Stream<Path> files = Files.walk(state)) {
					assertThat(files.filter(Files::isRegularFile)).as("nothing of the run's state beside the database")
						.allMatch(f -> f.toFile().length() < 1_000_000);
				}
			}
		}
	}

	@Test
	void aDatabaseOutageFailsTheRunWithOneLineAndTheNextRunFinishesIt() throws Exception {
		String schema = newSchema();
		Cli cli = Cli.in(dir.resolve("outage")).withSampleInput();
		Fixtures.moreTrainees(cli.input());
		try (TcpProxy proxy = new TcpProxy(HOST, PORT)) {
			Child child = Child.start(args(cli.input(), cli.output(), cli.state(), proxy.port(), schema, "run",
					"--blk.debug.chunk-pause-millis=300"));
			long deadline = System.nanoTime() + 180_000_000_000L;
			while (stagedRows(schema) == 0) {
				assertThat(System.nanoTime()).as("participant rows staged within 3 minutes:\n%s", child.output())
					.isLessThan(deadline);
				Thread.sleep(100);
			}
			proxy.cut();
			Thread.sleep(3_000);
			proxy.restore();

			assertThat(child.waitFor(180)).as(child.output()).isEqualTo(1);
			List<String> failures = child.output().lines().filter(l -> l.startsWith("Failed in step")).toList();
			assertThat(failures).as(child.output()).hasSize(1);
			assertThat(failures.get(0)).contains("ingest-training");
			assertThat(child.output()).doesNotContain("\tat ").doesNotContain("Exception in thread");

			Cli.Result next = Cli.raw(args(cli.input(), cli.output(), cli.state(), proxy.port(), schema, "run"));
			assertThat(next.exitCode()).as(next.all()).isZero();
			assertThat(next.all()).contains("restarting run").contains("blk-pipeline run: COMPLETED");
		}
		assertSameReports(cli.output());
	}

	/** Participant rows staged so far (0 while the table does not exist yet). */
	static long stagedRows(String schema) {
		try {
			return count(schema, "SELECT COUNT(*) FROM stg_participant");
		}
		catch (SQLException e) {
			return 0;
		}
	}
}
