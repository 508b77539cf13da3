package id.go.kemnaker.blk.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.go.kemnaker.blk.generate.XlsxRowWriter;

/**
 * The tests' input files, built in one place: real {@code .xlsx} (POI's XSSF, shared strings) and
 * {@code .xls} workbooks from rows of cells, CSV and other text, raw bytes, a workbook package written by
 * hand around one sheet's XML, a workbook's parts rewritten (damaged, cut, altered), and the small input
 * sets several tests share. A null cell is left empty; an empty or null row is not written. For hundreds
 * of thousands of rows, {@link XlsxRowWriter} streams a workbook instead.
 */
public final class Fixtures {

	/** A formula cell; {@code date} gives it a date format. Its cached value is computed when the file is written. */
	public record Formula(String formula, boolean date) {
	}

	/** Writes the XML of a sheet into a hand-made workbook ({@link #handMadeXlsx}). */
	@FunctionalInterface
	public interface SheetXml {

		void writeTo(OutputStream sheet) throws IOException;
	}

	/** Changes the content of one part of a workbook's zip; returns it unchanged to keep it. */
	@FunctionalInterface
	public interface PartEdit {

		byte[] apply(String name, byte[] content) throws IOException;
	}

	public static final String[] LABOUR_HEADER = { "provinsi", "periode", "penduduk_usia_kerja", "angkatan_kerja",
			"bekerja", "pengangguran" };

	public static final String[] PARTICIPANT_HEADER = { "id_peserta", "kode_blk", "kejuruan", "jenis_kelamin",
			"tanggal_lahir", "tanggal_mulai", "tanggal_selesai", "lulus", "status_penempatan", "tanggal_penempatan" };

	private Fixtures() {
	}

	public static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	public static Formula formula(String formula) {
		return new Formula(formula, false);
	}

	public static Formula dateFormula(String formula) {
		return new Formula(formula, true);
	}

