package id.go.kemnaker.blk.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook tuned for report sheets, which are aggregates (a few thousand rows at most):
 * flushed rows are kept in memory rather than in a temporary file per sheet, and the zip is deflated at
 * the fastest level. A report is then written without touching the disk except for the report itself.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	StreamingWorkbook(int window) {
		super(window);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new InMemorySheetData(new ByteArrayOutputStream(1 << 14));
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/** A sheet's flushed rows as XML in memory. */
	private static final class InMemorySheetData extends SheetDataWriter {

		private final ByteArrayOutputStream bytes;

		InMemorySheetData(ByteArrayOutputStream bytes) throws IOException {
			super(writer(bytes));
			this.bytes = bytes;
		}

		private static Writer writer(ByteArrayOutputStream bytes) {
			return new java.io.BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 13);
		}

		/** Called when the sheet is complete (and its writer usually closed already; closing again does nothing). */
		@Override
		public InputStream getWorksheetXMLInputStream() throws IOException {
			_out.close();
			return new ByteArrayInputStream(bytes.toByteArray());
		}
	}
}
