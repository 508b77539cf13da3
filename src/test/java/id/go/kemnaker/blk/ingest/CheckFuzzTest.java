package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.dateFormula;
import static id.go.kemnaker.blk.support.Fixtures.formula;
import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.support.Fixtures;

/**
 * Protects the rule that a bad cell value becomes a reject (a {@link Problem} with a {@link RejectReason},
 * reported as {@link IngestEvent.Rejected}), never an unchecked exception, which would fail the whole file or
 * the run. A deterministic fuzz (fixed seed): for every layout the ingest package knows (the long layouts of
 * {@link Layout}, wide BPS tables of {@link WideLayout}), files with the canonical header and rows of hostile
 * cell values are read by {@link FileIngestor}, as a run reads them. Each file must end with a READ ledger in
 * which rows read = accepted + rejected + totals + blank = the rows written, and nothing may be thrown. A row
 * that throws is reported with its layout, file format, row number, cells, and the exception with its frames
 * in our code; the rest of the file is then read on, so that one run lists the distinct failures.
 */
class CheckFuzzTest {

	static final long SEED = 20_250_817L;

	static final int RANDOM_ROWS = 300;

	/** Rows that threw, reported per file before the file is given up. */
	static final int MAX_ESCAPES = 10;

	@TempDir
	Path dir;

	/**
	 * Every value of {@link #HOSTILE} in every column, the row's other cells valid so that the column's check is
	 * reached.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("shapes")
	void everyHostileValueInEveryColumnIsAcceptedOrRejectedNeverThrown(Shape shape) throws IOException {
		Random random = random(shape, "sweep");
		// every value as text, in a CSV file (where every cell is text) ...
		List<Line> asText = new ArrayList<>();
		// ... and every value that is not text as the cell it is, in an .xlsx workbook
		List<Line> asCells = new ArrayList<>();
		for (int c = 0; c < shape.columns().size(); c++) {
			for (Object value : HOSTILE) {
				asText.add(validLine(shape, random).with(c, value));
				if (!(value instanceof String)) {
					asCells.add(validLine(shape, random).with(c, value));
					if (c > 0 && shape.totalsHaveFigures()) {
						asCells.add(totalLine(shape, random).with(c, value));
					}
				}
			}
		}
		Collections.shuffle(asText, random);
		Collections.shuffle(asCells, random);
		List<String> failures = new ArrayList<>();
		failures.addAll(read(shape, Format.CSV, asText, false));
		failures.addAll(read(shape, Format.XLSX, asCells, false));
		assertNoFailures(failures);
	}

	/** {@value #RANDOM_ROWS} rows of valid cells with one to three (or all) cells hostile, one in ten a total row. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("shapesAndFormats")
	void randomRowsAreEachAcceptedRejectedOrCountedNeverThrown(Shape shape, Format format) throws IOException {
		Random random = random(shape, "random");
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < RANDOM_ROWS; i++) {
			Line line = random.nextInt(10) == 0 ? totalLine(shape, random) : validLine(shape, random);
			int width = shape.columns().size();
			int hostile = random.nextInt(8) == 0 ? width : 1 + random.nextInt(3);
			for (int k = 0; k < hostile; k++) {
				line = line.with(random.nextInt(width), HOSTILE.get(random.nextInt(HOSTILE.size())));
			}
			lines.add(line);
		}
		assertNoFailures(read(shape, format, lines, false));
	}

	/**
	 * Number, date, error and boolean cells whose stored text no spreadsheet program writes (NaN, Infinity, an
	 * exponent out of range, text in a number cell), put in the sheet XML by hand, in both Excel date systems.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("shapes")
	void cellValuesNoSpreadsheetProgramWritesAreRejectedNeverThrown(Shape shape) throws IOException {
		List<String> failures = new ArrayList<>();
		for (boolean date1904 : new boolean[] { false, true }) {
			Random random = random(shape, "raw" + date1904);
			List<Line> lines = new ArrayList<>();
			for (int c = 0; c < shape.columns().size(); c++) {
				for (Raw raw : RAW) {
					if (date1904 && !raw.date()) {
						continue; // the date system changes only what a date cell means
					}
					lines.add(validLine(shape, random).with(c, raw));
					if (c > 0 && shape.totalsHaveFigures()) {
						lines.add(totalLine(shape, random).with(c, raw));
					}
				}
			}
			Collections.shuffle(lines, random);
			failures.addAll(read(shape, Format.XLSX, lines, date1904));
		}
		assertNoFailures(failures);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Reading the rows and reporting what escaped

	private static void assertNoFailures(List<String> failures) {
		assertThat(failures).withFailMessage("Rows threw instead of being rejected, or a file did not end with a balanced"
				+ " READ ledger (seed %d):%n%n%s", SEED, String.join("\n\n", failures)).isEmpty();
	}

	/**
	 * Writes the rows to a file of the format and reads it with a {@link FileIngestor}; returns what went
	 * wrong. After a row throws, the rest of the file is written anew and read, leaving out later rows that hold
	 * one of its hostile values (in a row of the same sort, data or total), at most {@link #MAX_ESCAPES} times.
	 */
	private List<String> read(Shape shape, Format format, List<Line> lines, boolean date1904) throws IOException {
		String what = shape + " (" + shape.dataset().folder() + ", " + format.extension
				+ (date1904 ? ", 1904 date system" : "") + ")";
		List<String> failures = new ArrayList<>();
		List<Line> rest = new ArrayList<>();
		for (Line l : lines) {
			// numbered as in the complete file, below the title and header rows
			rest.add(new Line(shape.rowsAbove().size() + rest.size() + 1, l.cells(), l.probes(), l.total()));
		}
		int skipped = 0;
		int part = 0;
		while (!rest.isEmpty()) {
			String name = shape + "-" + format.extension + (date1904 ? "-1904" : "") + "-" + part++ + "."
					+ format.extension;
			Path path = format.write(dir, name, shape.rowsAbove(), rest.stream().map(Line::cells).toList(), date1904);
			SourceFile file = new SourceFile(part, shape.dataset(), path, shape.dataset().folder() + "/" + name);
			List<IngestEvent> events = new ArrayList<>();
			Throwable thrown = null;
			long rowsRead;
			try (FileIngestor ingestor = new FileIngestor(file, Ingestion.CONTEXT)) {
				try {
					for (IngestEvent e = ingestor.next(); e != null; e = ingestor.next()) {
						events.add(e);
					}
				}
				catch (Throwable t) {
					thrown = t;
				}
				rowsRead = ingestor.rowsRead();
			}
			if (thrown == null) {
				checkLedger(what, events, rest.size(), failures);
				break;
			}
			// the reader counts a row before checking it: the row that threw is the last one counted
			int index = (int) rowsRead - 1;
			if (index < 0 || index >= rest.size()) {
				failures.add(what + ": " + describe(thrown) + " before or after the data rows (" + rowsRead + " read)");
				break;
			}
			Line culprit = rest.get(index);
			failures.add(what + " row " + culprit.row() + (culprit.total() ? " (a total row)" : "") + ": "
					+ describe(thrown) + "\n  cells: " + cells(shape, format, culprit));
			if (failures.size() == MAX_ESCAPES) {
				failures.add(what + ": stopped after " + MAX_ESCAPES + " rows that threw");
				break;
			}
			List<Line> next = new ArrayList<>();
			for (Line l : rest.subList(index + 1, rest.size())) {
				if (l.sharesHostileValueWith(culprit)) {
					skipped++;
				}
				else {
					next.add(l);
				}
			}
			rest = next;
		}
		if (skipped > 0) {
			failures.add(what + ": " + skipped + " later rows holding the same hostile values were left out");
		}
		return failures;
	}

