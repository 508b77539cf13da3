package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Postgres;
import id.go.kemnaker.blk.support.ConsoleProcess;

/**
 * The console on PostgreSQL (127.0.0.1:5432, database {@code test}, a schema of its own), the production
 * set-up: it reads the job repository while a command-line run works, refuses a launch and an upload
 * meanwhile with 409 naming that process, stops a command-line run at its next chunk boundary, and takes the
 * advisory run lock only for its own runs. Skipped with a message where no server answers, unless
 * {@code BLK_REQUIRE_POSTGRES=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePostgresIT {

	static final String OP = ConsoleProcess.OPERATOR;
	static final String OP_PW = ConsoleProcess.OPERATOR_PASSWORD;

	@TempDir
	static Path dir;

	static String schema;
	static String url;
	static Cli ws;
	static ConsoleProcess console;

	@BeforeAll
	static void start() throws Exception {
		Postgres.requireServer("console PostgreSQL tests");
		schema = Postgres.createSchema("blk_console_");
		url = Postgres.url(schema);
		ws = Cli.in(dir.resolve("ws")).withSampleInput();
		console = ConsoleProcess.start(ws, database("--cron=-").toArray(String[]::new));
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		Postgres.dropSchema(schema);
	}

	static List<String> database(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password="));
		return all;
	}

	static Child cli(String... args) throws Exception {
		List<String> all = database(args);
		all.addAll(List.of("--input=" + ws.input(), "--output=" + ws.output(), "--blk.state=" + ws.state()));
		return Child.start(all.toArray(String[]::new));
	}

	static long number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
		assertThat(m.find()).as("%s in %s", field, json).isTrue();
		return Long.parseLong(m.group(1));
	}

	static String firstStatus(String json) {
		Matcher m = Pattern.compile("\"status\":\"(\\w+)\"").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	static String awaitStatus(long id, String status, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		String last = "";
		while (System.nanoTime() < end) {
			HttpResponse<String> r = console.call("GET", "/api/runs/" + id, OP, OP_PW, null);
			last = r.body();
			if (r.statusCode() == 200 && firstStatus(last).equals(status)) {
				return last;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("execution " + id + " not " + status + " within " + seconds + " s: " + last);
	}

	@Test
	@Order(1)
	void theConsoleReadsWhileACommandLineRunWorksAndRefusesToLaunchOrUploadNamingIt() throws Exception {
		Child run = cli("run", "--blk.debug.pause-at=ingest-training:1", "--blk.chunk-size=250");
		try {
			run.awaitLine("pausing at ingest-training:1", 120);
			HttpResponse<String> runs = console.call("GET", "/api/runs", OP, OP_PW, null);
			assertThat(runs.statusCode()).isEqualTo(200);
			assertThat(runs.body()).contains("\"status\":\"STARTED\"", "\"launchedBy\":\"cli:");
			long id = number(runs.body(), "id");
			HttpResponse<String> detail = console.call("GET", "/api/runs/" + id, OP, OP_PW, null);
			assertThat(detail.body()).contains("\"name\":\"ingest-training\",\"status\":\"STARTED\"", "\"progress\":");
			HttpResponse<String> launch = console.call("POST", "/api/runs", OP, OP_PW, "{\"force\":true}");
			assertThat(launch.statusCode()).as(launch.body()).isEqualTo(409);
			assertThat(launch.body()).contains("process " + run.pid(), "command 'run'", "since ");
			HttpResponse<String> upload = console.upload("/api/inputs/demand", OP, OP_PW, "baru.csv",
					"provinsi,periode,sumber,jumlah_kebutuhan,kejuruan,nama_proyek\nBanten,2025,lowongan,10,Las,\n"
						.getBytes(StandardCharsets.UTF_8));
			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(409);
			assertThat(ws.input().resolve("demand").resolve("baru.csv")).doesNotExist();
		}
		finally {
			run.kill();
		}
		// the killed run is continued by the console's next launch, which then gives the lock back
		HttpResponse<String> resume = console.call("POST", "/api/runs", OP, OP_PW, "{}");
		assertThat(resume.statusCode()).as(resume.body()).isEqualTo(202);
		awaitStatus(number(resume.body(), "id"), "COMPLETED", 240);
		Thread.sleep(500);
		Child upToDate = cli("run");
		assertThat(upToDate.waitFor(120)).as(upToDate.output()).isEqualTo(0);
		assertThat(upToDate.output()).contains("reports are up to date");
	}

	@Test
	@Order(2)
	void aCommandLineRunIsStoppedFromTheConsoleAtItsNextChunk() throws Exception {
		Child run = cli("run", "--force", "--blk.chunk-size=250", "--blk.debug.chunk-pause-millis=400");
		long id = -1;
		try {
			long end = System.nanoTime() + 120_000_000_000L;
			while (System.nanoTime() < end && id < 0) {
				String body = console.call("GET", "/api/runs", OP, OP_PW, null).body();
				if (body.startsWith("[{") && body.contains("\"status\":\"STARTED\"")) {
					id = number(body, "id");
				}
				Thread.sleep(200);
			}
			assertThat(id).as("the command-line run in the console's list").isGreaterThanOrEqualTo(0);
			HttpResponse<String> stop = console.call("POST", "/api/runs/" + id + "/stop", OP, OP_PW, null);
			assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
			assertThat(run.waitFor(120)).as(run.output()).isEqualTo(1);
			assertThat(run.output()).contains("Stopped in step");
		}
		finally {
			run.kill();
		}
		assertThat(awaitStatus(id, "STOPPED", 30)).contains("\"restartable\":true");
		String audit = console.call("GET", "/api/audit", OP, OP_PW, null).body();
		assertThat(audit).contains("\"action\":\"STOP\"", "\"executionId\":" + id);
	}
}
