package id.go.kemnaker.blk.ingest;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import id.go.kemnaker.blk.domain.Message;

/**
 * Reads an Excel 97-2003 {@code .xls} workbook. The format holds at most 65,536 rows a sheet, so the
 * whole workbook is loaded; formula cells give their cached value.
 */
final class XlsSource implements WorkbookSource {

	private final POIFSFileSystem fs;
	private final HSSFWorkbook workbook;
	private final List<String> names = new ArrayList<>();

	/**
	 * Heap an {@code .xls} workbook takes while POI loads it whole, per byte of its workbook stream: 6.7-7.3
	 * once loaded (measured on sheets of 40,000 to 65,536 rows of text, numbers and dates), a little more
	 * while loading. In a 128 MB heap a run read a workbook of 8.8 MB and ran out of memory on one of 14.4 MB.
	 */
	static final int HEAP_PER_STREAM_BYTE = 8;

	/** Heap left to the rest of the run beside a workbook being loaded. */
	static final long HEAP_FOR_THE_REST = 32L << 20;

	XlsSource(File file) {
		this(file, Runtime.getRuntime().maxMemory());
	}

	/** With the heap to plan for (the JVM's maximum, or a test's). */
	XlsSource(File file, long maxHeap) {
		try {
			this.fs = new POIFSFileSystem(file, true);
		}
		catch (Exception e) {
			throw new UnreadableFileException("CORRUPT", Message.of("msg.file.xls-invalid",
					XlsxFailures.firstLine(e)), e);
		}
		try {
			if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new UnreadableFileException("ENCRYPTED",
						Message.of("msg.file.encrypted"));
			}
			refuseWhatTheHeapCannotHold(maxHeap);
			this.workbook = new HSSFWorkbook(fs.getRoot(), false);
		}
		catch (EncryptedDocumentException e) {
			close();
			throw new UnreadableFileException("ENCRYPTED",
					Message.of("msg.file.encrypted"), e);
		}
		catch (UnreadableFileException e) {
			close();
			throw e;
		}
		catch (Exception e) {
			close();
			throw new UnreadableFileException("CORRUPT", Message.of("msg.file.xls-unreadable",
					XlsxFailures.firstLine(e)), e);
		}
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			names.add(workbook.getSheetName(i));
		}
	}

	/**
	 * POI reads an {@code .xls} workbook whole (unlike {@code .xlsx}, which is streamed). One too large for the
	 * heap would fill it, the collector would run for minutes, and the whole run would stop with an
	 * OutOfMemoryError: refused before loading instead, as this file's failure, so that the other files are
	 * read. What is counted is the workbook stream's records but its pictures, which take about their own size
	 * on the heap, not eight times it.
	 */
	private void refuseWhatTheHeapCannotHold(long maxHeap) throws IOException {
		if (!(fs.getRoot().hasEntryCaseInsensitive("Workbook")
				&& fs.getRoot().getEntryCaseInsensitive("Workbook") instanceof DocumentEntry entry)) {
			return; // no BIFF8 workbook stream: POI says what is wrong
		}
		long needed = heapToLoad(entry);
		long available = Math.max(maxHeap - HEAP_FOR_THE_REST, maxHeap / 2);
		if (needed > available) {
			throw new UnreadableFileException("TOO_LARGE", Message.of("msg.file.xls-too-large",
					mb(entry.getSize()), mb(needed), mb(available)));
		}
	}

	/** The heap POI needs to load this workbook stream: eight times its records, pictures at their own size. */
	static long heapToLoad(DocumentEntry workbookStream) throws IOException {
		long[] sizes = recordBytes(workbookStream);
		return sizes[0] * HEAP_PER_STREAM_BYTE + sizes[1];
	}

	/** BIFF record types that hold pictures: the drawing group (and its continuations), drawings, old images. */
	private static final int DRAWING_GROUP = 0x00EB;
	private static final int DRAWING = 0x00EC;
	private static final int IMAGE_DATA = 0x007F;
	private static final int CONTINUE = 0x003C;

	/**
	 * The bytes of a workbook stream's records, walked by their headers (which encryption leaves readable):
	 * {records but pictures, pictures}.
	 */
	private static long[] recordBytes(DocumentEntry entry) throws IOException {
		long other = 0;
		long pictures = 0;
		boolean inPicture = false;
		byte[] header = new byte[4];
		try (DocumentInputStream in = new DocumentInputStream(entry)) {
			while (in.readNBytes(header, 0, 4) == 4) {
				int sid = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
				int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
				inPicture = sid == DRAWING_GROUP || sid == DRAWING || sid == IMAGE_DATA || (sid == CONTINUE && inPicture);
				long size = 4L + in.skip(length);
				if (inPicture) {
					pictures += size;
				}
				else {
					other += size;
				}
			}
		}
		return new long[] { other, pictures };
	}

	private static long mb(long bytes) {
		return Math.max(1, Math.round(bytes / 1048576.0));
	}

	@Override
	public List<String> sheetNames() {
		return names;
	}

	@Override
	public RowCursor openSheet(int index) {
		Sheet sheet = workbook.getSheetAt(index);
		boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
		Iterator<Row> rows = sheet.rowIterator();
		return () -> rows.hasNext() ? convert(rows.next(), date1904) : null;
	}

	private static RawRow convert(Row row, boolean date1904) {
		int width = Math.max(0, row.getLastCellNum());
		String[] values = new String[width];
		byte[] kinds = new byte[width];
		for (Cell cell : row) {
			int c = cell.getColumnIndex();
			if (c >= width) {
				values = Arrays.copyOf(values, c + 1);
				kinds = Arrays.copyOf(kinds, c + 1);
				width = c + 1;
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			switch (type) {
				case NUMERIC -> {
					values[c] = Double.toString(cell.getNumericCellValue());
					kinds[c] = DateUtil.isCellDateFormatted(cell) ? RawRow.DATE : RawRow.NUMBER;
				}
				case STRING -> {
					String s = cell.getStringCellValue();
					if (s != null && !s.isEmpty()) {
						values[c] = s;
						kinds[c] = RawRow.TEXT;
					}
				}
				case BOOLEAN -> {
					values[c] = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
					kinds[c] = RawRow.BOOLEAN;
				}
				case ERROR -> {
					FormulaError fe = FormulaError.forInt(cell.getErrorCellValue());
					values[c] = fe.getString();
					kinds[c] = RawRow.ERROR;
				}
				default -> {
				}
			}
		}
		return new RawRow(row.getRowNum() + 1, values, kinds, date1904);
	}

	@Override
	public void close() {
		try {
			if (workbook != null) {
				workbook.close();
			}
			fs.close();
		}
		catch (IOException | RuntimeException ignored) {
			// read-only: nothing to flush
		}
	}
}