	/**
	 * The file ended READ, every data row written was read and counted once, and every rejected row was
	 * reported as a {@link IngestEvent.Rejected} (accepted rows as at least one {@link IngestEvent.Accepted}).
	 */
	private static void checkLedger(String what, List<IngestEvent> events, int rowsWritten, List<String> failures) {
		List<FileLedger> ledgers = events.stream()
			.filter(IngestEvent.FileEnd.class::isInstance)
			.map(e -> ((IngestEvent.FileEnd) e).ledger())
			.toList();
		if (ledgers.size() != 1 || !(events.get(events.size() - 1) instanceof IngestEvent.FileEnd)) {
			failures.add(what + ": " + ledgers.size() + " ledgers, not one at the end");
			return;
		}
		FileLedger l = ledgers.get(0);
		long rejectedEvents = events.stream().filter(IngestEvent.Rejected.class::isInstance).count();
		long acceptedRows = events.stream()
			.filter(IngestEvent.Accepted.class::isInstance)
			.map(e -> ((IngestEvent.Accepted) e).location())
			.distinct()
			.count();
		if (l.status() != FileLedger.Status.READ) {
			failures.add(what + ": the file ended " + l.status() + " (" + l.failure() + ": " + l.message() + "), not READ");
		}
		else if (!l.balances() || l.rowsRead() != rowsWritten) {
			failures.add(what + ": " + rowsWritten + " data rows written but the ledger says read " + l.rowsRead()
					+ " = accepted " + l.accepted() + " + rejected " + l.rejected() + " + totals " + l.totals() + " + blank "
					+ l.blank());
		}
		else if (rejectedEvents != l.rejected() || acceptedRows != l.accepted()) {
			failures.add(what + ": the ledger counts " + l.rejected() + " rejected and " + l.accepted()
					+ " accepted rows but the events hold " + rejectedEvents + " and " + acceptedRows);
		}
	}

