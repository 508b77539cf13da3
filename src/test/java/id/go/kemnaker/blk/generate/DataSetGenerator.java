package id.go.kemnaker.blk.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * A deterministic, seeded, national-scale SYNTHETIC input set for benchmarks: labour-force counts for all
 * 38 provinces over ten Sakernas rounds (2021-02 to 2025-08), about 3,000 BLK with skewed sizes, and N
 * participant rows (default 1,000,000) as {@code .xlsx} or {@code .csv} in the canonical layouts, with real
 * province codes and spellings and about 2 % bad rows of every kind the checks know. The same seed and
 * size give byte-identical files.
 *
 * <p>While it writes, it also counts what a correct pipeline must find (participants, graduates and
 * placed graduates per province and per programme for report period 2025-08, bad rows left out,
 * identical duplicates counted once, conflicting duplicates left out) into {@code expected-counts.csv}: an
 * aggregation independent of the pipeline's own code, for the benchmark to compare with the reports.
 *
 * <p>A tool of the test sources, not of the product: {@link #main} is the generator's command (README,
 * "Benchmark, data-set generator and parse floor").
 */
public final class DataSetGenerator {

	public static final Period REPORT_PERIOD = Period.of(2025, 8);
	static final LocalDate WINDOW_START = LocalDate.of(2024, 9, 1);
	static final LocalDate WINDOW_END = LocalDate.of(2025, 8, 31);

	private static final String[] PROGRAMS = { "Pengelasan", "Listrik", "Teknologi Informasi", "Garmen", "Otomotif",
			"Perhotelan", "Tata Boga", "Refrigerasi", "Bahasa Jepang", "Operator Alat Berat", "Tata Rias",
			"Pertanian", "Perikanan", "Konstruksi", "Desain Grafis" };

	private static final String[] EDUCATION = { "SD", "SMP", "SMA", "SMK", "D3", "S1" };

	private static final String[] PLACEMENT = { "bekerja", "wirausaha", "belum bekerja", "tidak diketahui", "" };

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Bad-row kinds, each about 0.2 % of the rows. */
	enum Bad {
		UNKNOWN_BLK, BAD_DATE, DATE_ORDER, BAD_YES_NO, BAD_GENDER, MISSING_VALUE, ERROR_VALUE, DUPLICATE_ROW,
		DUPLICATE_CONFLICT, PLACEMENT_BEFORE_END
	}

	private final ProvinceCatalog catalog;
	private final long seed;
	private final int participants;
	private final boolean csv;

	public DataSetGenerator(ProvinceCatalog catalog, long seed, int participants, boolean csv) {
		this.catalog = catalog;
		this.seed = seed;
		this.participants = participants;
		this.csv = csv;
	}

	/** What the generator wrote: the participant file, rows by kind, and where the expected counts are. */
	public record Summary(Path participantFile, long rows, Map<String, Long> badRows, Path expected) {
	}

	private record Blk(String code, String provinceCode, int weight) {
	}

	private record Person(String id, Blk blk, String program, String gender, LocalDate birth, String education,
			LocalDate start, LocalDate end, boolean graduated, boolean certified, String placement, LocalDate placed) {
	}

	/**
	 * Writes a set to {@code OUTPUT/generated-FORMAT-ROWS/input/}. Options: {@code --rows=N} (default
	 * 1,000,000), {@code --format=xlsx|csv} (default xlsx), {@code --seed=N} (default 20251101),
	 * {@code --output=DIR} (default output).
	 */
	public static void main(String[] args) throws IOException {
		Map<String, String> o = new TreeMap<>(Map.of("rows", "1000000", "format", "xlsx", "seed", "20251101", "output",
				"output"));
		for (String a : args) {
			int eq = a.indexOf('=');
			if (!a.startsWith("--") || eq < 0 || !o.containsKey(a.substring(2, eq))) {
				usage("unknown option '" + a + "'");
			}
			o.put(a.substring(2, eq), a.substring(eq + 1));
		}
		String format = o.get("format");
		if (!format.equals("xlsx") && !format.equals("csv")) {
			usage("--format must be xlsx or csv, not '" + format + "'");
		}
		int rows = 0;
		long seed = 0;
		try {
			rows = Integer.parseInt(o.get("rows"));
			seed = Long.parseLong(o.get("seed"));
		}
		catch (NumberFormatException e) {
			usage("--rows and --seed must be whole numbers");
		}
		Path folder = Path.of(o.get("output")).resolve("generated-" + format + "-" + rows);
		long started = System.nanoTime();
		Summary summary = new DataSetGenerator(ProvinceCatalog.load(), seed, rows, format.equals("csv"))
			.write(folder.resolve("input"));
		System.out.printf(Locale.ROOT, "generate: %,d participant rows (%s, seed %d) in %.1f s%n  input:    %s%n"
				+ "  expected: %s%n  bad rows: %s%n", rows, format, seed, (System.nanoTime() - started) / 1e9,
				folder.resolve("input"), summary.expected(), summary.badRows());
	}

