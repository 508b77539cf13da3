package id.go.kemnaker.blk.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.generate.DataSetGenerator;
import id.go.kemnaker.blk.ingest.ParseFloor;

/**
 * The benchmark, a tool of the test sources, not of the product jar ({@code BenchmarkIT} runs it on 2,000
 * rows to see that it works; figures come from its own command, README): for each format it generates the
 * data set once, then times side by side, N times, the floor (a bare streaming parse of the participant
 * file, {@link ParseFloor}, in a JVM of its own) and the whole job, started as a user starts it:
 * {@code java -Xmx256m -jar target/blk-pipeline.jar run}, with no other JVM option than a garbage-collection
 * log ({@code -Xlog:gc}) from which its heap is read. It reads the job's step times from its job repository
 * and both JVMs' CPU time from the operating system, and checks the job's counts per province and per
 * programme against the generator's independent counts.
 */
public final class Benchmark {

	/** One line of {@code -Xlog:gc}: heap in use before and after a collection, and the heap's size. */
	private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private static final Pattern COLLECTOR = Pattern.compile("\\[gc\\s*\\] Using (.+)");

	private static final Pattern PARSE = Pattern.compile("parse seconds: ([0-9.]+)");

	private static final Map<String, String> DEFAULTS = Map.of("rows", "1000000", "format", "xlsx", "seed", "20251101",
			"heap", "256m", "repeat", "3", "output", "output", "jar", System.getProperty("blk.bench.jar",
					"target/blk-pipeline.jar"));

	private Benchmark() {
	}

	/** A measured pair: the floor and the job, one after the other. */
	record Measure(String format, String label, long rows, double floorSeconds, double floorParseSeconds, double jobSeconds,
			Map<String, Double> steps, long peakHeapMb, long afterGcPeakMb, String check, double floorCpu, double jobCpu) {

		double ratio() {
			return jobSeconds / floorSeconds;
		}
	}

	/** What the benchmark was asked for. */
	record Options(int rows, long seed, String heap, int repeat, List<String> formats, Path output, Path jar,
			List<String> jobSettings) {

		static Options parse(String[] args) {
			Map<String, String> o = new LinkedHashMap<>(DEFAULTS);
			List<String> jobSettings = new ArrayList<>();
			for (String a : args) {
				int eq = a.indexOf('=');
				if (a.startsWith("--spring.") && eq > 0) {
					jobSettings.add(a);
					continue;
				}
				if (!a.startsWith("--") || eq < 0 || !o.containsKey(a.substring(2, eq))) {
					throw new IllegalArgumentException("unknown option '" + a + "' (options: --rows=N --format=xlsx|csv|xlsx,csv"
							+ " --seed=N --heap=SIZE --repeat=N --output=DIR --jar=FILE --spring.datasource.url=URL ...)");
				}
				o.put(a.substring(2, eq), a.substring(eq + 1));
			}
			int rows;
			long seed;
			int repeat;
			try {
				rows = Integer.parseInt(o.get("rows"));
				seed = Long.parseLong(o.get("seed"));
				repeat = Integer.parseInt(o.get("repeat"));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("--rows, --seed and --repeat must be whole numbers");
			}
			if (repeat < 1) {
				throw new IllegalArgumentException("--repeat must be at least 1");
			}
			List<String> formats = List.of(o.get("format").split(","));
			if (!List.of("xlsx", "csv").containsAll(formats)) {
				throw new IllegalArgumentException("--format must be xlsx, csv or xlsx,csv");
			}
			return new Options(rows, seed, o.get("heap"), repeat, formats, Path.of(o.get("output")), Path.of(o.get("jar")),
					jobSettings);
		}

		String setting(String name, String otherwise) {
			return jobSettings.stream()
				.filter(s -> s.startsWith("--" + name + "="))
				.map(s -> s.substring(name.length() + 3))
				.findFirst()
				.orElse(otherwise);
		}
	}