	/** The exception, where it was thrown, and the frames in our code that led there. */
	private static String describe(Throwable t) {
		StackTraceElement[] stack = t.getStackTrace();
		String ours = Arrays.stream(stack)
			.filter(f -> f.getClassName().startsWith("id.go.kemnaker.")
					&& !f.getClassName().startsWith(CheckFuzzTest.class.getName()))
			.limit(10)
			.map(f -> "\n    at " + f)
			.collect(Collectors.joining());
		String top = stack.length > 0 && !stack[0].getClassName().startsWith("id.go.kemnaker.")
				? "\n    thrown at " + stack[0] : "";
		return t.getClass().getName() + ": " + printable(String.valueOf(t.getMessage())) + top + ours;
	}

	private static String cells(Shape shape, Format format, Line line) {
		List<String> out = new ArrayList<>();
		for (int c = 0; c < shape.columns().size(); c++) {
			Object v = line.cells().get(c);
			String shown = format == Format.CSV ? v == null ? "(empty)" : "TEXT " + quoted(csvText(v)) : cell(v);
			out.add((line.probes().contains(c) ? "*" : "") + shape.columns().get(c).header() + "=" + shown);
		}
		return String.join(" | ", out) + "\n  (* hostile)";
	}

	/** A cell as written: its kind as {@link RawRow} will see it, and its value. */
	private static String cell(Object v) {
		if (v == null) {
			return "(no cell)";
		}
		if (v instanceof String s) {
			return "TEXT " + quoted(s);
		}
		if (v instanceof Double d) {
			return "NUMBER " + d;
		}
		if (v instanceof LocalDate d) {
			return "DATE " + d;
		}
		if (v instanceof Boolean b) {
			return "BOOLEAN " + b;
		}
		if (v instanceof FormulaError e) {
			return "ERROR " + e.getString();
		}
		if (v instanceof Fixtures.Formula f) {
			return (f.date() ? "date-styled " : "") + "formula =" + f.formula() + " (its cached value)";
		}
		if (v instanceof Raw r) {
			return r.toString();
		}
		return v.toString();
	}

	private static String quoted(String s) {
		String p = printable(s.length() > 60 ? s.substring(0, 40) : s);
		return s.length() > 60 ? "\"" + p + "\u2026\" (" + s.length() + " chars)" : "\"" + p + "\"";
	}

