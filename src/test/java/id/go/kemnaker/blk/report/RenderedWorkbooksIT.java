package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;

/**
 * The workbooks of the shipped sample as a planner prints them: rendered to PDF by LibreOffice and
 * measured with poppler. Every word on every page is printed at 7 pt or more ({@code pdftotext -bbox} heights), and
 * every chart draws: on the page that holds its title, below the title, the rendered page holds pixels
 * of each series' own colour. Without LibreOffice or poppler the test is skipped with a message, unless
 * {@code BLK_REQUIRE_RENDER=true} (set by {@code .ci/run}), which makes that a failure.
 */
class RenderedWorkbooksIT {

	/** The smallest font size on paper, in points. */
	static final double MIN_POINTS = 7.0;

	/**
	 * pdftotext's word box spans the font's ascent and descent: 1.117 times the size for Liberation Sans,
	 * 1.164 for DejaVu Sans, the fonts LibreOffice prints these workbooks with. The larger keeps the bound
	 * strict for both: a box of 8.15 pt is 7 pt DejaVu or 7.3 pt Liberation text.
	 */
	static final double MIN_WORD_HEIGHT = MIN_POINTS * 1.164;

	/** Rendering resolution of chart pages. */
	private static final int DPI = 50;

	/** Pixels of a series' colour a drawn chart holds at least (a bar or a line across the plot). */
	private static final int MIN_SERIES_PIXELS = 150;

	@TempDir
	static Path dir;

	static Cli cli;

	static Path pdfs;

