package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.go.kemnaker.blk.domain.SampleData;

/**
 * A report workbook written with POI's streaming writer (SXSSF, see {@link StreamingWorkbook}): rows are
 * flushed as XML as they are written, so the cell objects of a sheet do not pile up. Holds the shared
 * cell styles (10 pt body text, readable on A4 without shrinking), what every page's footer says and
 * whether the workbook carries the sample-data stamp, and saves atomically.
 */
final class ReportBook implements AutoCloseable {

	private static final int WINDOW = 200;

	/** Body text size in points: 9-10 pt prints readably at 100 %. */
	static final short BODY_POINTS = 10;

	/** An input file that says in its name that its figures are made up. */

	static {
		// POI asks JAXP for a new TransformerFactory for every small XML part it saves (content types,
		// relationships, document properties), and JAXP looks for one by scanning every jar on the class
		// path each time, about a tenth of the time of writing a workbook. Naming the JDK's own, which the
		// scan finds anyway (no other is on the class path), skips the scan; a factory the user names with
		// this system property stays.
		if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
			System.setProperty("javax.xml.transform.TransformerFactory",
					"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		}
	}

	private final StreamingWorkbook workbook;
	private final Labels labels;
	private final Map<Fmt, CellStyle> styles = new EnumMap<>(Fmt.class);
	private final Map<Fmt, CellStyle> boldStyles = new EnumMap<>(Fmt.class);
	private final Map<Fmt, CellStyle> centredStyles = new EnumMap<>(Fmt.class);
	private final Map<Fmt, CellStyle> boldCentredStyles = new EnumMap<>(Fmt.class);
	private final CellStyle header;
	private final CellStyle title;
	private final CellStyle note;
	private final CellStyle quoted;
	private final CellStyle wrapped;
	private final CellStyle wrappedBold;
	private final CellStyle wrappedNote;
	private final CellStyle stamp;
	private final Set<String> tableNames = new HashSet<>();
	private final Paper paper;
	private int sheets;

	/**
	 * What every printed page says in its footer: the report period and the program version, and whether
	 * the workbook is built from synthetic inputs (then the sample stamp goes on the first sheet and in
	 * every footer).
	 */
	record Paper(String period, String version, boolean sample) {

		Paper {
			period = period == null ? "" : period;
			version = version == null ? "" : version;
		}

		/**
		 * A workbook built from these input files: a sample when any file name says synthetic, or a note row
		 * in a file does (warning {@code SYNTHETIC}).
		 */
		static Paper of(String period, String version, QualityData inputs) {
			return new Paper(period, version, inputs.files().stream().anyMatch(f -> SampleData.says(f.name()))
					|| inputs.warnings().stream().anyMatch(w -> SampleData.WARNING.equals(w.code())));
		}
	}


	ReportBook(Labels labels, String documentTitle, Date created) {
		this(labels, documentTitle, created, new Paper("", "", false));
	}

	ReportBook(Labels labels, String documentTitle, Date created, Paper paper) {
		this.labels = labels;
		this.paper = paper;
		this.workbook = new StreamingWorkbook(WINDOW);
		// plain (not Zip64) data descriptors: streaming zip readers, not only Excel, can open the file
		workbook.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
		DataFormat df = workbook.createDataFormat();
		workbook.getFontAt(0).setFontHeightInPoints(BODY_POINTS);
		Font bold = workbook.createFont();
		bold.setBold(true);
		bold.setFontHeightInPoints(BODY_POINTS);
		for (Fmt f : Fmt.values()) {
			CellStyle s = workbook.createCellStyle();
			CellStyle b = workbook.createCellStyle();
			// a row with a wrapped cell is taller than a line: its other cells start on the wrapped text's first line
			s.setVerticalAlignment(VerticalAlignment.TOP);
			b.setVerticalAlignment(VerticalAlignment.TOP);
			if (f.pattern() != null) {
				s.setDataFormat(df.getFormat(f.pattern()));
				b.setDataFormat(df.getFormat(f.pattern()));
			}
			b.setFont(bold);
			styles.put(f, s);
			boldStyles.put(f, b);
			CellStyle c = workbook.createCellStyle();
			c.cloneStyleFrom(s);
			c.setAlignment(HorizontalAlignment.CENTER);
			centredStyles.put(f, c);
			CellStyle bc = workbook.createCellStyle();
			bc.cloneStyleFrom(b);
			bc.setAlignment(HorizontalAlignment.CENTER);
			boldCentredStyles.put(f, bc);
		}
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		Font italic = workbook.createFont();
		italic.setItalic(true);
		italic.setFontHeightInPoints(BODY_POINTS);
		note = workbook.createCellStyle();
		note.setFont(italic);
		wrappedNote = workbook.createCellStyle();
		wrappedNote.setFont(italic);
		wrappedNote.setWrapText(true);
		wrappedNote.setVerticalAlignment(VerticalAlignment.TOP);
		quoted = workbook.createCellStyle();
		quoted.setQuotePrefixed(true);
		quoted.setVerticalAlignment(VerticalAlignment.TOP);
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		wrappedBold = workbook.createCellStyle();
		wrappedBold.cloneStyleFrom(wrapped);
		wrappedBold.setFont(bold);
		Font red = workbook.createFont();
		red.setBold(true);
		red.setFontHeightInPoints((short) 12);
		red.setColor(IndexedColors.DARK_RED.getIndex());
		stamp = workbook.createCellStyle();
		stamp.setFont(red);
		stamp.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		stamp.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(documentTitle);
		core.setCreator(labels.get("app.author"));
		core.setCreated(Optional.of(created));
		core.setDescription(labels.get("app.description"));
		workbook.getXSSFWorkbook().getProperties().getExtendedProperties().setApplication("blk-pipeline");
	}

	Labels labels() {
		return labels;
	}

	SXSSFWorkbook workbook() {
		return workbook;
	}

	ReportSheet sheet(String name) {
		return new ReportSheet(this, workbook.createSheet(name), sheets++ == 0);
	}

	Paper paper() {
		return paper;
	}

	/** Long text wrapped in its cell, top-aligned. */
	CellStyle wrappedStyle() {
		return wrapped;
	}

	CellStyle wrappedBoldStyle() {
		return wrappedBold;
	}

	CellStyle wrappedNoteStyle() {
		return wrappedNote;
	}

	/** The sample-data stamp: large, dark red on yellow. */
	CellStyle stampStyle() {
		return stamp;
	}

	CellStyle style(Fmt fmt, boolean bold) {
		return bold ? boldStyles.get(fmt) : styles.get(fmt);
	}

	/** Centred in its column: ranks and codes, which otherwise run into their neighbours. */
	CellStyle centredStyle(Fmt fmt, boolean bold) {
		return bold ? boldCentredStyles.get(fmt) : centredStyles.get(fmt);
	}

	CellStyle headerStyle() {
		return header;
	}

	CellStyle titleStyle() {
		return title;
	}

	CellStyle noteStyle() {
		return note;
	}

	/** Text that a spreadsheet could take for a formula if edited: shown with a quote prefix. */
	CellStyle quotedStyle() {
		return quoted;
	}

	/** A workbook-unique Excel table name derived from a label. */
	String tableName(String base) {
		String clean = "tbl_" + base.replaceAll("[^A-Za-z0-9_]", "_");
		String name = clean;
		int n = 2;
		while (!tableNames.add(name.toLowerCase(java.util.Locale.ROOT))) {
			name = clean + "_" + n++;
		}
		return name;
	}

	void save(Path target) throws IOException {
		AtomicFiles.write(target, workbook::writeAvoidingTempFiles);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