	/** Control and invisible characters written as {@code \\uXXXX}. */
	private static String printable(String s) {
		StringBuilder b = new StringBuilder();
		for (char ch : s.toCharArray()) {
			int type = Character.getType(ch);
			if (Character.isISOControl(ch) || type == Character.FORMAT || type == Character.SPACE_SEPARATOR && ch != ' ') {
				b.append(String.format("\\u%04X", (int) ch));
			}
			else {
				b.append(ch);
			}
		}
		return b.toString();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Rows

	/**
	 * A data row: its 1-based row number in the complete file, its cells, which of them are hostile, and
	 * whether it is a total row.
	 */
	record Line(int row, List<Object> cells, List<Integer> probes, boolean total) {

		Line with(int column, Object value) {
			List<Object> c = new ArrayList<>(cells);
			c.set(column, value);
			List<Integer> p = new ArrayList<>(probes);
			if (!p.contains(column)) {
				p.add(column);
			}
			return new Line(row, c, p, total);
		}

		boolean sharesHostileValueWith(Line other) {
			if (total != other.total) {
				return false;
			}
			for (int i : probes) {
				for (int j : other.probes) {
					if (Objects.equals(cells.get(i), other.cells.get(j))) {
						return true;
					}
				}
			}
			return false;
		}
	}

	private static Line validLine(Shape shape, Random random) {
		List<Object> cells = new ArrayList<>();
		for (Column c : shape.columns()) {
			cells.add(c.valid().get(random.nextInt(c.valid().size())));
		}
		return new Line(0, cells, List.of(), false);
	}

	/** A total row: column A (province, BLK code or participant id) says INDONESIA or Jumlah. */
	private static Line totalLine(Shape shape, Random random) {
		Line line = validLine(shape, random);
		List<Object> cells = new ArrayList<>(line.cells());
		cells.set(0, random.nextBoolean() ? "INDONESIA" : "Jumlah");
		return new Line(line.row(), cells, line.probes(), true);
	}

	private static Random random(Shape shape, String test) {
		return new Random(SEED ^ (shape + "/" + test).hashCode());
	}

	// ---------------------------------------------------------------------------------------------------------
	// File formats

	enum Format {
		XLSX("xlsx"), XLS("xls"), CSV("csv");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/**
		 * Writes the rows above the data (title, header), then the data rows, one file row each: a row whose
		 * cells are all absent gets one blank text cell, so that it is in the file and read like the others.
		 */
		Path write(Path dir, String name, List<List<Object>> above, List<List<Object>> data, boolean date1904)
				throws IOException {
			List<List<Object>> rows = new ArrayList<>(above);
			for (List<Object> r : data) {
				rows.add(r.stream().allMatch(Objects::isNull) ? withFirst(r, " ") : r);
			}
			return switch (this) {
				case XLSX -> writeXlsx(dir, name, rows, date1904);
				case XLS -> Fixtures.xls(dir, name, rows);
				case CSV -> writeCsv(dir, name, rows);
			};
		}

		private static List<Object> withFirst(List<Object> r, Object value) {
			List<Object> copy = new ArrayList<>(r);
			copy.set(0, value);
			return copy;
		}
	}

	private static Path writeCsv(Path dir, String name, List<List<Object>> rows) throws IOException {
		return Fixtures.csv(dir, name, rows.stream().map(r -> r.stream().map(v -> v == null ? "" : csvText(v)).toList())
			.toList());
	}

	/** A cell as a spreadsheet program exports it to CSV (a formula as typed, which a hand-made CSV may hold). */
	private static String csvText(Object v) {
		if (v instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d) : d.toString();
		}
		if (v instanceof LocalDate d) {
			return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
		}
		if (v instanceof Boolean b) {
			return b ? "TRUE" : "FALSE";
		}
		if (v instanceof FormulaError e) {
			return e.getString();
		}
		if (v instanceof Fixtures.Formula f) {
			return "=" + f.formula();
		}
		if (v instanceof Raw r) {
			return r.value();
		}
		return v.toString();
	}

	/**
	 * A cell whose stored text no spreadsheet program writes: {@code type} is the cell's {@code t} attribute
	 * ({@code n} number, {@code e} error, {@code b} boolean, {@code str} formula text, {@code d} ISO date, or
	 * an unknown one), {@code date} gives it a date format. Written as a marked formula cell by
	 * {@link Fixtures}, then put in the sheet XML by hand.
	 */
	record Raw(String type, boolean date, String value) {

		@Override
		public String toString() {
			return "hand-written <c t=\"" + type + "\"" + (date ? " date-styled" : "") + "><v>" + printable(value) + "</v>";
		}
	}

	private static final Pattern MARKED_CELL = Pattern.compile("<c ([^>]*)><f>(777\\d{5})</f><v>[^<]*</v></c>");

	private static final Pattern TYPE_ATTRIBUTE = Pattern.compile("\\s*\\bt=\"[^\"]*\"");

