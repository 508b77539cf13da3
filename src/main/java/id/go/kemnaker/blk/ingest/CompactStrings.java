package id.go.kemnaker.blk.ingest;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An append-only list of strings kept as UTF-8 bytes with a table of where each ends: a workbook's shared
 * strings, one per distinct participant id in a large file. Up to {@link #DEFAULT_SPILL_BYTES} of text they
 * stay in two arrays on the heap, about one byte per character instead of a String object each. Beyond that
 * all of it moves to two temporary files, read through memory mappings once the table is complete
 * ({@link #seal()}), so that the heap does not grow with the file: a 3,000,000-row workbook's 45 MB of
 * participant ids and 24 MB of offsets stay off a 256 MB heap. The files are opened to be deleted when
 * closed; on Linux that unlinks them at once, so that even a killed process leaves none behind. Their disk
 * space comes back when the mappings are collected after {@link #close()} (the job collects the heap once
 * after the read).
 *
 * <p>Adding is for one thread; once sealed, {@link #get} may be called from any.
 */
final class CompactStrings implements Closeable {

	/** A temporary file that could not be made, written or read: the file's failure, TEMPORARY_FILE. */
	static final class TemporaryFileException extends UncheckedIOException {

		TemporaryFileException(IOException cause) {
			super("cannot keep the workbook's shared strings in a temporary file", cause);
		}
	}

	/** The most text a list holds: what one mapping can read. */
	static final long MAX_BYTES = Integer.MAX_VALUE;

	/** Text kept on the heap before the list moves to files. */
	static final int DEFAULT_SPILL_BYTES = 8 << 20;

	private final int spillBytes;

	// on the heap, until the text passes spillBytes
	private byte[] bytes = new byte[1 << 12];
	private int[] ends = new int[1 << 8];

	// in files, after that
	private FileChannel textFile;
	private FileChannel endsFile;
	private BufferedOutputStream textOut;
	private DataOutputStream endsOut;
	private ByteBuffer text;
	private ByteBuffer endsMapped;

	private int size;
	private long used;

	/**
	 * The long strings asked for last, one per slot: cells that refer to the same long shared string get the
	 * same String, so that a small workbook whose every cell refers to one 32,000-character string does not
	 * become gigabytes of copies in the rows read ahead. (A slot is swapped whole, so any thread may read it.)
	 */
	private record Recent(int index, String value) {
	}

	private static final int SHARED_FROM = 256;

	private final Recent[] recent = new Recent[64];

	CompactStrings() {
		this(DEFAULT_SPILL_BYTES);
	}

	CompactStrings(int spillBytes) {
		if (spillBytes < 0 || spillBytes > 1 << 30) {
			throw new IllegalArgumentException("spill limit out of range: " + spillBytes);
		}
		this.spillBytes = spillBytes;
	}

	void add(String s) {
		if (text != null) {
			throw new IllegalStateException("sealed");
		}
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		if (used + b.length > MAX_BYTES || (long) (size + 2) * Long.BYTES > MAX_BYTES) {
			throw new IllegalStateException("the shared strings exceed 2 GB");
		}
		if (textOut == null && used + b.length > spillBytes) {
			spill();
		}
		if (textOut != null) {
			try {
				textOut.write(b);
				used += b.length;
				endsOut.writeLong(used);
			}
			catch (IOException e) {
				throw new TemporaryFileException(e);
			}
			size++;
			return;
		}
		if (used + b.length > bytes.length) {
			bytes = Arrays.copyOf(bytes, (int) Math.max((long) bytes.length * 2, used + b.length));
		}
		if (size + 1 >= ends.length) {
			ends = Arrays.copyOf(ends, ends.length * 2);
		}
		System.arraycopy(b, 0, bytes, (int) used, b.length);
		used += b.length;
		ends[size] = (int) used;
		size++;
	}

	/** Ends adding: a list in files is mapped for reading. Adding after it fails; calling it twice does nothing. */
	void seal() {
		if (textOut == null || text != null) {
			return;
		}
		try {
			textOut.flush();
			endsOut.flush();
			text = textFile.map(FileChannel.MapMode.READ_ONLY, 0, textFile.size());
			endsMapped = endsFile.map(FileChannel.MapMode.READ_ONLY, 0, endsFile.size());
		}
		catch (IOException e) {
			throw new TemporaryFileException(e);
		}
	}

	/** The string at this index, or null when there is none. A list in files must be sealed first. */
	String get(int index) {
		if (index < 0 || index >= size) {
			return null;
		}
		if (textOut != null && text == null) {
			throw new IllegalStateException("not sealed");
		}
		int start = index == 0 ? 0 : end(index - 1);
		int end = end(index);
		if (end - start < SHARED_FROM) {
			return decode(start, end);
		}
		int slot = index & (recent.length - 1);
		Recent r = recent[slot];
		if (r == null || r.index() != index) {
			r = new Recent(index, decode(start, end));
			recent[slot] = r;
		}
		return r.value();
	}

	/** Where string {@code index} ends in the text (below 2 GB, checked when added). */
	private int end(int index) {
		return textOut == null ? ends[index] : (int) endsMapped.getLong(index * 8);
	}

	private String decode(int start, int end) {
		if (textOut == null) {
			return new String(bytes, start, end - start, StandardCharsets.UTF_8);
		}
		byte[] b = new byte[end - start];
		text.get(start, b);
		return new String(b, StandardCharsets.UTF_8);
	}

	int size() {
		return size;
	}

	/** Whether the list has moved to files. */
	boolean spilled() {
		return textOut != null;
	}

	@Override
	public void close() {
		text = null;
		endsMapped = null;
		bytes = null;
		ends = null;
		for (Closeable c : new Closeable[] { textOut, endsOut, textFile, endsFile }) {
			try {
				if (c != null) {
					c.close();
				}
			}
			catch (IOException ignored) {
				// a temporary file being deleted: nothing to recover
			}
		}
	}

	private void spill() {
		try {
			textFile = temporary("text");
			endsFile = temporary("ends");
			textOut = new BufferedOutputStream(Channels.newOutputStream(textFile), 1 << 16);
			endsOut = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(endsFile), 1 << 16));
			textOut.write(bytes, 0, (int) used);
			for (int i = 0; i < size; i++) {
				endsOut.writeLong(ends[i]);
			}
		}
		catch (IOException e) {
			close();
			throw new TemporaryFileException(e);
		}
		bytes = null;
		ends = null;
	}

	private static FileChannel temporary(String what) throws IOException {
		Path file = Files.createTempFile("blk-shared-strings-" + what + "-", ".bin");
		try {
			return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
					StandardOpenOption.DELETE_ON_CLOSE);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}
}