	private static void usage(String problem) {
		System.err.println("generate: " + problem + "\noptions: --rows=N --format=xlsx|csv --seed=N --output=DIR");
		System.exit(2);
	}

	public Summary write(Path input) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		Files.createDirectories(input);
		writeLabourForce(input.resolve("labour-force"), random.split());
		List<Blk> blks = writeBlk(input.resolve("blk"), random.split());
		Path folder = Files.createDirectories(input.resolve("training"));
		Path file = folder.resolve(csv ? "peserta-" + participants + ".csv" : "peserta-" + participants + ".xlsx");
		Expected expected = new Expected();
		Map<String, Long> bad = new TreeMap<>();
		int[] cumulative = new int[blks.size()];
		int total = 0;
		for (int i = 0; i < blks.size(); i++) {
			total += blks.get(i).weight();
			cumulative[i] = total;
		}
		SplittableRandom r = random.split();
		List<Person> recent = new ArrayList<>();
		try (RowSink out = csv ? new CsvSink(file) : new XlsxSink(file)) {
			out.row("participant_id", "blk_code", "program", "gender", "birth_date", "education", "start_date",
					"end_date", "graduated", "certified", "placement_status", "placement_date");
			for (long n = 1; n <= participants; n++) {
				Person p = person(r, n, pick(blks, cumulative, total, r));
				int dice = r.nextInt(1000);
				if (dice < Bad.values().length * 2 && !recent.isEmpty()) {
					Bad kind = Bad.values()[dice / 2];
					bad.merge(kind.toString(), 1L, Long::sum);
					writeBad(out, kind, p, recent.get(r.nextInt(recent.size())), expected, r);
					continue;
				}
				write(out, p);
				expected.add(p, 1);
				if (recent.size() < 64) {
					recent.add(p);
				}
				else {
					recent.set(r.nextInt(64), p);
				}
			}
		}
		writeDemand(input.resolve("demand"), random.split());
		Path expectedFile = input.getParent().resolve("expected-counts.csv");
		expected.write(expectedFile);
		return new Summary(file, participants, bad, expectedFile);
	}

	private static Blk pick(List<Blk> blks, int[] cumulative, int total, SplittableRandom r) {
		int x = r.nextInt(total);
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] <= x) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return blks.get(lo);
	}

	private Person person(SplittableRandom r, long n, Blk blk) {
		String id = r.nextInt(100) < 3 ? String.format(Locale.ROOT, "%s%02d%010d", blk.provinceCode(), r.nextInt(1, 80),
				n) : String.format(Locale.ROOT, "P%09d", n);
		String program = PROGRAMS[Math.min(PROGRAMS.length - 1, (int) Math.abs(r.nextGaussian() * 5))];
		String gender = r.nextInt(100) < 2 ? "" : r.nextInt(100) < 40 ? "P" : "L";
		LocalDate start = LocalDate.of(2023, 11, 1).plusDays(r.nextInt(640));
		LocalDate end = start.plusDays(30 + r.nextInt(60));
		boolean graduated = r.nextInt(100) < 90;
		boolean certified = graduated && r.nextInt(100) < 70;
		String placement = graduated ? PLACEMENT[r.nextInt(PLACEMENT.length)] : "";
		LocalDate placed = placement.equals("bekerja") || placement.equals("wirausaha") ? end.plusDays(10 + r.nextInt(190))
				: null;
		return new Person(id, blk, program, gender, LocalDate.of(1975, 1, 1).plusDays(r.nextInt(11_000)),
				EDUCATION[r.nextInt(EDUCATION.length)], start, end, graduated, certified, placement, placed);
	}

	private void write(RowSink out, Person p) throws IOException {
		out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(), p.education(), p.start(), p.end(),
				p.graduated() ? "Y" : "N", p.certified() ? "Y" : "N", p.placement(), p.placed());
	}

	private void writeBad(RowSink out, Bad kind, Person p, Person earlier, Expected expected, SplittableRandom r)
			throws IOException {
		switch (kind) {
			case UNKNOWN_BLK -> out.row(p.id(), "BLK-99-" + r.nextInt(10_000), p.program(), p.gender(), p.birth(),
					p.education(), p.start(), p.end(), "Y", "N", "", null);
			case BAD_DATE -> out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(), p.education(), "kemarin",
					p.end(), "Y", "N", "", null);
			case DATE_ORDER -> out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(), p.education(), p.end(),
					p.start(), "Y", "N", "", null);
			case BAD_YES_NO -> out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(), p.education(),
					p.start(), p.end(), "mungkin", "N", "", null);
			case BAD_GENDER -> out.row(p.id(), p.blk().code(), p.program(), "X", p.birth(), p.education(), p.start(),
					p.end(), "Y", "N", "", null);
			case MISSING_VALUE -> out.row(p.id(), "", p.program(), p.gender(), p.birth(), p.education(), p.start(),
					p.end(), "Y", "N", "", null);
			case ERROR_VALUE -> out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(), p.education(),
					out.error("#REF!"), p.end(), "Y", "N", "", null);
			case PLACEMENT_BEFORE_END -> out.row(p.id(), p.blk().code(), p.program(), p.gender(), p.birth(),
					p.education(), p.start(), p.end(), "Y", "N", "bekerja", p.end().minusDays(5));
			case DUPLICATE_ROW -> write(out, earlier);
			case DUPLICATE_CONFLICT -> {
				if (expected.conflicted(earlier)) {
					write(out, earlier); // already left out: a third copy changes nothing
					return;
				}
				out.row(earlier.id(), earlier.blk().code(), earlier.program(), earlier.gender(), earlier.birth(),
						earlier.education(), earlier.start(), earlier.end(), earlier.graduated() ? "N" : "Y",
						earlier.certified() ? "Y" : "N", earlier.placement(), earlier.placed());
				expected.add(earlier, -1);
				expected.markConflicted(earlier);
			}
		}
	}

	/** Ten rounds of counts for every province, consistent (employed + unemployed = labour force). */
	private void writeLabourForce(Path folder, SplittableRandom r) throws IOException {
		Files.createDirectories(folder);
		try (RowSink out = csv ? new CsvSink(folder.resolve("angkatan-kerja.csv"))
				: new XlsxSink(folder.resolve("angkatan-kerja.xlsx"))) {
			out.row("kode_provinsi", "provinsi", "periode", "penduduk_usia_kerja", "angkatan_kerja", "bekerja",
					"pengangguran", "angkatan_kerja_15_24", "pengangguran_15_24");
			for (int year = 2021; year <= 2025; year++) {
				for (int month : new int[] { 2, 8 }) {
					Period period = Period.of(year, month);
					for (Province p : catalog.all()) {
						if (!p.reportedIn(period)) {
							continue;
						}
						long wap = 400_000 + r.nextInt(30_000_000);
						long lf = Math.round(wap * (0.62 + r.nextDouble() * 0.14));
						long unemployed = Math.round(lf * (0.015 + r.nextDouble() * 0.06));
						long youthLf = Math.round(lf * (0.14 + r.nextDouble() * 0.06));
						long youthUnemployed = Math.min(unemployed, Math.round(youthLf * (0.08 + r.nextDouble() * 0.15)));
						out.row(p.code(), spelling(p, r), period.toString(), wap, lf, lf - unemployed, unemployed, youthLf,
								youthUnemployed);
					}
				}
			}
		}
	}

	/** About 3,000 BLK: every province some, more where more people live; sizes skewed (a few large ones). */
	private List<Blk> writeBlk(Path folder, SplittableRandom r) throws IOException {
		Files.createDirectories(folder);
		List<Blk> blks = new ArrayList<>();
		try (RowSink out = csv ? new CsvSink(folder.resolve("blk.csv")) : new XlsxSink(folder.resolve("blk.xlsx"))) {
			out.row("kode_blk", "nama_blk", "provinsi", "jenis", "status_operasional", "kapasitas_per_tahun",
					"tahun_rencana");
			for (Province p : catalog.all()) {
				int n = 20 + r.nextInt(120);
				for (int i = 1; i <= n; i++) {
					String code = String.format(Locale.ROOT, "BLK-%s-%04d", p.code(), i);
					boolean planned = i == n && r.nextInt(3) == 0;
					String type = i <= 2 ? "UPTP" : r.nextInt(4) == 0 ? "UPTD" : "BLK Komunitas";
					int classes = (int) Math.min(400, Math.ceil(2 / Math.pow(1 - r.nextDouble(), 0.9)));
					out.row(code, "BLK " + p.displayName() + " " + i, spelling(p, r), type, planned ? "rencana" : "beroperasi",
							planned ? null : (long) classes * 16, planned ? 2026 : null);
					if (!planned) {
						blks.add(new Blk(code, p.code(), classes));
					}
				}
			}
		}
		return blks;
	}

	private void writeDemand(Path folder, SplittableRandom r) throws IOException {
		Files.createDirectories(folder);
		try (RowSink out = new CsvSink(folder.resolve("kebutuhan.csv"))) {
			out.row("provinsi", "periode", "sumber", "jumlah_kebutuhan", "kejuruan", "nama_proyek");
			for (Province p : catalog.all()) {
				out.row(spelling(p, r), "2025-0" + (1 + r.nextInt(8)), "lowongan", (long) r.nextInt(5_000), null, null);
				if (r.nextInt(4) == 0) {
					out.row(spelling(p, r), "2025", "PSN", (long) r.nextInt(10_000), "Konstruksi", "Proyek " + p.code());
				}
			}
		}
	}

	private static String spelling(Province p, SplittableRandom r) {
		List<String> names = new ArrayList<>(p.variants());
		names.add(p.displayName());
		names.add("Prov. " + p.displayName());
		return names.get(r.nextInt(names.size()));
	}

	/** Independent counts of what the pipeline must report for 2025-08. */
	private static final class Expected {

		private final Map<String, long[]> byProvince = new TreeMap<>();
		private final Map<String, long[]> byProgram = new TreeMap<>();
		private final java.util.Set<String> conflicted = new java.util.HashSet<>();

		void add(Person p, int sign) {
			if (p.end().isBefore(WINDOW_START) || p.end().isAfter(WINDOW_END)) {
				return;
			}
			boolean placed = p.graduated() && (p.placement().equals("bekerja") || p.placement().equals("wirausaha"));
			for (long[] c : List.of(byProvince.computeIfAbsent(p.blk().provinceCode(), k -> new long[3]),
					byProgram.computeIfAbsent(p.program().toLowerCase(Locale.ROOT), k -> new long[3]))) {
				c[0] += sign;
				c[1] += p.graduated() ? sign : 0;
				c[2] += placed ? sign : 0;
			}
		}

		boolean conflicted(Person p) {
			return conflicted.contains(p.id());
		}

		void markConflicted(Person p) {
			conflicted.add(p.id());
		}

		void write(Path file) throws IOException {
			try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				w.write("level,key,participants,graduates,placed\n");
				for (var e : byProvince.entrySet()) {
					w.write("province," + e.getKey() + "," + e.getValue()[0] + "," + e.getValue()[1] + "," + e.getValue()[2] + "\n");
				}
				for (var e : byProgram.entrySet()) {
					w.write("program," + e.getKey() + "," + e.getValue()[0] + "," + e.getValue()[1] + "," + e.getValue()[2] + "\n");
				}
			}
		}
	}

	/** Where rows go: an .xlsx or a .csv file. */
	private interface RowSink extends Closeable {

		void row(Object... cells) throws IOException;

		Object error(String code);
	}

	private static final class XlsxSink implements RowSink {

		private final XlsxRowWriter writer;

		XlsxSink(Path file) throws IOException {
			this.writer = new XlsxRowWriter(file, "Data");
		}

		@Override
		public void row(Object... cells) throws IOException {
			writer.row(cells);
		}

		@Override
		public Object error(String code) {
			return new XlsxRowWriter.ErrorCell(code);
		}

		@Override
		public void close() throws IOException {
			writer.close();
		}
	}

	private static final class CsvSink implements RowSink {

		private final BufferedWriter writer;

		CsvSink(Path file) throws IOException {
			this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}

		@Override
		public void row(Object... cells) throws IOException {
			StringBuilder sb = new StringBuilder(128);
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					sb.append(',');
				}
				Object v = cells[i];
				if (v == null) {
					continue;
				}
				String s = v instanceof LocalDate d ? (d.getDayOfMonth() % 2 == 0 ? d.toString() : d.format(DMY)) : v.toString();
				if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
					s = '"' + s.replace("\"", "\"\"") + '"';
				}
				sb.append(s);
			}
			writer.write(sb.append('\n').toString());
		}

		@Override
		public Object error(String code) {
			return code;
		}

		@Override
		public void close() throws IOException {
			writer.close();
		}
	}
}
