package id.go.kemnaker.blk.launch;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.Fixtures;
import id.go.kemnaker.blk.support.Workbooks;

/**
 * The lines provincial staff act on are in the workbook's language: on an input set with rejects, warnings
 * and file failures of many kinds, no English sentence in the Indonesian data-quality sheet or rejects file,
 * and no Indonesian one in those of {@code --lang=en}. Values quoted from the input stay as they were typed
 * (the fixture's values are neither English nor Indonesian words of the lists).
 */
class MessageLanguageIT {

	/** Words of an English sentence that no Indonesian text of the application holds. */
	static final Set<String> ENGLISH = Set.of("is", "not", "known", "missing", "expected", "must", "row", "rows", "column",
			"duplicate", "the", "sheet", "none", "than", "more", "identical", "empty", "required", "before", "after",
			"number", "date", "and", "or", "but", "of", "with", "file", "used", "read");

	/** Words of an Indonesian sentence that no English text of the application holds. */
	static final Set<String> INDONESIAN = Set.of("tidak", "baris", "kolom", "harus", "bukan", "berkas", "lembar", "dan",
			"atau", "yang", "dengan", "wajib", "kosong", "sebelum", "setelah", "sesudah", "ditolak", "dikenal", "tanpa",
			"dipakai", "lebih", "dari", "tetapi", "ada");

	private static final Pattern WORD = Pattern.compile("[\\p{L}_]+");

	@TempDir
	static Path dir;

	static Cli indonesian;

	static Cli english;

	static Cli.Result indonesianRun;

	static Cli.Result englishRun;

	@BeforeAll
	static void runInBothLanguages() throws Exception {
		indonesian = Cli.in(dir.resolve("id"));
		english = Cli.in(dir.resolve("en"));
		for (Cli cli : List.of(indonesian, english)) {
			badInput(cli.input());
		}
		indonesianRun = indonesian.run("run", "--period=2025-08");
		englishRun = english.run("run", "--period=2025-08", "--lang=en");
	}

	/** Rejects, warnings, a failed, a skipped and an unreadable-sheet file: every kind of message of a run. */
	static void badInput(Path input) throws IOException {
		Fixtures.kaltaraInput(input);
		Fixtures.text(input.resolve("labour-force/buruk.csv"), """
				provinsi,periode,penduduk_usia_kerja,angkatan_kerja,bekerja,pengangguran,tpt
				Kalimantan Tenggara,2025-08,100,50,40,10,
				Bali,2025-08,3600000,2700000,2660000,40000,9.99
				Aceh,2025-08,1000,2000,,,
				Papua,2025-08,abc,,,,
				Jambi,2025-8x,100,50,40,10,
				Riau,2025-08,100,90,80,10,
				Jawa Barat,2025-08,100,50,45,10,
				Maluku,2025-08,100,50,,-5,
				Kalimantan Utara,2025-08,,395803,,15000,
				""");
		Fixtures.xlsx(input.resolve("labour-force"), "catatan.xlsx", List.of(row("apa", "ini"), row("itu", "juga")));
		Fixtures.text(input.resolve("labour-force/~$kunci.xlsx"), "kunci");
		Fixtures.text(input.resolve("blk/blk.csv"), """
				kode_blk,nama_blk,provinsi,jenis,status,kapasitas,tahun_rencana
				B1,BLK Tarakan,Kalimantan Utara,UPTD,beroperasi,480,
				B2,BLK Dua,Bali,ANEH,beroperasi,100,
				B3,BLK Tiga,Bali,UPTD,entah,100,
				B4,BLK Empat,Bali,UPTD,beroperasi,,
				B5,BLK Lima,Bali,UPTD,rencana,,20x6
				B1,BLK Tarakan,Kalimantan Utara,UPTD,beroperasi,480,
				B6,BLK Enam,Bali,UPTD,beroperasi,100,
				B6,BLK Enam Lain,Bali,UPTD,beroperasi,200,
				""");
		Fixtures.text(input.resolve("training/peserta.csv"), """
				id_peserta,kode_blk,kejuruan,jenis_kelamin,tanggal_mulai,tanggal_selesai,lulus,status_penempatan,tanggal_penempatan
				P01,B1,Las,L,2025-01-06,2025-03-28,Y,bekerja,2025-04-28
				P02,B1,Las,X,2025-01-06,2025-03-28,Y,,
				P03,B9,Las,L,2025-01-06,2025-03-28,Y,,
				P04,B1,Las,L,2025-03-28,2025-01-06,Y,,
				P05,B1,Las,L,2025-01-06,2025-03-28,mungkin,,
				P06,B1,Las,L,31/02/2025,2025-03-28,Y,,
				P07,B1,Las,L,2025-01-06,2025-03-28,Y,kadang,
				P08,B1,Las,L,2025-01-06,2025-03-28,Y,bekerja,2025-02-01
				P09,B1,,L,2025-01-06,2025-03-28,Y,,
				P10,B1,Las,L,2025-01-06,2025-03-28,,,
				P11,B1,Las,L,#REF!,2025-03-28,Y,,
				""");
		// a CSV named .xlsx: the file fails as a whole
		Fixtures.text(input.resolve("training/rusak.xlsx"), "id_peserta,kode_blk\nP1,B1\n");
		// Windows-1252 (a warning about the file), and rows with an unknown source and a negative count
		Fixtures.text(Files.createDirectories(input.resolve("demand")), "kebutuhan.csv", """
				provinsi,periode,sumber,jumlah_kebutuhan,nama_proyek
				Bali,2025,lowongan,100,Caf\u00e9
				Bali,2025,entah,50,
				Bali,2025,PSN,-5,
				""", Charset.forName("windows-1252"));
	}

