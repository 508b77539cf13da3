package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Child;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.ConsoleProcess;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The JSON API of the {@code console} command in a child JVM on the shipped sample data (embedded database):
 * 401 without a user, 403 for a viewer's action, 202 for a launch and 409 for a second one, the national
 * workbook downloaded and opened, 422 for an unreadable upload and 413 for one over the limit (nothing lands
 * either time), a replaced input kept in the archive, no path outside the reports or the input folder reached
 * with encoded dots, slashes or backslashes, stop and restart, the audit log, and a launch while a
 * command-line run holds the run lock refused with 409 naming that process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleApiIT {

	static final String OP = ConsoleProcess.OPERATOR;
	static final String OP_PW = ConsoleProcess.OPERATOR_PASSWORD;
	static final String VIEWER = ConsoleProcess.VIEWER;
	static final String VIEWER_PW = ConsoleProcess.VIEWER_PASSWORD;
	static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

	@TempDir
	static Path dir;

	static Cli ws;
	static ConsoleProcess console;
	static long firstRun;

	@BeforeAll
	static void start() throws Exception {
		ws = Cli.in(dir.resolve("ws")).withSampleInput();
		console = ConsoleProcess.start(ws, "--cron=-", "--blk.console.max-upload=1MB", "--blk.console.release-after=1s",
				"--blk.chunk-size=250", "--blk.debug.chunk-pause-millis=200");
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
	}

	static HttpResponse<String> call(String method, String path, String user, String password, String json)
			throws Exception {
		return console.call(method, path, user, password, json);
	}

	static long number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
		assertThat(m.find()).as("%s in %s", field, json).isTrue();
		return Long.parseLong(m.group(1));
	}

	static String text(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		assertThat(m.find()).as("%s in %s", field, json).isTrue();
		return m.group(1);
	}

	static String firstStatus(String json) {
		Matcher m = Pattern.compile("\"status\":\"(\\w+)\"").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	/** Waits until the execution has this status, and returns its details. */
	static String awaitStatus(long id, String status, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		String last = "";
		while (System.nanoTime() < end) {
			HttpResponse<String> r = call("GET", "/api/runs/" + id, OP, OP_PW, null);
			if (r.statusCode() == 200) {
				last = r.body();
				// the run's own status comes first; the steps' follow
				if (firstStatus(last).equals(status)) {
					return last;
				}
			}
			Thread.sleep(300);
		}
		throw new AssertionError("execution " + id + " not " + status + " within " + seconds + " s: " + last);
	}

	@Test
	@Order(1)
	void aCallWithoutAValidUserGets401() throws Exception {
		HttpResponse<String> none = call("GET", "/api/runs", null, null, null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
		assertThat(none.body()).contains("\"error\":\"unauthorized\"");
		assertThat(call("GET", "/api/runs", OP, "wrong", null).statusCode()).isEqualTo(401);
		assertThat(call("POST", "/api/runs", null, null, "{}").statusCode()).isEqualTo(401);
		assertThat(console.upload("/api/inputs/blk", "nobody", "x", "a.csv", new byte[] { 'a' }).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(2)
	void aViewerMayLookButGets403ForEveryAction() throws Exception {
		assertThat(call("GET", "/api/runs", VIEWER, VIEWER_PW, null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/inputs", VIEWER, VIEWER_PW, null).statusCode()).isEqualTo(200);
		HttpResponse<String> launch = call("POST", "/api/runs", VIEWER, VIEWER_PW, "{}");
		assertThat(launch.statusCode()).isEqualTo(403);
		assertThat(launch.body()).contains("OPERATOR");
		assertThat(call("POST", "/api/runs/0/stop", VIEWER, VIEWER_PW, null).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/api/audit", VIEWER, VIEWER_PW, null).statusCode()).isEqualTo(403);
		assertThat(console.upload("/api/inputs/demand", VIEWER, VIEWER_PW, "x.csv", "a,b\n".getBytes()).statusCode())
			.isEqualTo(403);
		assertThat(call("GET", "/api/runs", VIEWER, VIEWER_PW, null).body()).isEqualTo("[]");
	}

	@Test
	@Order(3)
	void anOperatorLaunchesARunWithA202AndASecondLaunchMeanwhileGets409() throws Exception {
		HttpResponse<String> launch = call("POST", "/api/runs", OP, OP_PW, "{\"lang\":\"id\",\"force\":false}");
		assertThat(launch.statusCode()).as(launch.body()).isEqualTo(202);
		firstRun = number(launch.body(), "id");
		HttpResponse<String> second = call("POST", "/api/runs", OP, OP_PW, null);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
		assertThat(text(second.body(), "holder")).contains("host ", "process ", "since ", "launched by console:operator");
		String done = awaitStatus(firstRun, "COMPLETED", 240);
		assertThat(number(done, "rowsRead")).isEqualTo(5293);
		assertThat(number(done, "rejected")).isEqualTo(25);
		assertThat(text(done, "launchedBy")).isEqualTo("console:operator");
		assertThat(text(done, "period")).isEqualTo("2025-08");
		for (String step : List.of("prepareRun", "ingest-labour-force", "ingest-blk", "ingest-training", "ingest-demand",
				"closeLedger", "computeIndicators", "writeReports")) {
			assertThat(done).contains("\"name\":\"" + step + "\",\"status\":\"COMPLETED\"");
		}
		assertThat(done).contains("\"reason\":\"DUPLICATE_CONFLICT\",\"count\":4");
		assertThat(NIK.matcher(done).find()).as("a 16-digit number in %s", done).isFalse();
		HttpResponse<String> again = call("POST", "/api/runs", OP, OP_PW, "{}");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"upToDate\":true", "\"id\":" + firstRun);
	}

	@Test
	@Order(4)
	void aBadPeriodOrLanguageIsA400() throws Exception {
		HttpResponse<String> period = call("POST", "/api/runs", OP, OP_PW, "{\"period\":\"2025-13\"}");
		assertThat(period.statusCode()).isEqualTo(400);
		assertThat(period.body()).contains("blk.period");
		assertThat(call("POST", "/api/runs", OP, OP_PW, "{\"lang\":\"fr\"}").statusCode()).isEqualTo(400);
		assertThat(call("POST", "/api/runs", OP, OP_PW, "not json").statusCode()).isEqualTo(400);
		assertThat(call("GET", "/api/runs/99999", OP, OP_PW, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/runs/abc", OP, OP_PW, null).statusCode()).isIn(400, 404);
	}

	@Test
	@Order(5)
	void theNationalWorkbookDownloadsAndOpens() throws Exception {
		HttpResponse<String> list = call("GET", "/api/reports", VIEWER, VIEWER_PW, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"period\":\"2025-08\"", "\"name\":\"blk-nasional-2025-08.xlsx\"",
				"\"name\":\"rejects-2025-08.csv\"", "\"name\":\"65-kalimantan-utara-2025-08.xlsx\"");
		HttpResponse<byte[]> file = console.getRaw("/api/reports/2025-08/blk-nasional-2025-08.xlsx", VIEWER, VIEWER_PW);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
				"blk-nasional-2025-08.xlsx");
		Path saved = dir.resolve("downloaded.xlsx");
		Files.write(saved, file.body());
		try (XSSFWorkbook wb = Workbooks.open(saved)) {
			assertThat(Workbooks.number(Workbooks.pair(wb.getSheet("Ringkasan"), "Tingkat Pengangguran Terbuka")))
				.isEqualTo(4.85);
		}
	}

	@Test
	@Order(6)
	void downloadsReachNothingButTheReportsOfARun() throws Exception {
		// a file in the output folder that no run wrote, and one outside it
		Files.writeString(ws.output().resolve("2025-08").resolve("catatan.xlsx"), "not a report");
		Files.writeString(ws.state().resolve("secret.txt"), "SECRET-CONTENT");
		List<String> paths = List.of("/api/reports/2025-08/catatan.xlsx", "/api/reports/2025-08/..%2F..%2Fstate%2Fsecret.txt",
				"/api/reports/2025-08/%2E%2E%2F%2E%2E%2Fstate%2Fsecret.txt", "/api/reports/%2E%2E/blk-nasional-2025-08.xlsx",
				"/api/reports/2025-08/..%5C..%5Cstate%5Csecret.txt", "/api/reports/2025-08/%2e%2e",
				"/api/reports/..%2F..%2Fstate/secret.txt", "/api/reports/2025-08/provinsi%2F11-aceh-2025-08.xlsx",
				"/api/reports/2025-08/%252e%252e%252fstate%252fsecret.txt", "/api/reports/2025-08/.%2E/.%2E/pom.xml",
				"/api/reports/2025-08/blk-nasional-2025-08.xlsx%00.txt", "/api/reports/2025-08/%5Cstate%5Csecret.txt");
		for (String p : paths) {
			HttpResponse<byte[]> r = console.getRaw(p, OP, OP_PW);
			String body = new String(r.body(), StandardCharsets.ISO_8859_1);
			assertThat(r.statusCode()).as(p).isIn(400, 404);
			assertThat(body).as(p).doesNotContain("SECRET-CONTENT", "not a report").doesNotStartWith("PK");
		}
	}

	@Test
	@Order(7)
	void uploadsLandOnlyInTheirDatasetFolderWhateverTheirName() throws Exception {
		byte[] demand = ("provinsi,periode,sumber,jumlah_kebutuhan,kejuruan,nama_proyek\n"
				+ "Jawa Barat,2025,lowongan,1200,Pengelasan,\n").getBytes(StandardCharsets.UTF_8);
		for (String dataset : List.of("..%2Fstate", "%2E%2E", "..%5Cstate", "state", "blk%2F..%2F..%2Fstate")) {
			HttpResponse<String> r = console.upload("/api/inputs/" + dataset, OP, OP_PW, "x.csv", demand);
			assertThat(r.statusCode()).as(dataset).isIn(400, 404);
		}
		HttpResponse<String> up = console.upload("/api/inputs/demand", OP, OP_PW, "../../lolos.csv", demand);
		assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
		assertThat(text(up.body(), "name")).isEqualTo("lolos.csv");
		HttpResponse<String> back = console.upload("/api/inputs/demand", OP, OP_PW, "..\\..\\state\\lolos2.csv", demand);
		assertThat(back.statusCode()).as(back.body()).isIn(200, 201);
		assertThat(text(back.body(), "name")).isEqualTo("lolos2.csv");
		HttpResponse<String> hidden = console.upload("/api/inputs/demand", OP, OP_PW, ".tersembunyi.csv", demand);
		assertThat(text(hidden.body(), "name")).isEqualTo("tersembunyi.csv");
		HttpResponse<String> passwd = console.upload("/api/inputs/demand", OP, OP_PW, "/etc/passwd", demand);
		assertThat(passwd.statusCode()).isEqualTo(422);
		assertThat(ws.input().resolve("demand").resolve("lolos.csv")).exists();
		assertThat(ws.input().resolve("demand").resolve("lolos2.csv")).exists();
		try (Stream<Path> all = Files.walk(dir)) {
			assertThat(all.filter(p -> p.getFileName().toString().startsWith("lolos"))
				.map(p -> ws.input().resolve("demand").relativize(p).toString()).toList())
				.containsExactlyInAnyOrder("lolos.csv", "lolos2.csv");
		}
		assertThat(ws.input().resolve("passwd")).doesNotExist();
		assertThat(ws.input().resolve("demand").resolve("passwd")).doesNotExist();
	}

	@Test
	@Order(8)
	void anUnreadableUploadIs422AndNothingLands() throws Exception {
		HttpResponse<String> text = console.upload("/api/inputs/blk", OP, OP_PW, "rusak.xlsx",
				"plain text with a workbook's name\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).as(text.body()).isEqualTo(422);
		// the reason in the console's language: Indonesian unless the user chose English
		assertThat(text.body()).contains("\"outcome\":\"REFUSED\"", "bernama .xlsx tetapi isinya teks",
				"tidak ada yang disimpan");
		HttpResponse<String> inEnglish = console.upload("/api/inputs/blk?lang=en", OP, OP_PW, "rusak.xlsx",
				"plain text with a workbook's name\n".getBytes(StandardCharsets.UTF_8));
		assertThat(inEnglish.body()).contains("named .xlsx but it is text", "nothing was saved");
		ByteArrayOutputStream other = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			var row = wb.createSheet("Lain").createRow(0);
			row.createCell(0).setCellValue("warna");
			row.createCell(1).setCellValue("harga");
			wb.write(other);
		}
		HttpResponse<String> noData = console.upload("/api/inputs/blk", OP, OP_PW, "daftar-lain.xlsx", other.toByteArray());
		assertThat(noData.statusCode()).as(noData.body()).isEqualTo(422);
		assertThat(noData.body()).contains("tidak ada lembar dengan kolom data blk",
				"Lain: tidak ada baris judul dengan kolom wajib");
		assertThat(ws.input().resolve("blk").resolve("rusak.xlsx")).doesNotExist();
		assertThat(ws.input().resolve("blk").resolve("daftar-lain.xlsx")).doesNotExist();
		assertThat(incomingFiles()).isEmpty();
	}

	@Test
	@Order(9)
	void anUploadOverTheLimitIs413AndNothingLands() throws Exception {
		StringBuilder big = new StringBuilder("provinsi,periode,sumber,jumlah_kebutuhan,kejuruan,nama_proyek\n");
		while (big.length() < 1_600_000) {
			big.append("Jawa Barat,2025,lowongan,1200,Pengelasan,Proyek yang panjang sekali namanya\n");
		}
		HttpResponse<String> r = console.upload("/api/inputs/demand", OP, OP_PW, "besar.csv",
				big.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
		assertThat(r.body()).contains("too_large");
		assertThat(ws.input().resolve("demand").resolve("besar.csv")).doesNotExist();
		assertThat(incomingFiles()).isEmpty();
	}

	@Test
	@Order(10)
	void aReplacedInputKeepsItsOldVersionAndRejectedRowsAreListedMasked() throws Exception {
		Path current = ws.input().resolve("blk").resolve("kemnaker-uptp.csv");
		String old = Files.readString(current);
		String shorter = old.substring(0, old.stripTrailing().lastIndexOf('\n') + 1);
		HttpResponse<String> r = console.upload("/api/inputs/blk", OP, OP_PW, "kemnaker-uptp.csv",
				shorter.getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		String archived = text(r.body(), "archivedAs");
		assertThat(archived).matches("input/\\.arsip/\\d{8}-\\d{6}/blk/kemnaker-uptp\\.csv");
		assertThat(ws.input().resolveSibling(archived)).hasContent(old);
		assertThat(current).hasContent(shorter);
		HttpResponse<String> same = console.upload("/api/inputs/blk", OP, OP_PW, "kemnaker-uptp.csv",
				shorter.getBytes(StandardCharsets.UTF_8));
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.body()).contains("\"outcome\":\"UNCHANGED\"");
		assertThat(call("GET", "/api/inputs", VIEWER, VIEWER_PW, null).body()).contains("\"stamp\":", "kemnaker-uptp.csv");
		// a training file with one bad row whose value is an identity number: listed, masked
		String header = Files.readAllLines(ws.input().resolve("training").resolve("peserta-kaltara-kaltim-sintetis.csv"))
			.get(0);
		String rows = header + "\n"
				+ "PST-9-1,UPTD-65-01,Teknologi Informasi,Perempuan,04/11/2003,SMK,04/11/2023,03/02/2024,Ya,Ya,bekerja,24/06/2024\n"
				+ "PST-9-2,UPTD-65-01,Teknologi Informasi,3201234567890001,04/11/2003,SMK,04/11/2023,03/02/2024,Ya,Ya,bekerja,24/06/2024\n";
		HttpResponse<String> training = console.upload("/api/inputs/training", OP, OP_PW, "peserta-tambahan.csv",
				rows.getBytes(StandardCharsets.UTF_8));
		assertThat(training.statusCode()).as(training.body()).isEqualTo(201);
		assertThat(number(training.body(), "accepted")).isEqualTo(1);
		assertThat(number(training.body(), "rejected")).isEqualTo(1);
		assertThat(training.body()).contains("\"file\":\"training/peserta-tambahan.csv\"", "\"row\":3",
				"\"reason\":\"BAD_GENDER\"", "3201********0001");
		assertThat(NIK.matcher(training.body()).find()).isFalse();
	}

	@Test
	@Order(11)
	void aRunStopsOnRequestAndContinuesWhereItStoppedOrIsAbandoned() throws Exception {
		HttpResponse<String> first = call("POST", "/api/runs", OP, OP_PW, "{\"force\":true}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		long abandoned = number(first.body(), "id");
		awaitStatus(abandoned, "STARTED", 60);
		assertThat(call("POST", "/api/runs/" + abandoned + "/abandon", OP, OP_PW, null).statusCode())
			.as("a running run cannot be abandoned").isEqualTo(409);
		// asked at once, while the run moves from step to step and saves its execution each time
		HttpResponse<String> early = call("POST", "/api/runs/" + abandoned + "/stop", OP, OP_PW, null);
		assertThat(early.statusCode()).as(early.body()).isEqualTo(202);
		awaitStatus(abandoned, "STOPPED", 120);
		HttpResponse<String> abandon = call("POST", "/api/runs/" + abandoned + "/abandon", OP, OP_PW, null);
		assertThat(abandon.statusCode()).as(abandon.body()).isEqualTo(200);
		assertThat(awaitStatus(abandoned, "ABANDONED", 10)).contains("\"restartable\":false");
		assertThat(call("POST", "/api/runs/" + abandoned + "/restart", OP, OP_PW, null).statusCode()).isEqualTo(409);
		HttpResponse<String> launch = call("POST", "/api/runs", OP, OP_PW, "{\"force\":true}");
		assertThat(launch.statusCode()).as(launch.body()).isEqualTo(202);
		long id = number(launch.body(), "id");
		awaitStatus(id, "STARTED", 60);
		Thread.sleep(1500);
		HttpResponse<String> stop = call("POST", "/api/runs/" + id + "/stop", OP, OP_PW, null);
		assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
		String stopped = awaitStatus(id, "STOPPED", 120);
		assertThat(stopped).contains("\"restartable\":true");
		HttpResponse<String> restart = call("POST", "/api/runs/" + id + "/restart", OP, OP_PW, null);
		assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
		long continued = number(restart.body(), "id");
		assertThat(continued).isGreaterThan(id);
		assertThat(number(awaitStatus(continued, "COMPLETED", 240), "run")).isEqualTo(number(stopped, "run"));
		String audit = call("GET", "/api/audit", OP, OP_PW, null).body();
		assertThat(audit).contains("\"action\":\"LAUNCH\"", "\"action\":\"STOP\"", "\"action\":\"RESTART\"",
				"\"action\":\"UPLOAD\"", "\"action\":\"UPLOAD_REFUSED\"", "\"action\":\"ABANDON\"",
				"\"user\":\"operator\"");
	}

	@Test
	@Order(12)
	void aLaunchWhileACommandLineRunHoldsTheLockGets409NamingThatProcess() throws Exception {
		// the console lets go of the embedded database a second after its last request
		Thread.sleep(2500);
		Child cli = Child.start("run", "--force", "--input=" + ws.input(), "--output=" + ws.output(),
				"--blk.state=" + ws.state(), "--blk.debug.pause-at=ingest-training:1", "--blk.chunk-size=250");
		try {
			cli.awaitLine("pausing at ingest-training:1", 120);
			HttpResponse<String> launch = call("POST", "/api/runs", OP, OP_PW, "{}");
			assertThat(launch.statusCode()).as(launch.body()).isEqualTo(409);
			assertThat(text(launch.body(), "holder")).contains("process " + cli.pid(), "command 'run'", "since ");
			HttpResponse<String> read = call("GET", "/api/runs", VIEWER, VIEWER_PW, null);
			assertThat(read.statusCode()).as("the embedded database is the run's until it ends").isEqualTo(503);
			assertThat(read.body()).contains("process " + cli.pid());
		}
		finally {
			cli.kill();
		}
		// the killed run is seen as interrupted, and the next launch continues it
		String runs = call("GET", "/api/runs", OP, OP_PW, null).body();
		assertThat(runs).contains("\"orphaned\":true");
		HttpResponse<String> resume = call("POST", "/api/runs", OP, OP_PW, "{}");
		assertThat(resume.statusCode()).as(resume.body()).isEqualTo(202);
		awaitStatus(number(resume.body(), "id"), "COMPLETED", 240);
	}

	@Test
	@Order(13)
	void sigtermStopsTheConsolesRunAtAChunkBoundary() throws Exception {
		HttpResponse<String> launch = call("POST", "/api/runs", OP, OP_PW, "{\"force\":true}");
		assertThat(launch.statusCode()).as(launch.body()).isEqualTo(202);
		long id = number(launch.body(), "id");
		awaitStatus(id, "STARTED", 60);
		Thread.sleep(1000);
		console.close();
		console = null;
		Cli.Result history = Cli.raw("history", "--limit=1", "--blk.state=" + ws.state());
		assertThat(history.out()).as(history.all()).contains("STOPPED");
	}

	static List<Path> incomingFiles() throws Exception {
		Path incoming = ws.input().resolve(InputFolder.INCOMING);
		if (!Files.exists(incoming)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(incoming)) {
			return s.filter(Files::isRegularFile).toList();
		}
	}
}
