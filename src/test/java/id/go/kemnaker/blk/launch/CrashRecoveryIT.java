package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * A run killed with SIGKILL during ingest, during indicator computation and during report writing: the
 * next {@code run} recovers the dead execution, restarts it where it stopped, and ends with the same
 * staged rows and the same report cells as an uninterrupted run.
 */
class CrashRecoveryIT {

	@TempDir
	static Path dir;

	static Cli reference;

	static Map<String, Long> referenceCounts;

	@BeforeAll
	static void runOnceWithoutInterruption() throws Exception {
		reference = Cli.in(dir.resolve("reference")).withSampleInput();
		Fixtures.moreTrainees(reference.input());
		Cli.Result r = reference.run("run", "--blk.chunk-size=250");
		assertThat(r.exitCode()).as(r.all()).isZero();
		referenceCounts = stagedCounts(reference.state());
	}

	@ParameterizedTest(name = "killed at {0}")
	@ValueSource(strings = { "ingest-training:5", "computeIndicators", "writeReports" })
	void aKilledRunIsRecoveredAndEndsIdenticalToAnUninterruptedOne(String point) throws Exception {
		Cli cli = Cli.in(dir.resolve(point.replace(':', '-'))).withSampleInput();
		Fixtures.moreTrainees(cli.input());
		Child child = Child.start("run", "--input=" + cli.input(), "--output=" + cli.output(),
				"--blk.state=" + cli.state(), "--blk.chunk-size=250", "--blk.debug.pause-at=" + point);
		child.awaitLine("pausing at " + point, 120);
		child.kill();

		Cli.Result again = cli.run("run", "--blk.chunk-size=250");
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("blk-pipeline run: COMPLETED");
		assertThat(stagedCounts(cli.state())).isEqualTo(referenceCounts);
		String national = "2025-08/blk-nasional-2025-08.xlsx";
		assertThat(Workbooks.cells(cli.output().resolve(national)))
			.containsExactlyElementsOf(Workbooks.cells(reference.output().resolve(national)));
		String kaltara = "2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx";
		assertThat(Workbooks.cells(cli.output().resolve(kaltara)))
			.containsExactlyElementsOf(Workbooks.cells(reference.output().resolve(kaltara)));
		try (Connection c = open(cli.state());
				ResultSet rs = c.createStatement().executeQuery("SELECT e.status, COUNT(*) FROM batch_job_execution e"
						+ " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'blkJob'"
						+ " GROUP BY e.status ORDER BY e.status")) {
			Map<String, Long> statuses = new LinkedHashMap<>();
			while (rs.next()) {
				statuses.put(rs.getString(1), rs.getLong(2));
			}
			// one instance: the killed execution, recovered as FAILED, and its restart
			assertThat(statuses).containsExactly(Map.entry("COMPLETED", 1L), Map.entry("FAILED", 1L));
		}
	}

	static Connection open(Path state) throws Exception {
		return DriverManager.getConnection("jdbc:hsqldb:file:" + state.resolve("blkdb")
				+ ";shutdown=true;ifexists=true;hsqldb.lock_file=false", "SA", "");
	}

	static Map<String, Long> stagedCounts(Path state) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = open(state)) {
			for (String table : new String[] { "stg_labour_force", "stg_blk", "stg_training_summary",
					"stg_demand", "stg_total", "stg_reject", "stg_warning", "blk_file_ledger", "ind_value", "stg_participant" }) {
				try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		// the participant rows: none twice, none lost
		try (Connection c = open(state); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*),"
				+ " COUNT(DISTINCT seq), COUNT(DISTINCT dup_hash) FROM stg_participant")) {
			rs.next();
			counts.put("participant rows staged", rs.getLong(1));
			counts.put("distinct participant rows", rs.getLong(2));
			counts.put("distinct participants", rs.getLong(3));
		}
		return counts;
	}
}
