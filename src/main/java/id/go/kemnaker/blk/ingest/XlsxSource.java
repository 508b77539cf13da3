package id.go.kemnaker.blk.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import id.go.kemnaker.blk.domain.Message;

/**
 * Streams an {@code .xlsx} workbook with a pull (StAX) parser over the sheet XML: memory holds one row
 * at a time plus the shared strings in compact form, whatever the number of rows. POI's zip-bomb limits
 * stay on and the XML factory resolves no external entities.
 */
final class XlsxSource implements WorkbookSource {

	/** Excel's own limit; a wider reference is a damaged file. */
	static final int MAX_COLUMNS = 16_384;

	private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

	private final OPCPackage pkg;
	private final List<String> names = new ArrayList<>();
	private final List<PackagePart> parts = new ArrayList<>();
	private final CompactStrings sharedStrings;
	private final boolean date1904;
	private boolean[] dateStyles;
	private InputStream openStream;
	private XMLStreamReader openReader;

	XlsxSource(File file) throws IOException {
		this(file, CompactStrings.DEFAULT_SPILL_BYTES);
	}

	/** With the amount of shared-string text kept on the heap before it moves to a temporary file. */
	XlsxSource(File file, int sharedStringsOnHeap) throws IOException {
		this.sharedStrings = new CompactStrings(sharedStringsOnHeap);
		try {
			this.pkg = OPCPackage.open(file, PackageAccess.READ);
		}
		catch (Exception e) {
			throw XlsxFailures.translate(e);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator it = reader.getSheetIterator();
			while (it.hasNext()) {
				try (InputStream ignored = it.next()) {
					names.add(it.getSheetName());
					parts.add(it.getSheetPart());
				}
			}
			this.date1904 = readDate1904(reader);
			if (!pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty()) {
				try (InputStream in = reader.getSharedStringsData()) {
					readSharedStrings(in);
				}
				sharedStrings.seal();
			}
			readDateStyles(reader.getStylesTable());
		}
		catch (Exception e) {
			sharedStrings.close();
			pkg.revert();
			throw XlsxFailures.translate(e);
		}
		catch (Error e) {
			sharedStrings.close();
			pkg.revert();
			throw e;
		}
	}

	@Override
	public List<String> sheetNames() {
		return names;
	}

	@Override
	public RowCursor openSheet(int index) throws IOException {
		closeSheet();
		try {
			openStream = parts.get(index).getInputStream();
			openReader = XML.createXMLStreamReader(openStream);
		}
		catch (Exception e) {
			throw XlsxFailures.translate(e);
		}
		XMLStreamReader xml = openReader;
		return () -> {
			try {
				return nextRow(xml);
			}
			catch (XMLStreamException | RuntimeException e) {
				throw XlsxFailures.translate(e);
			}
		};
	}