	@Test
	void bothRunsComplete() {
		assertThat(indonesianRun.exitCode()).as(indonesianRun.all()).isZero();
		assertThat(englishRun.exitCode()).as(englishRun.all()).isZero();
	}

	@Test
	void noEnglishSentenceInTheIndonesianDataQualitySheet() throws Exception {
		List<String> texts = qualitySheet(indonesian, "Kualitas Data");
		assertThat(texts).as("the fixture gives many messages").hasSizeGreaterThan(40);
		assertThat(texts).anySatisfy(t -> assertThat(t).contains("'Kalimantan Tenggara' bukan nama provinsi"));
		assertThat(offending(texts, ENGLISH)).as("cells of the Kualitas Data sheet with English words").isEmpty();
	}

	@Test
	void noIndonesianSentenceInTheEnglishDataQualitySheet() throws Exception {
		List<String> texts = qualitySheet(english, "Data Quality");
		assertThat(texts).as("the fixture gives many messages").hasSizeGreaterThan(40);
		assertThat(texts).anySatisfy(t -> assertThat(t).contains("'Kalimantan Tenggara' is not a known province name"));
		assertThat(offending(texts, INDONESIAN)).as("cells of the Data Quality sheet with Indonesian words").isEmpty();
	}

	@Test
	void noEnglishSentenceInTheIndonesianRejectsFile() throws Exception {
		List<CSVRecord> rows = rejects(indonesian);
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("data", "berkas", "lembar", "baris", "kolom",
				"nilai", "kode_alasan", "alasan", "keterangan");
		List<String> texts = texts(rows, "alasan", "keterangan");
		assertThat(rows).hasSizeGreaterThan(15);
		assertThat(texts).anySatisfy(t -> assertThat(t).contains("'X' bukan jenis kelamin"));
		assertThat(offending(texts, ENGLISH)).as("English words in the Indonesian rejects file").isEmpty();
	}

	@Test
	void noIndonesianSentenceInTheEnglishRejectsFile() throws Exception {
		List<CSVRecord> rows = rejects(english);
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("dataset", "file", "sheet", "row", "column",
				"value", "reason", "reason_text", "message");
		List<String> texts = texts(rows, "reason_text", "message");
		assertThat(texts).anySatisfy(t -> assertThat(t).contains("'X' is not a gender (M/F"));
		assertThat(offending(texts, INDONESIAN)).as("Indonesian words in the English rejects file").isEmpty();
	}