	public static void main(String[] args) {
		int code = run(args, System.out, System.err);
		if (code != 0) {
			System.exit(code);
		}
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("benchmark: " + e.getMessage());
			return 2;
		}
		if (!Files.isRegularFile(options.jar())) {
			err.println("benchmark: no " + options.jar() + " (build it first: mvn package)");
			return 2;
		}
		try {
			List<Measure> measures = new ArrayList<>();
			Map<String, List<Measure>> byFormat = new LinkedHashMap<>();
			String collector = "?";
			for (String format : options.formats()) {
				Path dir = generated(options.output().resolve("benchmark"), format, options.rows(), options.seed(), out);
				for (int i = 1; i <= options.repeat(); i++) {
					// side by side: the floor, then the job, then the floor again, so that a machine that slows
					// down or speeds up during the benchmark touches both sides of each ratio alike
					String label = options.repeat() == 1 ? format : format + "#" + i;
					Measure m = measure(dir, format, label, options, out);
					collector = collector(dir.resolve(gcLogName(label)));
					measures.add(m);
					byFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(m);
				}
			}
			out.println();
			out.printf(Locale.ROOT, "benchmark: %,d participant rows, heap %s, %d cores, %s %s, job's collector %s%n",
					options.rows(), options.heap(), Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.vm.name"), System.getProperty("java.version"), collector);
			out.println("job:   java -Xmx" + options.heap() + " -Xlog:gc:file=... -jar " + options.jar() + " run ..."
					+ (options.jobSettings().isEmpty() ? "" : " " + String.join(" ", masked(options.jobSettings()))));
			out.println("floor: java -Xmx" + options.heap() + " -cp ... " + ParseFloor.class.getName() + " FILE");
			out.println("format  floor s  (parse s)  job s   job/floor  rows/s    peak heap MB  after GC MB  check");
			for (Measure m : measures) {
				out.printf(Locale.ROOT, "%-6s %8.1f %9.1f %8.1f %9.2f %9.0f %10d %12d   %s%n", m.label(), m.floorSeconds(),
						m.floorParseSeconds(), m.jobSeconds(), m.ratio(), m.rows() / m.jobSeconds(), m.peakHeapMb(),
						m.afterGcPeakMb(), m.check());
			}
			for (Measure m : measures) {
				StringBuilder sb = new StringBuilder();
				m.steps().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k)
					.append(String.format(Locale.ROOT, " %.1f s", v)));
				out.printf("steps (%s): %s%n", m.label(), sb);
				double inSteps = m.steps().values().stream().mapToDouble(Double::doubleValue).sum();
				out.printf(Locale.ROOT, "  (%s) writeReports %.0f%% of the job; outside the steps (JVM and Spring start,"
						+ " database open and close) %.1f s%n", m.label(),
						100 * m.steps().getOrDefault("writeReports", 0.0) / m.jobSeconds(), m.jobSeconds() - inSteps);
			}
			for (Measure m : measures) {
				out.printf(Locale.ROOT, "  (%s) CPU of the floor's JVM %.1f s; of the job's JVM %.1f s%n", m.label(),
						m.floorCpu(), m.jobCpu());
			}
			if (options.repeat() > 1) {
				byFormat.forEach((format, runs) -> out.println(Medians.of(runs)));
			}
			if (byFormat.size() == 2) {
				out.printf(Locale.ROOT, "xlsx job / csv job: %.2f%s%n",
						Medians.job(byFormat.get("xlsx")) / Medians.job(byFormat.get("csv")),
						options.repeat() > 1 ? " (medians)" : "");
			}
			return measures.stream().allMatch(m -> m.check().startsWith("OK")) ? 0 : 1;
		}
		catch (Exception e) {
			err.println("benchmark: failed: " + e);
			return 1;
		}
	}

	/** The generated data set of this format, rows and seed: made the first time, then reused. */
	private static Path generated(Path base, String format, int rows, long seed, PrintStream out) throws IOException {
		Path dir = base.resolve(format + "-" + rows + "-" + seed);
		Path marker = dir.resolve("generated.ok");
		if (!Files.exists(marker)) {
			out.printf("generating %,d rows (%s, seed %d) in %s ...%n", rows, format, seed, dir);
			DataSetGenerator.Summary summary = new DataSetGenerator(ProvinceCatalog.load(), seed, rows,
					format.equals("csv")).write(dir.resolve("input"));
			Files.writeString(marker, summary.participantFile().toString());
		}
		return dir;
	}

	private static Measure measure(Path dir, String format, String label, Options options, PrintStream out)
			throws Exception {
		Path input = dir.resolve("input");
		Path participants = Path.of(Files.readString(dir.resolve("generated.ok")).strip());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		out.printf("floor (%s): parsing %s ...%n", label, participants.getFileName());
		Result floor = child(List.of(java, "-Xmx" + options.heap(), "-cp", classPath(), ParseFloor.class.getName(),
				participants.toString()));
		if (floor.exit() != 0) {
			throw new IllegalStateException("the floor exited " + floor.exit() + ": " + floor.output());
		}
		Matcher fm = PARSE.matcher(floor.output());
		double parse = fm.find() ? Double.parseDouble(fm.group(1)) : Double.NaN;

		Path state = dir.resolve("state");
		deleteTree(state);
		deleteTree(dir.resolve("output"));
		Path gcLog = dir.resolve(gcLogName(label));
		Files.deleteIfExists(gcLog);
		out.printf("job (%s): java -Xmx%s -jar %s run ...%n", label, options.heap(), options.jar());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.heap(), "-Xlog:gc:file=" + gcLog, "-jar",
				options.jar().toString(), "run", "--force", "--input=" + input, "--output=" + dir.resolve("output"),
				"--blk.state=" + state));
		command.addAll(options.jobSettings());
		Result job = child(command);
		Path log = dir.resolve("job-" + label.replace('#', '-') + ".log");
		Files.writeString(log, job.output());
		long[] heap = heapPeaks(gcLog);
		String check = job.exit() != 0 ? "job exit " + job.exit() + " (see " + log + ")"
				: check(dir.resolve("expected-counts.csv"), dir.resolve("output/2025-08/blk-nasional-2025-08.xlsx"));
		return new Measure(format, label, options.rows(), floor.seconds(), parse, job.seconds(), steps(state, options),
				heap[0], heap[1], check, floor.cpu(), job.cpu());
	}

	private static String gcLogName(String label) {
		return "job-" + label.replace('#', '-') + "-gc.log";
	}

	/** A child JVM's exit code, output, wall time and CPU time (all its threads). */
	record Result(int exit, String output, double seconds, double cpu) {
	}

	private static Result child(List<String> command) throws Exception {
		double cpuBefore = childrenCpuSeconds();
		long t = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = p.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!p.waitFor(2, TimeUnit.HOURS)) {
			p.destroyForcibly();
		}
		double seconds = (System.nanoTime() - t) / 1e9;
		return new Result(p.exitValue(), output, seconds, childrenCpuSeconds() - cpuBefore);
	}

	/**
	 * The CPU time of this process's children that have ended and been waited for (Linux: fields cutime and
	 * cstime of {@code /proc/self/stat}, in clock ticks of 1/100 s); the difference across one child is that
	 * child's CPU time, every thread of it, to its exit. NaN where there is no {@code /proc}.
	 */
	static double childrenCpuSeconds() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			// after "pid (comm) ", the fields from the third on; cutime and cstime are the 16th and 17th
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
		}
		catch (IOException | RuntimeException e) {
			return Double.NaN;
		}
	}

	/**
	 * The class path for the floor's JVM: this one's. Under {@code exec:java} the test classes are loaded by
	 * a class loader of the plugin, not from {@code java.class.path} (which is Maven's own).
	 */
	static String classPath() throws URISyntaxException {
		if (Benchmark.class.getClassLoader() instanceof URLClassLoader loader) {
			List<String> entries = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				entries.add(Path.of(url.toURI()).toString());
			}
			return String.join(File.pathSeparator, entries);
		}
		return System.getProperty("java.class.path");
	}

	/**
	 * From the job's {@code -Xlog:gc} log: the largest heap in use when a collection began (what the job had
	 * allocated; it follows the heap limit, since the young generation fills what it is given) and the
	 * largest in use right after one (what the job held), in MB; -1 without a collection.
	 */
	static long[] heapPeaks(Path gcLog) throws IOException {
		long before = -1;
		long after = -1;
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog)) {
				Matcher m = GC.matcher(line);
				if (m.find()) {
					before = Math.max(before, mb(m.group(1), m.group(2)));
					after = Math.max(after, mb(m.group(3), m.group(4)));
				}
			}
		}
		return new long[] { before, after };
	}

	private static long mb(String value, String unit) {
		long v = Long.parseLong(value);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

	/** The collector the job's JVM chose (it is started without one), from its log's first line. */
	private static String collector(Path gcLog) throws IOException {
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog)) {
				Matcher m = COLLECTOR.matcher(line);
				if (m.find()) {
					return m.group(1).strip();
				}
			}
		}
		return "?";
	}

	private static List<String> masked(List<String> settings) {
		return settings.stream().map(s -> s.contains("password=") ? s.substring(0, s.indexOf('=') + 1) + "***" : s).toList();
	}

	/** Wall time of every step of the job's last execution, from its job repository. */
	private static Map<String, Double> steps(Path state, Options options) {
		Map<String, Double> steps = new LinkedHashMap<>();
		String url = options.setting("spring.datasource.url",
				"jdbc:hsqldb:file:" + state.resolve("blkdb") + ";shutdown=true;ifexists=true;hsqldb.lock_file=false");
		String user = options.setting("spring.datasource.username", url.startsWith("jdbc:hsqldb") ? "SA" : "postgres");
		String password = options.setting("spring.datasource.password", "");
		try (Connection c = DriverManager.getConnection(url, user, password);
				ResultSet rs = c.createStatement().executeQuery("SELECT step_name, start_time, end_time FROM"
						+ " batch_step_execution WHERE job_execution_id = (SELECT MAX(job_execution_id) FROM"
						+ " batch_job_execution) ORDER BY step_execution_id")) {
			while (rs.next()) {
				Timestamp a = rs.getTimestamp(2);
				Timestamp b = rs.getTimestamp(3);
				if (a != null && b != null) {
					steps.merge(rs.getString(1), (b.getTime() - a.getTime()) / 1000.0, Double::sum);
				}
			}
		}
		catch (Exception e) {
			steps.put("(unreadable: " + e.getMessage() + ")", 0.0);
		}
		return steps;
	}

	/** The job's participants, graduates and placed per province and programme against the generator's counts. */
	static String check(Path expectedFile, Path national) throws IOException {
		Map<String, long[]> expected = new LinkedHashMap<>();
		for (String line : Files.readAllLines(expectedFile)) {
			if (line.startsWith("level")) {
				continue;
			}
			String[] f = line.split(",");
			expected.put(f[0] + ":" + f[1], new long[] { Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]) });
		}
		Map<String, long[]> actual = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(national); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			read(wb.getSheet("Penempatan Provinsi"), "Kode", "province", actual);
			read(wb.getSheet("Penempatan Kejuruan"), "Kejuruan", "program", actual);
		}
		List<String> differences = new ArrayList<>();
		for (var e : expected.entrySet()) {
			long[] a = actual.getOrDefault(e.getKey(), new long[3]);
			if (!java.util.Arrays.equals(a, e.getValue())) {
				differences.add(e.getKey() + " expected " + java.util.Arrays.toString(e.getValue()) + " got "
						+ java.util.Arrays.toString(a));
			}
		}
		return differences.isEmpty() ? "OK: " + expected.size() + " province and programme counts equal"
				: "DIFFERENT: " + String.join("; ", differences.subList(0, Math.min(5, differences.size())));
	}

	private static void read(Sheet sheet, String keyColumn, String level, Map<String, long[]> into) {
		DataFormatter f = new DataFormatter();
		int header = -1;
		Map<String, Integer> col = new LinkedHashMap<>();
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(keyColumn)) {
				header = row.getRowNum();
				for (Cell h : row) {
					col.put(h.getStringCellValue(), h.getColumnIndex());
				}
				break;
			}
		}
		for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getCell(0) == null) {
				break;
			}
			String key = f.formatCellValue(row.getCell(0)).toLowerCase(Locale.ROOT);
			if (key.equals("00")) {
				continue;
			}
			long[] v = { number(row.getCell(col.get("Peserta"))), number(row.getCell(col.get("Lulus"))),
					number(row.getCell(col.get("Ditempatkan"))) };
			if (v[0] > 0) {
				into.put(level + ":" + key, v);
			}
		}
	}

	private static long number(Cell c) {
		return c == null || c.getCellType() != CellType.NUMERIC ? 0 : Math.round(c.getNumericCellValue());
	}

	private static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (var walk = Files.walk(p)) {
			for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(x);
			}
		}
	}
}