	private RawRow nextRow(XMLStreamReader xml) throws XMLStreamException {
		String[] values = null;
		byte[] kinds = null;
		int width = 0;
		int rowNumber = -1;
		int nextColumn = 0;
		// per cell
		int col = -1;
		String type = null;
		int style = -1;
		String value = null;
		StringBuilder inline = null;
		boolean inRow = false;
		boolean inValue = false;
		boolean inInlineText = false;
		int phoneticDepth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				switch (name) {
					case "row" -> {
						inRow = true;
						String r = xml.getAttributeValue(null, "r");
						rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
						values = new String[8];
						kinds = new byte[8];
						width = 0;
						nextColumn = 0;
					}
					case "c" -> {
						String ref = xml.getAttributeValue(null, "r");
						col = ref != null ? columnOf(ref) : nextColumn;
						nextColumn = col + 1;
						type = xml.getAttributeValue(null, "t");
						String s = xml.getAttributeValue(null, "s");
						style = s != null ? Integer.parseInt(s) : 0;
						value = null;
						inline = null;
					}
					case "v" -> {
						inValue = true;
						value = "";
					}
					case "is" -> inline = new StringBuilder();
					case "rPh" -> phoneticDepth++;
					case "t" -> inInlineText = inline != null && phoneticDepth == 0;
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inValue) {
					String t = xml.getText();
					refuseTooLong(value.length() + (long) t.length(), rowNumber, col);
					value = value.isEmpty() ? t : value + t;
				}
				else if (inInlineText) {
					String t = xml.getText();
					refuseTooLong(inline.length() + (long) t.length(), rowNumber, col);
					inline.append(t);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				switch (name) {
					case "v" -> inValue = false;
					case "t" -> inInlineText = false;
					case "rPh" -> phoneticDepth--;
					case "c" -> {
						if (!inRow || col < 0) {
							break;
						}
						if (col >= MAX_COLUMNS) {
							throw new UnreadableFileException("CORRUPT",
									Message.of("msg.file.beyond-xfd", rowNumber));
						}
						if (col >= values.length) {
							int n = Math.min(MAX_COLUMNS, Math.max(col + 1, values.length * 2));
							values = Arrays.copyOf(values, n);
							kinds = Arrays.copyOf(kinds, n);
						}
						store(values, kinds, col, type, style, value, inline);
						width = Math.max(width, col + 1);
						col = -1;
					}
					case "row" -> {
						return new RawRow(rowNumber, Arrays.copyOf(values, width), Arrays.copyOf(kinds, width), date1904);
					}
					default -> {
					}
				}
			}
		}
		return null;
	}

	private void store(String[] values, byte[] kinds, int col, String type, int style, String value,
			StringBuilder inline) {
		if (type == null || type.equals("n")) {
			if (value == null || value.isEmpty()) {
				return;
			}
			values[col] = value;
			kinds[col] = isDateStyle(style) ? RawRow.DATE : RawRow.NUMBER;
			return;
		}
		switch (type) {
			case "s" -> {
				if (value == null || value.isBlank()) {
					return;
				}
				String s = sharedStrings.get(Integer.parseInt(value.strip()));
				if (s == null) {
					throw new UnreadableFileException("CORRUPT", Message.of("msg.file.shared-string",
							value.strip(), sharedStrings.size()));
				}
				text(values, kinds, col, s);
			}
			case "inlineStr" -> text(values, kinds, col, inline != null ? inline.toString() : value);
			case "str" -> text(values, kinds, col, value);
			case "d" -> text(values, kinds, col, value);
			case "b" -> {
				if (value != null) {
					values[col] = "1".equals(value.strip()) ? "TRUE" : "FALSE";
					kinds[col] = RawRow.BOOLEAN;
				}
			}
			case "e" -> {
				values[col] = value == null ? "#ERROR" : value;
				kinds[col] = RawRow.ERROR;
			}
			default -> text(values, kinds, col, value);
		}
	}

	private static void text(String[] values, byte[] kinds, int col, String s) {
		if (s == null || s.isEmpty()) {
			return;
		}
		values[col] = s;
		kinds[col] = RawRow.TEXT;
	}

	private boolean isDateStyle(int style) {
		return style >= 0 && style < dateStyles.length && dateStyles[style];
	}

	static int columnOf(String ref) {
		int col = 0;
		int i = 0;
		while (i < ref.length()) {
			char ch = ref.charAt(i);
			if (ch >= 'A' && ch <= 'Z') {
				col = col * 26 + (ch - 'A' + 1);
			}
			else if (ch >= 'a' && ch <= 'z') {
				col = col * 26 + (ch - 'a' + 1);
			}
			else {
				break;
			}
			if (col > MAX_COLUMNS) {
				return MAX_COLUMNS;
			}
			i++;
		}
		return col - 1;
	}

	private void readSharedStrings(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		StringBuilder current = null;
		boolean inText = false;
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> current = new StringBuilder();
					case "rPh" -> phonetic++;
					case "t" -> inText = current != null && phonetic == 0;
					default -> {
					}
				}
			}
			else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
				String t = xml.getText();
				refuseTooLong(current.length() + (long) t.length(), -1, -1);
				current.append(t);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> {
						sharedStrings.add(current.toString());
						current = null;
					}
					case "rPh" -> phonetic--;
					case "t" -> inText = false;
					default -> {
					}
				}
			}
		}
		xml.close();
	}

	/**
	 * Far beyond Excel's own limit (32,767 characters a cell), and short enough that a damaged or hostile
	 * workbook with one endless text cannot fill the heap and stop the whole run.
	 */
	static final int MAX_CELL_CHARACTERS = 1_000_000;

	/** Refuses a text past the limit: in the cell at this row and column, or (row -1) in the shared strings. */
	private static void refuseTooLong(long characters, int row, int col) {
		if (characters > MAX_CELL_CHARACTERS) {
			throw new UnreadableFileException("CELL_TOO_LONG", row < 0
					? Message.of("msg.file.shared-string-too-long", MAX_CELL_CHARACTERS)
					: Message.of("msg.file.cell-too-long", row, RawRow.columnLetters(col), MAX_CELL_CHARACTERS));
		}
	}

	private void readDateStyles(StylesTable styles) {
		int n = styles == null ? 0 : styles.getNumCellStyles();
		dateStyles = new boolean[n];
		for (int i = 0; i < n; i++) {
			XSSFCellStyle style = styles.getStyleAt(i);
			if (style != null) {
				dateStyles[i] = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
			}
		}
	}

	private static boolean readDate1904(XSSFReader reader) throws Exception {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("workbookPr")) {
							String v = xml.getAttributeValue(null, "date1904");
							return "1".equals(v) || "true".equalsIgnoreCase(v);
						}
						if (name.equals("sheets")) {
							return false;
						}
					}
				}
				return false;
			}
			finally {
				xml.close();
			}
		}
	}

	private void closeSheet() {
		try {
			if (openReader != null) {
				openReader.close();
			}
			if (openStream != null) {
				openStream.close();
			}
		}
		catch (Exception ignored) {
			// closing a read-only stream: nothing to recover
		}
		openReader = null;
		openStream = null;
	}

	@Override
	public void close() {
		closeSheet();
		sharedStrings.close();
		pkg.revert();
	}
}