	@Test
	void theRejectsFileOpensInColumnsInExcelInTheIndonesianLocale() throws Exception {
		Path csv = indonesian.output().resolve("2025-08/rejects-2025-08.csv");
		byte[] bytes = Files.readAllBytes(csv);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String first = new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertThat(first).isEqualTo("\uFEFFdata;berkas;lembar;baris;kolom;nilai;kode_alasan;alasan;keterangan");
	}

	@Test
	void theEnglishWorkbookWritesGenderAsMAndFAndTheIndonesianAsLAndP() throws Exception {
		assertThat(headers(english, "Placement by BLK")).anyMatch(h -> h.endsWith(" M")).anyMatch(h -> h.endsWith(" F"))
			.noneMatch(h -> h.endsWith(" L") || h.endsWith(" P") || h.contains("Male") || h.contains("Laki"));
		assertThat(headers(indonesian, "Penempatan BLK")).anyMatch(h -> h.endsWith(" L")).anyMatch(h -> h.endsWith(" P"))
			.noneMatch(h -> h.endsWith(" M") || h.endsWith(" F"));
	}

	@Test
	void theMethodTablePrintsOnePageWideInBothLanguages() throws Exception {
		// the English units are the widest ("percentage points"): the capped columns must leave room for them
		for (Object[] run : new Object[][] { { indonesian, "Metodologi" }, { english, "Method" } }) {
			try (XSSFWorkbook wb = Workbooks.open(((Cli) run[0]).output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
				assertThat(wb.getSheet((String) run[1]).getColumnBreaks()).as((String) run[1]).isEmpty();
			}
		}
	}

	/** The text cells of a sheet of the national workbook that end with a space and one capital. */
	static List<String> headers(Cli cli, String sheetName) throws IOException {
		List<String> out = new ArrayList<>();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			Sheet sheet = wb.getSheet(sheetName);
			assertThat(sheet).as("sheet %s", sheetName).isNotNull();
			for (Row r : sheet) {
				for (Cell c : r) {
					if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches(".* \\p{Lu}")) {
						out.add(c.getStringCellValue());
					}
				}
			}
		}
		return out;
	}

	/** Every text cell of the data-quality sheet of the national workbook. */
	static List<String> qualitySheet(Cli cli, String sheetName) throws IOException {
		List<String> out = new ArrayList<>();
		try (XSSFWorkbook wb = Workbooks.open(cli.output().resolve("2025-08/blk-nasional-2025-08.xlsx"))) {
			Sheet sheet = wb.getSheet(sheetName);
			assertThat(sheet).as("sheet %s", sheetName).isNotNull();
			for (Row r : sheet) {
				for (Cell c : r) {
					if (c.getCellType() == CellType.STRING) {
						out.add(c.getStringCellValue());
					}
				}
			}
		}
		return out;
	}

	static List<CSVRecord> rejects(Cli cli) throws IOException {
		try (Reader r = Files.newBufferedReader(cli.output().resolve("2025-08/rejects-2025-08.csv"), StandardCharsets.UTF_8)) {
			r.read(); // the BOM
			return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
				.parse(r)
				.getRecords();
		}
	}

	/** The written texts of these columns (the header names included). */
	static List<String> texts(List<CSVRecord> rows, String... columns) {
		List<String> out = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
		for (CSVRecord r : rows) {
			for (String c : columns) {
				out.add(r.get(c));
			}
		}
		return out;
	}

	/**
	 * The texts holding a word of the list, with the word. Codes ({@code DUPLICATE_ROW}) are one word with
	 * their underscore and are not a sentence's words.
	 */
	static List<String> offending(List<String> texts, Set<String> words) {
		List<String> out = new ArrayList<>();
		for (String t : texts) {
			Matcher m = WORD.matcher(t);
			while (m.find()) {
				String w = m.group().toLowerCase(Locale.ROOT);
				if (words.contains(w)) {
					out.add("'" + w + "' in: " + t);
					break;
				}
			}
		}
		return out;
	}
}