	private static Path writeXlsx(Path dir, String name, List<List<Object>> rows, boolean date1904) throws IOException {
		Map<String, Raw> marked = new HashMap<>();
		List<List<Object>> written = new ArrayList<>();
		for (List<Object> r : rows) {
			List<Object> cells = new ArrayList<>(r);
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) instanceof Raw raw) {
					String marker = Integer.toString(77_700_000 + marked.size());
					marked.put(marker, raw);
					cells.set(c, raw.date() ? dateFormula(marker) : formula(marker));
				}
			}
			written.add(cells);
		}
		Path path = Fixtures.xlsx(dir, name, written);
		if (!marked.isEmpty() || date1904) {
			rewriteXml(path, marked, date1904);
		}
		return path;
	}

	/** Puts the raw cells in place of their marked formula cells, and switches to the 1904 date system. */
	private static void rewriteXml(Path path, Map<String, Raw> marked, boolean date1904) throws IOException {
		int[] replaced = { 0 };
		Fixtures.rewriteParts(path, path, (name, content) -> {
			String xml = new String(content, StandardCharsets.UTF_8);
			if (name.startsWith("xl/worksheets/")) {
				Matcher m = MARKED_CELL.matcher(xml);
				StringBuilder b = new StringBuilder();
				while (m.find()) {
					Raw raw = marked.get(m.group(2));
					String attributes = TYPE_ATTRIBUTE.matcher(m.group(1)).replaceAll("");
					m.appendReplacement(b, Matcher.quoteReplacement("<c " + attributes + " t=\"" + raw.type() + "\"><v>"
							+ raw.value().replace("&", "&amp;").replace("<", "&lt;") + "</v></c>"));
					replaced[0]++;
				}
				m.appendTail(b);
				return b.toString().getBytes(StandardCharsets.UTF_8);
			}
			if (date1904 && name.equals("xl/workbook.xml")) {
				assertThat(xml).as("workbook.xml written by POI").contains("date1904=\"false\"");
				return xml.replace("date1904=\"false\"", "date1904=\"true\"").getBytes(StandardCharsets.UTF_8);
			}
			return content;
		});
		assertThat(replaced[0]).as("raw cells put in the sheet XML of %s", path.getFileName()).isEqualTo(marked.size());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Layouts: canonical header, rows above it, and valid values per column (one province: Kalimantan Utara)

	/** A column: its header text and values that pass its check. */
	record Column(String header, List<Object> valid) {
	}

	/** A sheet layout: the rows above the data (the header last) and its columns. */
	record Shape(String name, Dataset dataset, List<List<Object>> rowsAbove, List<Column> columns) {

		/** Labour-force total rows are read for their figures; other total rows are only counted. */
		boolean totalsHaveFigures() {
			return dataset == Dataset.LABOUR_FORCE;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Column col(String header, Object... valid) {
		return new Column(header, Arrays.asList(valid));
	}

	static Shape longLayout(Layout layout, Column... columns) {
		List<Object> header = Arrays.stream(columns).map(c -> (Object) c.header()).toList();
		return new Shape(layout.name(), layout.dataset(), List.of(header), List.of(columns));
	}

	private static final Column PROVINCE = col("province", "Kalimantan Utara", "KALIMANTAN UTARA", "Kaltara",
			"Prov. Kalimantan Utara");

	private static final Column PROVINCE_CODE = col("province_code", "65", 65.0, "065", null);

	private static final Column KEMENDAGRI_CODE = col("kode_kemendagri", "65", 65.0, null);

	private static final Column PROGRAM = col("program", "Las Listrik", "Teknik Pendingin", "Menjahit",
			"Operator Alat Berat");

	private static final List<String> PROVINCE_NAMES = Ingestion.PROVINCES.all().stream()
		.flatMap(p -> Stream.of(p.name(), p.officialName(), p.displayName()))
		.toList();

	static final List<Shape> SHAPES = List.of(
			longLayout(Layout.LABOUR_FORCE_LONG, PROVINCE, PROVINCE_CODE, KEMENDAGRI_CODE,
					col("period", "Agustus 2025", "2025-08", LocalDate.of(2025, 8, 1), "Agt 2025", "08/2025"),
					col("working_age_population", 1_000_000.0, "1.000.000", "1000000"),
					col("labour_force", 700_000.0, "700.000", "700000"), col("employed", 650_000.0, "650.000"),
					col("unemployed", 50_000.0, "50.000", "50000"), col("unemployment_rate", 7.14, "7,14", "7.14%"),
					col("participation_rate", 70.0, "70,00", null), col("youth_labour_force", 100_000.0, "100.000", null),
					col("youth_unemployed", 20_000.0, "20.000", null)),
			longLayout(Layout.BLK, col("blk_code", "BLK-07", "blk-07", "UPTD-KALTARA-01"),
					col("name", "BLK Tanjung Selor", "UPTD Balai Latihan Kerja Kalimantan Utara"), PROVINCE, PROVINCE_CODE,
					KEMENDAGRI_CODE, col("regency", "Bulungan", "Kab. Bulungan", null),
					col("type", "UPTD", "BLK Komunitas", "uptp"), col("status", "beroperasi", "Aktif", "OPERATING"),
					col("annual_capacity", 320.0, "320", "1.280"), col("planned_year", "2026", 2027.0, null)),
			longLayout(Layout.PARTICIPANT, col("participant_id", "P-2025-000123", "3201234567890001", 12_345.0),
					col("blk_code", "BLK-01", "blk-01"), PROGRAM, col("gender", "L", "P", "Laki-laki", "Perempuan", null),
					col("birth_date", LocalDate.of(1999, 5, 17), "17/05/1999", "1999-05-17", null),
					col("education", "SMA", "SMK", "S1", null),
					col("start_date", LocalDate.of(2025, 2, 3), "2025-02-03", "03/02/2025", "3 Februari 2025"),
					col("end_date", LocalDate.of(2025, 3, 28), "28/03/2025", "28 Maret 2025"),
					col("graduated", "Y", "Ya", true, 1.0), col("certified", "Tidak", "N", false, 0.0, null),
					col("placement_status", "bekerja", "Wirausaha", "belum bekerja", "tidak diketahui", null),
					col("placement_date", LocalDate.of(2025, 5, 2), "2025-05-02", null)),
			longLayout(Layout.TRAINING_SUMMARY, col("blk_code", "BLK-01", "blk-01"), PROGRAM,
					col("period", "2025-03", "Maret 2025", LocalDate.of(2025, 3, 1)), col("participants", 20.0, "20"),
					col("graduates", 18.0, "18"), col("certified", 15.0, null), col("employed", 10.0, "10"),
					col("self_employed", 3.0, null), col("unemployed", 2.0, null), col("unknown", 3.0, null)),
			longLayout(Layout.DEMAND, PROVINCE, PROVINCE_CODE, KEMENDAGRI_CODE,
					col("period", "2025", 2025.0, "Agustus 2025", "2025-08", LocalDate.of(2025, 8, 1)),
					col("source", "lowongan", "PSN", "Vacancy"), col("workers_needed", 150.0, "1.500", "150"),
					col("program", "Las", "Operator Alat Berat", null), col("project", "Bendungan Mangkupadi", null)),
			wide("WIDE_TPT", List.of(row("Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)")),
					List.of(4.91, "4,91", "5.2", "-", 0.0), "Februari 2024", "Agustus 2024", "Februari 2025",
					"Agustus 2025"),
			wide("WIDE_TPAK", List.of(row("Tingkat Partisipasi Angkatan Kerja (TPAK) Menurut Provinsi (Persen)")),
					List.of(68.1, "68,10", 91.5, "-"), "Agustus 2024", "Agustus 2025"),
			wide("WIDE_LABOUR_FORCE_THOUSANDS",
					List.of(row("Jumlah Angkatan Kerja Menurut Provinsi (ribu orang)"),
							row("Provinsi", 2024.0, null, "2025", null),
							row(null, "Februari", "Agustus", "Februari", "Agustus")),
					List.of(2_500.5, "2.500,5", "2500", "-"), "Februari 2024", "Agustus 2024", "Februari 2025",
					"Agustus 2025"),
			wide("WIDE_UNEMPLOYED_PERSONS", List.of(row("Jumlah Pengangguran Terbuka Menurut Provinsi (orang)")),
					List.of(125_000.0, "125.000", "125000", "-"), "Agustus 2024", "Februari 2025", "Agustus 2025"));

	/**
	 * A wide BPS table: title rows above, then (unless {@code above} ends with a year-over-month header) one
	 * header row of periods; province names in column A.
	 */
	static Shape wide(String name, List<List<Object>> above, List<Object> values, String... periods) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Provinsi", new ArrayList<>(PROVINCE_NAMES)));
		for (String p : periods) {
			columns.add(new Column(p, values));
		}
		List<List<Object>> rows = new ArrayList<>(above);
		if (above.size() == 1) {
			rows.add(columns.stream().map(c -> (Object) c.header()).toList());
		}
		return new Shape(name, Dataset.LABOUR_FORCE, rows, columns);
	}

	static Stream<Shape> shapes() {
		return SHAPES.stream();
	}

	static Stream<Arguments> shapesAndFormats() {
		return SHAPES.stream().flatMap(s -> Arrays.stream(Format.values()).map(f -> Arguments.of(s, f)));
	}

	// ---------------------------------------------------------------------------------------------------------
	// Hostile cell values

	/**
	 * Values to put in any column: every kind of cell ({@link RawRow} TEXT, NUMBER, DATE, BOOLEAN, ERROR and
	 * blank, formula results included), extreme numbers and dates, overlong text, unicode, text that looks like
	 * a date, a period, a province, a code, an error, yes/no or a gender, valid or not.
	 */
	static final List<Object> HOSTILE = hostile();

	private static List<Object> hostile() {
		List<Object> v = new ArrayList<>();
		// blank and white space only
		v.add(null);
		v.addAll(List.of("", " ", "   ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\r\n", " \u00a0 "));
		// numbers: huge, tiny, signed, fractional, date serials, codes
		v.addAll(List.of(1e300, -1e300, 99_999_999_999_999.0, 2_958_466.0, 2_958_465.0, 401_769.0, -1.0, 0.0, -0.0, 0.5,
				1e-300, Double.MAX_VALUE, Double.MIN_VALUE, 3.201234567890001E15, 1_234_567.891, 60.0, 45_000.0, 65.0,
				93.0, 2025.0, 1e12, 1e12 + 1, 100.0001, 9.223372036854776E18, -9.223372036854776E18, Double.NaN,
				Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
		// date cells: the first and last Excel dates, the phantom 29 February 1900, past what a period holds
		v.addAll(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1),
				LocalDate.of(1899, 12, 31), LocalDate.of(1904, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2999, 12, 31),
				LocalDate.of(3000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1)));
		// booleans and errors, typed or as formula results (NaN and Infinity results are stored as errors)
		v.addAll(List.of(true, false, FormulaError.REF, FormulaError.DIV0, FormulaError.NA, FormulaError.VALUE,
				FormulaError.NAME, FormulaError.NUM, FormulaError.NULL));
		v.addAll(List.of(formula("1/0"), formula("0/0"), formula("NA()"), formula("SQRT(-1)"), formula("10^400"),
				formula("TRUE()"), formula("1=2"), formula("1E300"), formula("-1E300"), formula("\"31/02/2025\""),
				formula("REPT(\"x\",600)"), formula("\"\""), formula("\"#REF!\""), dateFormula("DATE(9999,12,31)+1"),
				dateFormula("DATE(9999,12,31)"), dateFormula("DATE(3000,1,1)"), dateFormula("99999999999999"),
				dateFormula("-1"), dateFormula("0"), dateFormula("0.5"), dateFormula("60"), dateFormula("1E300"),
				dateFormula("1/0"), dateFormula("NA()"), dateFormula("\"2025-08-17\"")));
		// overlong text (Values.MAX_TEXT is 500 characters)
		v.addAll(List.of("x".repeat(Values.MAX_TEXT), "x".repeat(Values.MAX_TEXT + 1), "Pelatihan ".repeat(60),
				"Budi Santoso ".repeat(400), "9".repeat(5_000), "e\u0301".repeat(260), "\uD83D\uDE00".repeat(260),
				"x".repeat(32_767)));
		// unicode: names, emoji, combining marks, right-to-left, other scripts and digits, control characters
		v.addAll(List.of("Siti Nurhaliza", "Ni Luh Putu Ayu Sukmawati", "I Gede Ngurah Rai", "Muhammad Fauzi Al-Ghifari",
				"\u1E62a\u1E6Driyo", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDD27 Teknisi Las", "\uD83C\uDDEE\uD83C\uDDE9",
				"\uD83D\uDE42", "e\u0301\u0301\u0301\u0301", "Z\u0324\u0354\u0367\u0311\u0313a\u0364\u0356", "\u200b",
				"\u200bBLK-01", "\u202eBLK-01", "\ufeffBLK-01", "\u0001\u0002\u0003", "a\u0007b", "\u001b[31mmerah",
				"tab\tinside", "line\nbreak", "cr\rreturn", "\u062C\u0627\u0643\u0631\u062A\u0627",
				"\uA997\uA98F\uA982\uA9A0",
				"\u216B", "\uFB01 ligature", "\u0130STANBUL", "\u00DF", "\u01C5"));
		// text that looks like a date, possible or not
		v.addAll(List.of("31/02/2025", "0/0/0", "00/00/0000", "99999-01-01", "1 Foo 2025", "2025-02-30", "2025-13-01",
				"2025-00-10", "32/01/2025", "29/02/2023", "29/02/2024", "1/1/1", "0000-01-01", "0000-00-00", "9999-12-31",
				"31.12.9999", "12 Desember 99999", "2025-08-17T10:00:00", "2025-08-17T", "17 Agustus 1945", "17-Agu-2025",
				"2025/08/17", "08/17/2025", "17/08/25", "Senin, 17 Agustus 2025", "17 Agustus", "45000", "45000.5",
				"-45000", "\u0662\u0660\u0662\u0665-\u0660\u0668-\u0661\u0667",
				"\uFF12\uFF10\uFF12\uFF15-\uFF10\uFF18-\uFF11\uFF17",
				"2025-8-7", "99/99/9999", "31 Pebruari 2025", "0 Januari 2025", "99 Mei 2025"));
		// periods
		v.addAll(List.of("Agustus 2025", "2025-08", "2025-13", "Feb 99999", "Februari 2024", "2024/2", "08/2025",
				"13/2025", "00/2025", "Agt 2025", "2025 Agustus", "Agustus", "2025", "1899-12", "3000-01", "2999-12",
				"Sem I 2025", "Q1 2025", "Nopember 2025", "Agustus 2025 (revisi)", "Ags. 2025", "0000-00", "9999-99"));
		// numbers typed as text
		v.addAll(List.of("1e309", "-1e309", "1e-400", "NaN", "Infinity", "-Infinity", "1E+2147483647", "99999999999999",
				"2958466", "-1", "0", "0.5", "-0", "+5", "--5", "5-", ".5", "5.", ",", ".", "1,2,3", "1.2.3", "1.234.567",
				"1,234,567", "1.234.567,89", "1,234.567,8", "4,91", "4.91%", "%", "100%", "1e", "e5", "0x1F", "1_000",
				"1 234 567", "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "12\u00a0345", "1'234", "(5)"));
		// provinces and codes, valid and not (93 is a Papua code only in Home Affairs numbering)
		v.addAll(List.of("Kalimantan Utara", "Prov. Jawa Timur", "PROVINSI BALI", "DKI Jakarta", "Papua Pegunungan",
				"Papua", "Papua Barat Daya", "Kalimantan Tenggara", "Jawa Barat Daya", "Aceh Darussalam", "Jawa",
				"Kalimantan\u00a0Utara", "Kalimantan Utara\u0301", "KALIMANTAN-UTARA", "11", "31", "65", "91", "92", "93",
				"94", "95", "96", "97", "98", "99", "00", "0", "100", "-11", "1.1", "65.0", "065", "0065",
				"6500000000000000", "ZZ", "IND", "6 5", "\u0666\u0665", "\uFF16\uFF15", "\u096F\u0969"));
		// Excel error values typed as text
		v.addAll(List.of("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
				"#GETTING_DATA", "#ERROR", "# REF!", "#ref!", "#N/A ", "#"));
		// yes/no and gender words
		v.addAll(List.of("Y", "N", "Ya", "Tidak", "iya", "bukan", "YES", "no", "TRUE", "false", "1", "2", "Ya/Tidak",
				"ya ", "Y\u0101", "tdk.", "belum", "L", "P", "M", "F", "Laki-laki", "Perempuan", "LAKI - LAKI", "Wanita",
				"Pria", "X", "Lainnya", "L/P", "l.", "P\u00a0", "\u2640", "\u2642"));
		// the words of other columns, total rows, notes, missing-value marks
		v.addAll(List.of("UPTP", "BLK Komunitas", "BLKK", "Swasta", "Rencana", "dalam pembangunan", "Ditutup sementara",
				"bekerja", "Belum Bekerja!", "Magang", "PSN", "Proyek Strategis Nasional", "CSR", "BLK-01", "blk-01",
				"BLK-99", " BLK-01 ", "BLK\u201001", "INDONESIA", "Jumlah", "TOTAL", "Grand Total", "Total Indonesia",
				"Sumber: BPS", "* angka sementara", "Keterangan:", "-", "--", "\u2013", "...", "N/A", "tidak ada data",
				"t.d."));
		// formula-looking and markup text
		v.addAll(List.of("=1+1", "+62812", "@SUM(A1)", "<b>x</b>", "&amp;", "]]>", "\"quoted\"", "'65", "a,b;c\td"));
		return Collections.unmodifiableList(v);
	}

	/** Number, date, error and boolean cells with stored text that only a hand-made file holds. */
	static final List<Raw> RAW = raw();

	private static List<Raw> raw() {
		List<Raw> r = new ArrayList<>();
		for (String n : List.of("NaN", "-NaN", "Infinity", "-Infinity", "INF", "1E309", "-1E309", "1E+2147483647",
				"-1E2147483647", "1E-2147483647", "100E+2147483647", "-100E+2147483647", "1000E+2147483646",
				"4.9E-325", "99999999999999999999999", "0x1p3", "1,5", " 42 ", "", "12e", "--1", "1d")) {
			r.add(new Raw("n", false, n));
		}
		for (String d : List.of("NaN", "Infinity", "-Infinity", "1E300", "-1E300", "2958465", "2958465.99999", "2958466",
				"2957003", "2957004", "99999999999999", "401768", "401769", "60", "59.5", "0", "-0.5", "1E+2147483647",
				"abc",
				"", "0x1p16")) {
			r.add(new Raw("n", true, d));
		}
		r.addAll(List.of(new Raw("e", false, ""), new Raw("e", false, "#WHATEVER"), new Raw("e", false, "not an error"),
				new Raw("b", false, "2"), new Raw("b", false, ""), new Raw("b", false, "-1"), new Raw("str", false, ""),
				new Raw("d", false, "2025-08-17T00:00:00"), new Raw("d", true, "3000-01-01T00:00:00"),
				new Raw("d", false, "+99999-01-01"), new Raw("zzz", false, "unknown type")));
		return List.copyOf(r);
	}
}
