package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemnaker.blk.support.Browser;
import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.ConsoleProcess;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The console in a real browser (headless Chromium) against the {@code console} command in a child JVM on
 * the shipped sample data: log in, switch the language, launch a run and watch it complete without
 * reloading, download the national workbook and check a figure in it, upload a broken file (refused,
 * nothing lands) and a good one, a viewer without the launch button and refused a launch, and a file name
 * holding {@code <script>} shown as text. The pages are saved as screenshots on the way
 * ({@code -Dblk.screenshots=docs/img} writes the README's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

	static final java.util.regex.Pattern NIK = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

	static final String SCRIPT_NAME = "<script>alert('blk')<script>.pdf"; // a file name cannot hold a slash

	@TempDir
	static Path dir;

	static Cli workspace;
	static ConsoleProcess console;
	static ChromeDriver driver;
	static Path downloads;
	static String runPath;

	@BeforeAll
	static void start() throws Exception {
		Browser.require();
		workspace = Cli.in(dir.resolve("ws")).withSampleInput();
		// an input whose name is markup: listed (and skipped, it is no spreadsheet), and must show as text
		Files.writeString(workspace.input().resolve("demand").resolve(SCRIPT_NAME), "not a spreadsheet");
		// ingest chunks of 250 rows with a pause after each: the run lasts long enough to be watched
		console = ConsoleProcess.start(workspace, "--cron=-", "--blk.chunk-size=250", "--blk.debug.chunk-pause-millis=300");
		downloads = Files.createDirectories(dir.resolve("downloads"));
		driver = Browser.start(dir.resolve("profile"), downloads);
	}

	@AfterAll
	static void stop() throws Exception {
		if (driver != null) {
			driver.quit();
		}
		if (console != null) {
			console.close();
		}
	}

	/** A wait that tolerates the parts htmx swaps out under it. */
	static WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(200));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	static void logIn(String user, String password) {
		driver.get(console.url("/login"));
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
	}

	static void logOut() {
		driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waiting(10).until(d -> d.getCurrentUrl().contains("/login"));
	}

	static String h1() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	@Test
	@Order(1)
	void aWrongPasswordIsRefusedAndTheRightOneOpensTheRunsPage() throws Exception {
		driver.get(console.url("/runs"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		logIn(ConsoleProcess.OPERATOR, "wrong-password");
		// the click starts the form's POST and returns: the answer (a redirect to /login?error) may not be in yet
		waiting(10).until(d -> d.getCurrentUrl().contains("error") && !d.findElements(By.id("login-error")).isEmpty());
		assertThat(driver.findElement(By.id("login-error")).getText()).contains("salah");
		Browser.screenshot(driver, "review-login");
		logIn(ConsoleProcess.OPERATOR, ConsoleProcess.OPERATOR_PASSWORD);
		waiting(10).until(d -> d.getCurrentUrl().endsWith("/runs"));
		assertThat(h1()).isEqualTo("Riwayat proses");
		assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("operator");
		assertThat(driver.manage().getCookieNamed("BLKSESSION").isHttpOnly()).isTrue();
		assertThat(driver.manage().getCookieNamed("BLKSESSION").getSameSite()).isEqualTo("Lax");
	}

	@Test
	@Order(2)
	void theLanguageSwitchesToEnglishAndBack() throws Exception {
		driver.get(console.url("/runs"));
		driver.findElement(By.id("lang-en")).click();
		waiting(10).until(d -> h1().equals("Runs"));
		assertThat(driver.findElement(By.cssSelector("nav.menu")).getText()).contains("Reports", "Input files", "Launch");
		Browser.screenshot(driver, "review-runs-en");
		driver.get(console.url("/inputs"));
		assertThat(h1()).isEqualTo("Input files");
		driver.findElement(By.id("lang-id")).click();
		waiting(10).until(d -> h1().equals("Berkas masukan"));
		assertThat(driver.findElement(By.cssSelector("nav.menu")).getText()).contains("Laporan", "Jalankan");
	}

	@Test
	@Order(3)
	void anOperatorLaunchesARunAndWatchesItCompleteWithoutReloading() throws Exception {
		driver.get(console.url("/launch"));
		Browser.screenshot(driver, "review-launch");
		driver.findElement(By.id("launch-submit")).click();
		waiting(30).until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
		runPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/runs/"));
		// a mark in the page's own memory: a reload would lose it
		driver.executeScript("window.blkMark = 'same page';");
		waiting(60).until(d -> !d.findElements(By.id("live-rows")).isEmpty()
				&& !d.findElement(By.id("live-rows")).getText().equals("\u2013")
				&& !d.findElement(By.id("live-rows")).getText().equals("0"));
		assertThat(driver.findElement(By.id("current-step")).getText()).isNotBlank();
		assertThat(status()).isIn("STARTED", "STARTING");
		String rowsEarly = driver.findElement(By.id("live-rows")).getText();
		// the picture of a run at work: while it reads the training file, the largest
		waiting(120).until(d -> "COMPLETED".equals(status()) || !d.findElements(By.cssSelector("#current-step[data-step='ingest-training']")).isEmpty()
				&& parse(d.findElement(By.id("live-rows")).getText()) > 1500);
		if (!"COMPLETED".equals(status())) {
			Browser.screenshot(driver, "console-run-in-progress");
		}
		waiting(240).until(d -> "COMPLETED".equals(status()));
		assertThat(driver.executeScript("return window.blkMark;")).isEqualTo("same page");
		assertThat(driver.findElement(By.id("rows-read")).getText()).isEqualTo("5.293");
		assertThat(driver.findElement(By.id("rows-rejected")).getText()).isEqualTo("25");
		assertThat(parse(rowsEarly)).isBetween(1L, 5293L);
		assertThat(driver.findElements(By.cssSelector("#steps tbody tr"))).hasSize(13);
		assertThat(driver.findElements(By.cssSelector("#ledger tbody tr"))).hasSize(11);
		assertThat(driver.findElement(By.cssSelector("#rejects [data-reason='DUPLICATE_CONFLICT'] td.num")).getText())
			.isEqualTo("4");
		assertThat(driver.findElements(By.id("progress"))).as("the live part, gone once the run ended").isEmpty();
	}

	/** The run's status as the page shows it now (read again when htmx has just swapped it). */
	static String status() {
		for (int i = 0; i < 5; i++) {
			try {
				List<WebElement> badges = driver.findElements(By.cssSelector("h1 .badge"));
				return badges.isEmpty() ? null : badges.get(0).getDomAttribute("data-status");
			}
			catch (StaleElementReferenceException swapped) {
				// read it again from the new part
			}
		}
		return null;
	}

	/** A count as the page shows it (5.293), or -1 for a dash. */
	static long parse(String shown) {
		String digits = shown.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? -1 : Long.parseLong(digits);
	}

	@Test
	@Order(4)
	void theCompletedRunAndTheRunsPageAreSaved() throws Exception {
		driver.navigate().refresh();
		assertThat(status()).isEqualTo("COMPLETED");
		assertThat(NIK.matcher(driver.getPageSource()).find()).as("a 16-digit number on the page").isFalse();
		Browser.screenshot(driver, "console-run-completed");
	}

	@Test
	@Order(5)
	void theNationalWorkbookDownloadsAndHoldsTheNationalRate() throws Exception {
		driver.get(console.url("/reports"));
		assertThat(driver.findElements(By.cssSelector("details a[data-file]"))).as("province workbooks").hasSize(38);
		Browser.screenshot(driver, "review-reports");
		driver.findElement(By.cssSelector("a[data-file='blk-nasional-2025-08.xlsx']")).click();
		Path file = downloads.resolve("blk-nasional-2025-08.xlsx");
		waiting(60).until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve("blk-nasional-2025-08.xlsx.crdownload")));
		try (XSSFWorkbook wb = Workbooks.open(file)) {
			assertThat(Workbooks.number(Workbooks.pair(wb.getSheet("Ringkasan"), "Tingkat Pengangguran Terbuka")))
				.isEqualTo(4.85);
		}
	}

	@Test
	@Order(6)
	void aFailedRunShowsItsErrorInOneLineAndContinuesWhereItStopped() throws Exception {
		// the province workbooks' folder replaced by a file: writing the reports fails
		Path provinces = workspace.output().resolve("2025-08").resolve("provinsi");
		Path moved = workspace.output().resolve("provinsi-kept");
		Files.move(provinces, moved);
		Files.writeString(provinces, "in the way");
		driver.get(console.url("/launch"));
		driver.findElement(By.id("force")).click();
		driver.findElement(By.id("launch-submit")).click();
		waiting(30).until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
		waiting(240).until(d -> "FAILED".equals(status()));
		String error = driver.findElement(By.id("run-error")).getText();
		assertThat(error).contains("Menulis laporan Excel", "cannot write the reports to").doesNotContain("Exception", "\tat ",
				"\n");
		assertThat(driver.findElement(By.id("restart-button")).isDisplayed()).isTrue();
		Browser.screenshot(driver, "review-run-failed");
		Files.delete(provinces);
		Files.move(moved, provinces);
		driver.findElement(By.id("restart-button")).click();
		waiting(30).until(d -> !d.findElements(By.id("flash")).isEmpty());
		waiting(240).until(d -> "COMPLETED".equals(status()));
		assertThat(driver.findElement(By.id("rows-read")).getText()).isEqualTo("5.293");
		// the staging tables now hold this run's ledger, no longer the first run's
		runPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/runs/"));
	}

	@Test
	@Order(7)
	void theRunsPageListsEveryExecutionWithWhoLaunchedIt() throws Exception {
		driver.get(console.url("/runs"));
		List<WebElement> rows = driver.findElements(By.cssSelector("#runs-table tbody tr"));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).getText()).contains("Selesai", "2025-08", "5.293", "operator (konsol)");
		assertThat(rows.get(1).getText()).contains("Gagal");
		assertThat(rows.get(2).getText()).contains("Selesai", "5.258", "25");
		Browser.screenshot(driver, "console-runs");
	}

	@Test
	@Order(8)
	void aBrokenUploadIsRefusedWithItsReasonAndNothingLands() throws Exception {
		driver.get(console.url("/inputs"));
		Path broken = dir.resolve("rusak.xlsx");
		Files.writeString(broken, "this is not a workbook, only text with an .xlsx name\n");
		driver.findElement(By.id("file-blk")).sendKeys(broken.toString());
		driver.findElement(By.id("upload-submit-blk")).click();
		WebElement answer = waiting(60).until(d -> d.findElement(By.cssSelector("#result-blk #upload-refused")));
		assertThat(answer.getText()).contains("ditolak", "Tidak ada yang disimpan", "rusak.xlsx");
		assertThat(answer.findElement(By.cssSelector(".reason-text")).getText()).isNotBlank();
		assertThat(workspace.input().resolve("blk").resolve("rusak.xlsx")).doesNotExist();
		assertThat(leftovers()).isEmpty();
		driver.executeScript("document.getElementById('result-blk').scrollIntoView();");
		Browser.screenshot(driver, "console-upload-refused");
	}

	@Test
	@Order(9)
	void aGoodUploadLandsAndItsRejectedRowIsListed() throws Exception {
		driver.get(console.url("/inputs"));
		Path good = dir.resolve("kebutuhan-baru.csv");
		Files.writeString(good, "provinsi,periode,sumber,jumlah_kebutuhan,kejuruan,nama_proyek\n"
				+ "Jawa Barat,2025,lowongan,1200,Pengelasan,\n" + "Banten,2025,lowongan,-5,Listrik,\n", StandardCharsets.UTF_8);
		driver.findElement(By.id("file-demand")).sendKeys(good.toString());
		driver.findElement(By.id("upload-submit-demand")).click();
		WebElement answer = waiting(60).until(d -> d.findElement(By.cssSelector("#result-demand #upload-landed")));
		assertThat(answer.getText()).contains("kebutuhan-baru.csv", "input/demand/");
		List<WebElement> rejects = driver.findElements(By.cssSelector("#result-demand #upload-rejects tbody tr"));
		assertThat(rejects).hasSize(1);
		assertThat(rejects.get(0).getText()).contains("3", "Jumlah negatif");
		assertThat(workspace.input().resolve("demand").resolve("kebutuhan-baru.csv")).hasContent(Files.readString(good));
		// the dataset's list shows the new file without a reload
		assertThat(driver.findElement(By.id("files-demand")).getText()).contains("kebutuhan-baru.csv");
		Browser.screenshot(driver, "review-upload-landed");
		driver.get(console.url("/audit"));
		assertThat(driver.findElement(By.id("audit")).getText()).contains("kebutuhan-baru.csv", "rusak.xlsx", "operator");
		Browser.screenshot(driver, "review-audit");
	}

	@Test
	@Order(10)
	void aFileNameHoldingMarkupIsShownAsText() throws Exception {
		driver.get(console.url("/inputs"));
		List<String> names = new ArrayList<>();
		for (WebElement td : driver.findElements(By.cssSelector("#files-demand td.file"))) {
			names.add(td.getText());
		}
		assertThat(names).contains(SCRIPT_NAME);
		assertThat(driver.getPageSource()).contains("&lt;script&gt;alert");
		assertThat(driver.findElements(By.tagName("script"))).hasSize(2);
		assertNoAlert();
		// and in the run's ledger, where it is listed as skipped
		driver.get(console.url(runPath));
		assertThat(driver.findElement(By.id("ledger")).getText()).contains("demand/" + SCRIPT_NAME);
		assertNoAlert();
	}

	static void assertNoAlert() {
		try {
			driver.switchTo().alert();
			throw new AssertionError("a script ran: an alert is open");
		}
		catch (NoAlertPresentException expected) {
			// nothing ran
		}
	}

	@Test
	@Order(11)
	void aViewerSeesNoLaunchButtonAndIsRefusedALaunch() throws Exception {
		logOut();
		logIn(ConsoleProcess.VIEWER, ConsoleProcess.VIEWER_PASSWORD);
		waiting(10).until(d -> d.getCurrentUrl().endsWith("/runs"));
		assertThat(driver.findElements(By.id("launch-button"))).isEmpty();
		assertThat(driver.findElements(By.id("nav-launch"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("form.upload"))).isEmpty();
		driver.get(console.url(runPath));
		assertThat(driver.findElements(By.cssSelector(".actions button"))).isEmpty();
		// the form's request sent anyway, with the page's CSRF token: refused
		Object status = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "var token = document.querySelector('meta[name=_csrf]').content;"
				+ "var header = document.querySelector('meta[name=_csrf_header]').content;"
				+ "var h = {'Content-Type': 'application/x-www-form-urlencoded'}; h[header] = token;"
				+ "fetch('/launch', {method: 'POST', headers: h, body: 'force=true', redirect: 'manual'})"
				+ ".then(function (r) { done(r.status); });");
		assertThat(((Number) status).intValue()).isEqualTo(403);
		driver.get(console.url("/launch"));
		assertThat(h1()).isEqualTo("Akses ditolak");
		Browser.screenshot(driver, "review-denied");
	}

	private static List<Path> leftovers() throws Exception {
		Path incoming = workspace.input().resolve(InputFolder.INCOMING);
		if (!Files.exists(incoming)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(incoming)) {
			return s.filter(Files::isRegularFile).toList();
		}
	}
}