	/** Sheets in the given order: name, rows, name, rows, ... */
	public static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
		Map<String, List<List<Object>>> m = new LinkedHashMap<>();
		for (int i = 0; i < nameThenRows.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<List<Object>> rows = (List<List<Object>>) nameThenRows[i + 1];
			m.put((String) nameThenRows[i], rows);
		}
		return m;
	}

	// -----------------------------------------------------------------------------------------------------
	// Workbooks

	/** One sheet named {@code Data}. */
	public static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
		return xlsx(dir.resolve(name), Map.of("Data", rows));
	}

	/** Sheets in the given order (use {@link #sheets} or Map.of with one entry). */
	public static Path xlsx(Path dir, String name, Map<String, List<List<Object>>> sheets) throws IOException {
		return xlsx(dir.resolve(name), sheets);
	}

	/** A workbook at {@code file} (its folder made if needed). */
	public static Path xlsx(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
		return xlsx(file, sheets, Map.of());
	}

	/** With merged cells: per sheet name, ranges such as {@code B2:J2}. */
	public static Path xlsx(Path file, Map<String, List<List<Object>>> sheets, Map<String, List<String>> merged)
			throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			return write(wb, file, sheets, merged);
		}
	}

	public static Path xls(Path dir, String name, List<List<Object>> rows) throws IOException {
		try (Workbook wb = new HSSFWorkbook()) {
			return write(wb, dir.resolve(name), Map.of("Data", rows), Map.of());
		}
	}

	private static Path write(Workbook wb, Path path, Map<String, List<List<Object>>> sheets,
			Map<String, List<String>> merged) throws IOException {
		CellStyle dateStyle = wb.createCellStyle();
		dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		boolean formulas = false;
		for (var e : sheets.entrySet()) {
			Sheet sheet = wb.createSheet(e.getKey());
			List<List<Object>> rows = e.getValue();
			for (int r = 0; r < rows.size(); r++) {
				List<Object> cells = rows.get(r);
				if (cells == null || cells.isEmpty()) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.size(); c++) {
					Object v = cells.get(c);
					if (v != null) {
						formulas |= set(row.createCell(c), v, dateStyle);
					}
				}
			}
			for (String range : merged.getOrDefault(e.getKey(), List.of())) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(range));
			}
		}
		if (formulas) {
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		}
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		try (OutputStream out = Files.newOutputStream(path)) {
			wb.write(out);
		}
		return path;
	}

	/** Sets a cell's value; true if it is a formula. */
	private static boolean set(Cell cell, Object v, CellStyle dateStyle) {
		if (v instanceof String s) {
			cell.setCellValue(s);
		}
		else if (v instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (v instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(dateStyle);
		}
		else if (v instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else if (v instanceof FormulaError fe) {
			if (cell instanceof XSSFCell x) {
				x.setCellErrorValue(fe);
			}
			else {
				cell.setCellErrorValue(fe.getCode());
			}
		}
		else if (v instanceof Formula f) {
			cell.setCellFormula(f.formula());
			if (f.date()) {
				cell.setCellStyle(dateStyle);
			}
			return true;
		}
		else {
			throw new IllegalArgumentException("cell value " + v);
		}
		return false;
	}

	/**
	 * A copy of a workbook (an input template) at {@code target} with {@code rows} typed into its sheet
	 * {@code Data} below the header row, as a user fills it in; the rest of the workbook (instructions,
	 * drop-down lists) unchanged.
	 */
	public static Path fillIn(Path template, Path target, List<List<Object>> rows) throws IOException {
		try (InputStream in = Files.newInputStream(template); Workbook wb = new XSSFWorkbook(in)) {
			Sheet data = wb.getSheet("Data");
			CellStyle dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = data.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					if (v != null) {
						set(row.createCell(c), v, dateStyle);
					}
				}
			}
			Files.createDirectories(target.getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				wb.write(out);
			}
		}
		return target;
	}

	/**
	 * A one-sheet workbook package written by hand: the parts Excel needs around the sheet ({@code Data},
	 * {@code xl/worksheets/sheet1.xml}, whose XML {@code sheet} writes) and nothing else: no styles, no
	 * shared strings, so a test can put in the sheet what no spreadsheet program writes.
	 */
	public static Path handMadeXlsx(Path file, SheetXml sheet) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
					+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
					+ "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			sheet.writeTo(zip);
			zip.closeEntry();
		}
		return file;
	}

	/** {@link #handMadeXlsx} with the sheet's XML as text. */
	public static Path handMadeXlsx(Path file, String sheetXml) throws IOException {
		return handMadeXlsx(file, out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
	}

	private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A copy of a workbook (any zip) at {@code target}, each part passed through {@code edit}, in their order. */
	public static Path rewriteParts(Path source, Path target, PartEdit edit) throws IOException {
		byte[] rewritten = rewriteParts(Files.readAllBytes(source), edit);
		Files.write(target, rewritten);
		return target;
	}

	/** The bytes of a workbook (any zip), each part passed through {@code edit}, in their order. */
	public static byte[] rewriteParts(byte[] zipped, PartEdit edit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = edit.apply(e.getName(), in.readAllBytes());
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	// -----------------------------------------------------------------------------------------------------
	// Text and bytes

	/** A UTF-8 text file (CSV or anything else) at {@code file}, its folder made if needed. */
	public static Path text(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	public static Path text(Path dir, String name, String content, Charset charset) throws IOException {
		return Files.write(dir.resolve(name), content.getBytes(charset));
	}

	/** A UTF-8 CSV with every field quoted, as a spreadsheet program exports it. */
	public static Path csv(Path dir, String name, List<List<String>> rows) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.Builder.create(CSVFormat.DEFAULT).setQuoteMode(QuoteMode.ALL).get())) {
			for (List<String> r : rows) {
				printer.printRecord(r);
			}
		}
		return text(dir, name, out.toString(), StandardCharsets.UTF_8);
	}

	public static Path bytes(Path dir, String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	// -----------------------------------------------------------------------------------------------------
	// Input sets

	/**
	 * The smallest input set a run completes on: Kalimantan Utara's August 2025 labour force (its real
	 * counts) and one BLK there, 480 seats.
	 */
	public static void kaltaraInput(Path input) throws IOException {
		text(input.resolve("labour-force/kaltara.csv"),
				"provinsi,periode,angkatan_kerja,pengangguran\nKalimantan Utara,2025-08,395803,15231\n");
		text(input.resolve("blk/blk.csv"), "kode_blk,nama_blk,provinsi,jenis,kapasitas\nB1,BLK Tarakan,Kaltara,UPTD,480\n");
	}

	/**
	 * 1,500 more trainees in the central BLK of the shipped sample ({@code training/peserta-tambahan.xlsx}),
	 * so that reading the sample's training data spans many chunks.
	 */
	public static void moreTrainees(Path input) throws IOException {
		try (XlsxRowWriter w = new XlsxRowWriter(input.resolve("training/peserta-tambahan.xlsx"), "Peserta")) {
			w.row("participant_id", "blk_code", "program", "gender", "start_date", "end_date", "graduated",
					"placement_status");
			LocalDate start = LocalDate.of(2024, 10, 7);
			for (int i = 1; i <= 1_500; i++) {
				w.row("T-" + i, String.format("UPTP-%02d", 1 + i % 42), i % 2 == 0 ? "Las" : "Listrik", i % 3 == 0 ? "P" : "L",
						start.plusDays(i % 200), start.plusDays(i % 200 + 45), i % 7 == 0 ? "N" : "Y",
						i % 7 == 0 ? null : i % 3 == 0 ? "bekerja" : "belum bekerja");
			}
		}
	}
}
