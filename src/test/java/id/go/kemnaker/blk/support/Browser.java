package id.go.kemnaker.blk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven by Selenium
 * without Selenium Manager (nothing is downloaded). Where they are missing the browser tests are skipped with
 * a message, unless {@code BLK_REQUIRE_BROWSER=true} (set by {@code .ci/run}), which makes that a failure.
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	/** Skips (or, in CI, fails) the calling test class when Chromium or its driver is missing. */
	public static void require() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
			return;
		}
		String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + DRIVER + ") is missing: browser tests skipped"
				+ " (apt-get install chromium chromium-driver)";
		System.err.println(message);
		if ("true".equalsIgnoreCase(System.getenv("BLK_REQUIRE_BROWSER"))) {
			throw new AssertionError(message + ", but BLK_REQUIRE_BROWSER=true");
		}
		Assumptions.abort(message);
	}

	/** A fresh headless Chromium with its own profile; downloads go to {@code downloads} without asking. */
	public static ChromeDriver start(Path profile, Path downloads) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1360,1000", "--lang=id-ID",
				"--force-device-scale-factor=1");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
				"download.prompt_for_download", false, "safebrowsing.enabled", false, "intl.accept_languages", "id-ID,id"));
		options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Saves what the browser shows, the whole page down to its end, as {@code name}.png: the README's pictures
	 * ({@code console-*}) in the folder of the {@code blk.screenshots} system property, all others (and those,
	 * without it) in {@code target/screenshots}.
	 */
	public static Path screenshot(ChromeDriver driver, String name) throws IOException {
		Path folder = Path.of(name.startsWith("console-") ? System.getProperty("blk.screenshots", "target/screenshots")
				: "target/screenshots");
		Files.createDirectories(folder);
		Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
		long h = height instanceof Number n ? Math.min(4000, Math.max(700, n.longValue() + 20)) : 1000;
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1360, "height", h,
				"deviceScaleFactor", 1, "mobile", false));
		try {
			Path target = folder.resolve(name + ".png");
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return target;
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
