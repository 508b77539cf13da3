package id.go.kemnaker.blk.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook tuned for report sheets, which are mostly aggregates (a few thousand rows):
 * flushed rows are kept in memory rather than in a temporary file per sheet, and the zip is deflated at
 * the fastest level. A sheet whose XML outgrows {@link #IN_MEMORY_LIMIT} (the list of every rejected row
 * of a file delivered twice, say) goes on in a temporary file, so memory does not follow the rows; the
 * files are deleted when the sheet has been copied into the workbook, and when the workbook is closed,
 * written or not. Closing it drops the workbook without saving it again (see {@link #close()}).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	/** Bytes of a sheet's XML kept in memory before the rest goes to a temporary file. */
	static final int IN_MEMORY_LIMIT = 4 << 20;

	private final List<Path> spills = new CopyOnWriteArrayList<>();

	StreamingWorkbook(int window) {
		super(window);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new SpillingSheetData(new SpillingBytes(spills));
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/**
	 * Closes the sheets' writers, deletes the temporary files of sheets that outgrew memory and drops the
	 * workbook behind them without saving it. POI's own {@code close()} ends by closing that
	 * {@code XSSFWorkbook}, and a workbook made in memory saves its whole package on close, once more, into
	 * memory, to be thrown away: about a tenth of the CPU time of writing a report workbook. The file has
	 * been written by then ({@link ReportBook#save}) or is not wanted.
	 */
	@Override
	public void close() throws IOException {
		try {
			dispose();
		}
		finally {
			getXSSFWorkbook().getPackage().revert();
			deleteSpills();
		}
	}

	private void deleteSpills() {
		for (Path p : spills) {
			try {
				Files.deleteIfExists(p);
			}
			catch (IOException e) {
				p.toFile().deleteOnExit();
			}
		}
		spills.clear();
	}

	/** A sheet's flushed rows as XML, in memory or, past the limit, in a temporary file. */
	private static final class SpillingSheetData extends SheetDataWriter {

		private final SpillingBytes bytes;

		SpillingSheetData(SpillingBytes bytes) throws IOException {
			super(new java.io.BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 13));
			this.bytes = bytes;
		}

		/** Called when the sheet is complete (and its writer usually closed already; closing again does nothing). */
		@Override
		public InputStream getWorksheetXMLInputStream() throws IOException {
			_out.close();
			return bytes.read();
		}
	}

	/** Bytes in memory up to {@link #IN_MEMORY_LIMIT}, then all of them in a temporary file. */
	private static final class SpillingBytes extends OutputStream {

		private final List<Path> spills;
		private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 14);
		private Path file;
		private OutputStream disk;

		SpillingBytes(List<Path> spills) {
			this.spills = spills;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (disk == null && memory.size() + len > IN_MEMORY_LIMIT) {
				file = Files.createTempFile("blk-sheet-", ".xml");
				spills.add(file);
				disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				memory.writeTo(disk);
				memory = null;
			}
			if (disk != null) {
				disk.write(b, off, len);
			}
			else {
				memory.write(b, off, len);
			}
		}

		@Override
		public void close() throws IOException {
			if (disk != null) {
				disk.close();
			}
		}

		InputStream read() throws IOException {
			if (file == null) {
				return new ByteArrayInputStream(memory.toByteArray());
			}
			Path f = file;
			return new java.io.FilterInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
				@Override
				public void close() throws IOException {
					super.close();
					Files.deleteIfExists(f);
				}
			};
		}
	}
}
