package id.go.kemnaker.blk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * The benchmark ({@code benchmark} command, never part of {@code mvn test}): for each format it generates
 * the data set once, times the floor (a bare streaming parse of the participant file, in a JVM of its
 * own) and the whole job (in a JVM with the given heap, embedded database), reads the job's step times
 * from its job repository, its peak heap from the JVM's memory pools and both JVMs' CPU time (and the JIT
 * compilers' share of it), and checks the job's counts per province and per programme against the
 * generator's independent counts.
 */
public final class Benchmark {

	private static final Pattern PEAK = Pattern.compile("peak heap: (\\d+) MB");
	private static final Pattern OLD = Pattern.compile("old generation peak: (\\d+) MB");
	private static final Pattern LIVE = Pattern.compile("peak after GC: (\\d+) MB");
	private static final Pattern CPU = Pattern.compile("cpu: ([0-9.]+) s, of it compiling: ([0-9.]+) s");

	private Benchmark() {
	}

	/** A measured job run. */
	record Measure(String format, String label, long rows, double floorSeconds, double floorParseSeconds, double jobSeconds,
			Map<String, Double> steps, long peakHeapMb, long oldGenPeakMb, long afterGcPeakMb, String check, Cpu floorCpu,
			Cpu jobCpu) {

		double ratio() {
			return jobSeconds / floorSeconds;
		}
	}

	public static int run(Map<String, String> settings, PrintStream out, PrintStream err) {
		try {
			int rows = Integer.parseInt(settings.getOrDefault("bench.rows", "1000000"));
			long seed = Long.parseLong(settings.getOrDefault("bench.seed", "20251101"));
			String heap = settings.getOrDefault("bench.heap", "256m");
			int repeat = Integer.parseInt(settings.getOrDefault("bench.repeat", "1"));
			if (repeat < 1) {
				err.println("blk-pipeline: --repeat must be at least 1");
				return 2;
			}
			Path base = Path.of(settings.getOrDefault("blk.output", "output")).resolve("benchmark");
			List<String> formats = settings.containsKey("bench.format") ? List.of(settings.get("bench.format"))
					: List.of("xlsx", "csv");
			List<Measure> measures = new ArrayList<>();
			Map<String, List<Measure>> byFormat = new LinkedHashMap<>();
			for (String format : formats) {
				Path dir = generated(base, format, rows, seed, out);
				for (int i = 1; i <= repeat; i++) {
					// side by side: the floor, then the job, then the floor again, so that a machine that slows
					// down or speeds up during the benchmark touches both sides of each ratio alike
					Measure m = measure(dir, format, repeat == 1 ? format : format + "#" + i, rows, heap, out);
					measures.add(m);
					byFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(m);
				}
			}
			out.println();
			out.printf(Locale.ROOT, "benchmark: %,d participant rows, heap %s, %d cores, %s, class-data sharing %s, %s%n", rows,
					heap, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
							+ System.getProperty("java.version"), sharedArchive().isEmpty() ? "off" : "on", collector());
			out.println("JVM options of the floor and the job: "
					+ (launchOptions().isEmpty() ? "none" : String.join(" ", launchOptions())));
			out.println("format  floor s  (parse s)  job s   job/floor  rows/s    peak heap MB  old gen MB  after GC MB  check");
			for (Measure m : measures) {
				out.printf(Locale.ROOT, "%-6s %8.1f %9.1f %8.1f %9.2f %9.0f %10d %11d %12d   %s%n", m.label(),
						m.floorSeconds(), m.floorParseSeconds(), m.jobSeconds(), m.ratio(), m.rows() / m.jobSeconds(),
						m.peakHeapMb(), m.oldGenPeakMb(), m.afterGcPeakMb(), m.check());
			}
			for (Measure m : measures) {
				out.printf("steps (%s): ", m.label());
				StringBuilder sb = new StringBuilder();
				m.steps().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k)
					.append(String.format(Locale.ROOT, " %.1f s", v)));
				out.println(sb);
				double inSteps = m.steps().values().stream().mapToDouble(Double::doubleValue).sum();
				out.printf(Locale.ROOT, "  (%s) writeReports %.0f%% of the job; outside the steps (JVM and Spring start,"
						+ " database open and close) %.1f s%n", m.label(),
						100 * m.steps().getOrDefault("writeReports", 0.0) / m.jobSeconds(), m.jobSeconds() - inSteps);
			}
			for (Measure m : measures) {
				out.printf(Locale.ROOT, "  (%s) CPU of the floor's JVM %s; of the job's JVM %s%n", m.label(), m.floorCpu(),
						m.jobCpu());
			}
			if (repeat > 1) {
				byFormat.forEach((format, runs) -> out.println(Medians.of(runs)));
			}
			if (byFormat.size() == 2) {
				out.printf(Locale.ROOT, "xlsx job / csv job: %.2f%s%n",
						Medians.job(byFormat.get("xlsx")) / Medians.job(byFormat.get("csv")), repeat > 1 ? " (medians)" : "");
			}
			return measures.stream().allMatch(m -> m.check().startsWith("OK")) ? 0 : 1;
		}
		catch (NumberFormatException e) {
			err.println("blk-pipeline: --rows, --seed and --repeat must be whole numbers");
			return 2;
		}
		catch (Exception e) {
			err.println("blk-pipeline: benchmark failed: " + e);
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

	private static Measure measure(Path dir, String format, String label, int rows, String heap, PrintStream out)
			throws Exception {
		Path input = dir.resolve("input");
		Path participants = Path.of(Files.readString(dir.resolve("generated.ok")).strip());

		out.printf("floor (%s): parsing %s ...%n", label, participants.getFileName());
		long t = System.nanoTime();
		Result floor = child(heap, List.of("bench-floor", participants.toString()));
		double floorSeconds = (System.nanoTime() - t) / 1e9;
		Cpu floorCpu = Cpu.in(floor.output());
		Matcher fm = Pattern.compile("parse seconds: ([0-9.]+)").matcher(floor.output());
		double parse = fm.find() ? Double.parseDouble(fm.group(1)) : Double.NaN;

		Path state = dir.resolve("state");
		deleteTree(state);
		deleteTree(dir.resolve("output"));
		out.printf("job (%s): run with -Xmx%s ...%n", label, heap);
		t = System.nanoTime();
		Result job = child(heap, List.of("run", "--input=" + input, "--output=" + dir.resolve("output"),
				"--blk.state=" + state, "--blk.debug.report-memory=true"));
		double jobSeconds = (System.nanoTime() - t) / 1e9;
		Path log = dir.resolve("job-" + label.replace('#', '-') + ".log");
		Files.writeString(log, job.output());
		Matcher pm = PEAK.matcher(job.output());
		long peak = pm.find() ? Long.parseLong(pm.group(1)) : -1;
		Matcher om = OLD.matcher(job.output());
		long old = om.find() ? Long.parseLong(om.group(1)) : -1;
		Matcher lm = LIVE.matcher(job.output());
		long live = lm.find() ? Long.parseLong(lm.group(1)) : -1;
		String check = job.exit() != 0 ? "job exit " + job.exit() + " (see " + log + ")"
				: check(dir.getParent().resolve(dir.getFileName()).resolve("expected-counts.csv"),
						dir.resolve("output/2025-08/blk-nasional-2025-08.xlsx"));
		return new Measure(format, label, rows, floorSeconds, parse, jobSeconds, steps(state), peak, old, live, check,
				floorCpu, Cpu.in(job.output()));
	}

	record Result(int exit, String output) {
	}

	/** CPU time of a child JVM (all its threads) and the part of it its JIT compilers spent compiling. */
	record Cpu(double seconds, double compiling) {

		static Cpu in(String output) {
			Matcher m = CPU.matcher(output);
			return m.find() ? new Cpu(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))) : null;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.1f s, of it compiling %.1f s", seconds, compiling);
		}
	}

	/** The application in a JVM of its own with the given heap. */
	private static Result child(String heap, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		// started the way this JVM was started (README's options, or none): the floor and the job alike; the
		// heap limit after them, so that it is the one measured
		command.addAll(launchOptions());
		command.add("-Xmx" + heap);
		String cp = System.getProperty("java.class.path");
		if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
			command.addAll(List.of("-jar", cp));
		}
		else {
			command.addAll(List.of("-cp", cp, "id.go.kemnaker.blk.BlkPipelineApplication"));
		}
		command.addAll(args);
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = p.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!p.waitFor(2, TimeUnit.HOURS)) {
			p.destroyForcibly();
		}
		return new Result(p.exitValue(), output);
	}

	/** This JVM's {@code -XX:SharedArchiveFile} option, if it has one and the archive is there. */
	static List<String> sharedArchive() {
		return launchOptions().stream()
			.filter(a -> a.startsWith("-XX:SharedArchiveFile=")
					&& Files.isRegularFile(Path.of(a.substring("-XX:SharedArchiveFile=".length()))))
			.toList();
	}

	/**
	 * The options of README's run command ({@code target/app/jvm.options}) this JVM was started with, which
	 * its children get too: the class-data-sharing archive, the collector and the compiler's thresholds.
	 * Nothing else: a recording, an archive dump or a heap size given to the benchmark stays its own.
	 */
	static List<String> launchOptions() {
		return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.matches("-XX:\\+Use[A-Za-z0-9]+GC")
					|| a.matches("-XX:(Tier[0-9A-Za-z]+|CompileThresholdScaling)=[0-9.]+"))
			.distinct()
			.toList();
	}

	/** The garbage collectors of this JVM (its children run with the same). */
	private static String collector() {
		return String.join(" and ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
			.map(java.lang.management.GarbageCollectorMXBean::getName).toList());
	}

	/** Wall time of every step of the job, from its job repository. */
	private static Map<String, Double> steps(Path state) {
		Map<String, Double> steps = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + state.resolve("blkdb")
				+ ";shutdown=true;ifexists=true;hsqldb.lock_file=false", "SA", "");
				ResultSet rs = c.createStatement().executeQuery("SELECT step_name, start_time, end_time FROM"
						+ " batch_step_execution ORDER BY step_execution_id")) {
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

	/** The floor's JVM: parses one file and prints the time. */
	public static int floor(String file, PrintStream out) throws IOException {
		long t = System.nanoTime();
		ParseFloor.Touched touched = ParseFloor.touchEveryCell(Path.of(file));
		out.printf(Locale.ROOT, "parse seconds: %.2f (%,d rows, %,d cells)%n", (System.nanoTime() - t) / 1e9, touched.rows(),
				touched.cells());
		printJvmFigures(out);
		return 0;
	}

	/**
	 * Prints what the benchmark reads from a child JVM's output at its end: the heap's peaks and the CPU
	 * time (the floor prints them after its parse, the job with {@code --blk.debug.report-memory=true}).
	 */
	public static void printJvmFigures(PrintStream out) {
		out.println(peakHeap());
		out.println(cpu());
	}

	/**
	 * This JVM's CPU time so far (all threads: the application's, the JIT compilers', the collector's) and
	 * the time its JIT compilers have spent compiling, as the JVM's management beans count them.
	 */
	private static String cpu() {
		double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() / 1e9 : Double.NaN;
		var jit = ManagementFactory.getCompilationMXBean();
		double compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3
				: Double.NaN;
		return String.format(Locale.ROOT, "cpu: %.1f s, of it compiling: %.1f s", cpu, compiling);
	}

	/**
	 * The sum of the heap memory pools' peak usage (an upper bound of the peak heap, which follows the
	 * heap limit: the young generation fills what it is given), and the old generation's peak (what
	 * survives collections: the measure of memory that grows with the data, if any).
	 */
	private static String peakHeap() {
		long peak = 0;
		long old = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
				if (pool.getName().contains("Old Gen") || pool.getName().contains("Tenured")) {
					old = pool.getPeakUsage().getUsed();
				}
			}
		}
		return "peak heap: " + peak / (1024 * 1024) + " MB (sum of the heap pools' peaks), old generation peak: "
				+ old / (1024 * 1024) + " MB, peak after GC: " + HeapWatch.peakAfterGcMb() + " MB";
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
