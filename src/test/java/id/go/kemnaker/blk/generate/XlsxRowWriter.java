package id.go.kemnaker.blk.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet {@code .xlsx} row by row as Excel lays it out: text in a shared-strings table, dates
 * as date-formatted serial numbers. Streams the sheet XML straight into the zip, so a million rows take
 * seconds and little memory; the same rows always give the same bytes (fixed entry times). Used to
 * generate large test and benchmark data sets.
 */
public final class XlsxRowWriter implements Closeable {

	private static final long ENTRY_TIME = 946_684_800_000L;
	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
	private static final int DEDUPE_LIMIT = 100_000;

	private final ZipOutputStream zip;
	private final Writer sheet;
	private final Path stringsFile;
	private final Writer strings;
	private final Map<String, Integer> seen = new HashMap<>();
	private final String sheetName;
	private int stringCount;
	private long stringRefs;
	private int rowNumber;

	public XlsxRowWriter(Path file, String sheetName) throws IOException {
		this.sheetName = sheetName;
		this.zip = new ZipOutputStream(Files.newOutputStream(file));
		this.stringsFile = Files.createTempFile(file.toAbsolutePath().getParent(), ".strings-", ".xml");
		this.strings = Files.newBufferedWriter(stringsFile, StandardCharsets.UTF_8);
		entry("xl/worksheets/sheet1.xml");
		this.sheet = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
		sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
	}

	/** An Excel error cell such as {@code #REF!}. */
	public record ErrorCell(String code) {
	}

	/**
	 * Writes the next row: String (text), Number, LocalDate (date cell), Boolean, {@link ErrorCell}; null
	 * leaves the cell empty.
	 */
	public void row(Object... cells) throws IOException {
		rowNumber++;
		sheet.write("<row r=\"");
		sheet.write(Integer.toString(rowNumber));
		sheet.write("\">");
		for (int c = 0; c < cells.length; c++) {
			Object v = cells[c];
			if (v == null) {
				continue;
			}
			String ref = column(c) + rowNumber;
			if (v instanceof ErrorCell e) {
				sheet.write("<c r=\"" + ref + "\" t=\"e\"><v>" + escape(e.code()) + "</v></c>");
			}
			else if (v instanceof String s) {
				sheet.write("<c r=\"" + ref + "\" t=\"s\"><v>" + stringIndex(s) + "</v></c>");
			}
			else if (v instanceof LocalDate d) {
				sheet.write("<c r=\"" + ref + "\" s=\"1\"><v>" + ChronoUnit.DAYS.between(EPOCH, d) + "</v></c>");
			}
			else if (v instanceof Boolean b) {
				sheet.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>");
			}
			else if (v instanceof Number n) {
				sheet.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
			}
			else {
				throw new IllegalArgumentException("cannot write " + v.getClass());
			}
		}
		sheet.write("</row>");
	}

	private int stringIndex(String s) throws IOException {
		stringRefs++;
		Integer known = seen.get(s);
		if (known != null) {
			return known;
		}
		int index = stringCount++;
		if (seen.size() < DEDUPE_LIMIT) {
			seen.put(s, index);
		}
		strings.write("<si><t xml:space=\"preserve\">");
		strings.write(escape(s));
		strings.write("</t></si>");
		return index;
	}

	@Override
	public void close() throws IOException {
		sheet.write("</sheetData></worksheet>");
		sheet.flush();
		zip.closeEntry();
		strings.close();
		entry("xl/sharedStrings.xml");
		write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + stringRefs + "\" uniqueCount=\""
				+ stringCount + "\">");
		Files.copy(stringsFile, zip);
		write("</sst>");
		zip.closeEntry();
		Files.deleteIfExists(stringsFile);
		part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ "</Types>");
		part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		part("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
				+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
				+ escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
				+ "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
				+ "</Relationships>");
		part("xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
				+ "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
				+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
				+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
				+ "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
				+ "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
				+ "</styleSheet>");
		zip.close();
	}

	private void entry(String name) throws IOException {
		ZipEntry e = new ZipEntry(name);
		e.setTime(ENTRY_TIME);
		zip.putNextEntry(e);
	}

	private void part(String name, String xml) throws IOException {
		entry(name);
		write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
		zip.closeEntry();
	}

	private void write(String s) throws IOException {
		zip.write(s.getBytes(StandardCharsets.UTF_8));
	}

	static String column(int c) {
		StringBuilder sb = new StringBuilder();
		int n = c + 1;
		while (n > 0) {
			sb.insert(0, (char) ('A' + (n - 1) % 26));
			n = (n - 1) / 26;
		}
		return sb.toString();
	}

	static String escape(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			String rep = switch (ch) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				default -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' ? "" : null;
			};
			if (rep != null) {
				if (sb == null) {
					sb = new StringBuilder(s.substring(0, i));
				}
				sb.append(rep);
			}
			else if (sb != null) {
				sb.append(ch);
			}
		}
		return sb == null ? s : sb.toString();
	}

	/** Lets the sheet writer be flushed without closing the zip under it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