	@BeforeAll
	static void renderTheSampleWorkbooks() throws Exception {
		List<String> missing = Stream.of("soffice", "pdftotext", "pdftoppm").filter(t -> which(t) == null).toList();
		if (!missing.isEmpty()) {
			String message = "render check skipped: " + String.join(", ", missing)
					+ " not installed (apt-get install libreoffice-calc poppler-utils)";
			if ("true".equalsIgnoreCase(System.getenv("BLK_REQUIRE_RENDER"))) {
				throw new AssertionError(message + ", but BLK_REQUIRE_RENDER=true");
			}
			System.err.println("SKIPPED " + RenderedWorkbooksIT.class.getSimpleName() + ": " + message);
			Assumptions.abort(message);
		}
		cli = Cli.in(dir).withSampleInput();
		Cli.Result run = cli.run("run");
		assertThat(run.exitCode()).as(run.all()).isZero();
		pdfs = Files.createDirectories(dir.resolve("pdf"));
		Process p = new ProcessBuilder(which("soffice").toString(), "-env:UserInstallation=" + dir.resolve("lo").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", pdfs.toString(), national().toString(), kaltara().toString())
			.redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
		assertThat(p.exitValue()).as(log).isZero();
	}

	static Path national() {
		return cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx");
	}

	static Path kaltara() {
		return cli.output().resolve("2025-08/provinsi/65-kalimantan-utara-2025-08.xlsx");
	}

	static Path pdf(Path workbook) {
		return pdfs.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
	}

	@Test
	void everyWordOfTheNationalWorkbookIsAtLeast7PointsOnPaper() throws Exception {
		assertReadable(pdf(national()));
	}

	@Test
	void everyWordOfTheKalimantanUtaraWorkbookIsAtLeast7PointsOnPaper() throws Exception {
		assertReadable(pdf(kaltara()));
	}

	@Test
	void theNationalChartsDrawTheirBarsAndLines() throws Exception {
		Labels l = Labels.of(Locale.forLanguageTag("id"));
		Path pdf = pdf(national());
		assertDrawn(pdf, l.get("demand.chart"), Charts.BAR_COLOUR);
		assertDrawn(pdf, l.get("placement.chart"), Charts.BAR_COLOUR, Charts.LINE_COLOURS.get(1));
		assertDrawn(pdf, l.get("trend.chart.national"), Charts.LINE_COLOURS.get(0), Charts.LINE_COLOURS.get(1));
	}

	@Test
	void theKalimantanUtaraTrendChartDrawsItsLines() throws Exception {
		Labels l = Labels.of(Locale.forLanguageTag("id"));
		assertDrawn(pdf(kaltara()), l.get("trend.chart.province"), Charts.LINE_COLOURS.get(0), Charts.LINE_COLOURS.get(1));
	}

	private static void assertReadable(Path pdf) throws Exception {
		List<Page> pages = pages(pdf);
		assertThat(pages).as(pdf.getFileName() + " pages").isNotEmpty();
		List<String> small = new ArrayList<>();
		for (Page page : pages) {
			List<Word> tiny = page.words().stream().filter(w -> w.height() < MIN_WORD_HEIGHT).toList();
			if (!tiny.isEmpty()) {
				double least = tiny.stream().mapToDouble(Word::height).min().orElse(0);
				small.add(String.format(Locale.ROOT, "page %d (%s...): %d of %d words under %.1f pt (box %.2f), smallest box %.2f pt (\"%s\")",
						page.number(), page.start(), tiny.size(), page.words().size(), MIN_POINTS, MIN_WORD_HEIGHT, least, tiny.get(0).text()));
			}
		}
		assertThat(small).as(pdf.getFileName() + ": pages with text too small to read on A4").isEmpty();
	}

	/**
	 * The chart whose title matches {@code titlePattern} (a bundle pattern, {@code {0}} any word) is on a
	 * page, and below its title that page holds at least {@link #MIN_SERIES_PIXELS} pixels of each colour.
	 */
	private static void assertDrawn(Path pdf, String titlePattern, String... colours) throws Exception {
		Pattern title = Pattern.compile(Pattern.quote(titlePattern.replaceAll("\\s+", " ")).replaceAll("\\{\\d+\\}",
				"\\\\E.+?\\\\Q"));
		Page found = null;
		Word box = null;
		for (Page page : pages(pdf)) {
			box = page.find(title);
			if (box != null) {
				found = page;
				break;
			}
		}
		assertThat(found).as("a page of " + pdf.getFileName() + " holds the chart title '" + titlePattern + "'").isNotNull();
		Path prefix = pdf.resolveSibling(pdf.getFileName() + "-p" + found.number());
		Process p = new ProcessBuilder(which("pdftoppm").toString(), "-png", "-r", Integer.toString(DPI), "-f",
				Integer.toString(found.number()), "-l", Integer.toString(found.number()), "-singlefile", pdf.toString(),
				prefix.toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as(log).isZero();
		BufferedImage image = ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
		double scale = DPI / 72.0;
		int top = (int) Math.ceil(box.yMax() * scale) + 1;
		for (String colour : colours) {
			int rgb = Integer.parseInt(colour, 16);
			int count = 0;
			for (int y = top; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					if (near(image.getRGB(x, y), rgb)) {
						count++;
					}
				}
			}
			assertThat(count).as("pixels of series colour #%s below the chart title '%s' on page %d of %s", colour,
					titlePattern, found.number(), pdf.getFileName()).isGreaterThanOrEqualTo(MIN_SERIES_PIXELS);
		}
	}

	/** Within a small distance of a colour (anti-aliased edges and JPEG-free PNG rounding). */
	private static boolean near(int pixel, int rgb) {
		int dr = ((pixel >> 16) & 0xff) - ((rgb >> 16) & 0xff);
		int dg = ((pixel >> 8) & 0xff) - ((rgb >> 8) & 0xff);
		int db = (pixel & 0xff) - (rgb & 0xff);
		return dr * dr + dg * dg + db * db <= 30 * 30;
	}

	record Word(String text, double xMin, double yMin, double xMax, double yMax) {

		double height() {
			return yMax - yMin;
		}
	}

	record Page(int number, List<Word> words) {

		String start() {
			return String.join(" ", words.stream().limit(4).map(Word::text).toList());
		}

		/** The box of the words that match a pattern, joined by single spaces; null when none does. */
		Word find(Pattern p) {
			StringBuilder joined = new StringBuilder();
			List<Integer> starts = new ArrayList<>();
			for (Word w : words) {
				if (!joined.isEmpty()) {
					joined.append(' ');
				}
				starts.add(joined.length());
				joined.append(w.text());
			}
			Matcher m = p.matcher(joined);
			if (!m.find()) {
				return null;
			}
			double x0 = Double.MAX_VALUE;
			double y0 = Double.MAX_VALUE;
			double x1 = 0;
			double y1 = 0;
			for (int i = 0; i < words.size(); i++) {
				int s = starts.get(i);
				if (s >= m.start() && s < m.end()) {
					Word w = words.get(i);
					x0 = Math.min(x0, w.xMin());
					y0 = Math.min(y0, w.yMin());
					x1 = Math.max(x1, w.xMax());
					y1 = Math.max(y1, w.yMax());
				}
			}
			return new Word(m.group(), x0, y0, x1, y1);
		}
	}

	private static final Pattern PAGE = Pattern.compile("<page [^>]*>(.*?)</page>", Pattern.DOTALL);

	private static final Pattern WORD = Pattern.compile(
			"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

	static List<Page> pages(Path pdf) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(which("pdftotext").toString(), "-bbox", pdf.toString(), "-").start();
		String xml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).isZero();
		List<Page> pages = new ArrayList<>();
		Matcher pm = PAGE.matcher(xml);
		while (pm.find()) {
			List<Word> words = new ArrayList<>();
			Matcher wm = WORD.matcher(pm.group(1));
			while (wm.find()) {
				words.add(new Word(unescape(wm.group(5)), Double.parseDouble(wm.group(1)), Double.parseDouble(wm.group(2)),
						Double.parseDouble(wm.group(3)), Double.parseDouble(wm.group(4))));
			}
			pages.add(new Page(pages.size() + 1, words));
		}
		return pages;
	}

	private static String unescape(String s) {
		return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

	static Path which(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			Path p = Path.of(dir, tool);
			if (Files.isExecutable(p)) {
				return p;
			}
		}
		return null;
	}
}
