package id.go.kemnaker.blk.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

import id.go.kemnaker.blk.domain.Message;

/**
 * Stops a CSV read whose record grows past {@link #MAX_CHARACTERS}: a quote opened and never closed near the
 * top of a large file would otherwise make the parser gather the rest of the file into one field, until the
 * heap is full and the whole run stops. It follows the records the way Commons CSV's default format does
 * (a quote opens a field only at its start, a doubled quote inside one is a quote, a line ends at {@code \n}
 * or {@code \r} outside quotes), so that a valid file is never stopped.
 */
final class RecordLengthGuard extends FilterReader {

	/** Far beyond any real record: 300 cells of Excel's 32,767-character limit. */
	static final long MAX_CHARACTERS = 10_000_000;

	/** A record past the limit: inside a quoted field opened on {@code quoteLine}, or on one long line. */
	static final class RecordTooLongException extends IOException {

		final boolean quoted;

		final long quoteLine;

		final long line;

		RecordTooLongException(boolean quoted, long quoteLine, long line) {
			super(text(quoted, quoteLine, line).english());
			this.quoted = quoted;
			this.quoteLine = quoteLine;
			this.line = line;
		}

		/** Why the file cannot be read, for the user. */
		Message text() {
			return text(quoted, quoteLine, line);
		}

		private static Message text(boolean quoted, long quoteLine, long line) {
			return quoted ? Message.of("msg.file.quote-still-open", quoteLine, MAX_CHARACTERS)
					: Message.of("msg.file.line-too-long", line, MAX_CHARACTERS);
		}
	}

	// where the reader is, as Commons CSV's lexer would be
	private static final int FIELD_START = 0;
	private static final int UNQUOTED = 1;
	private static final int QUOTED = 2;
	private static final int QUOTE_IN_QUOTED = 3;

	private final char delimiter;

	private final long max;

	private int state = FIELD_START;

	private long inRecord;

	private long line = 1;

	private long quoteLine;

	RecordLengthGuard(Reader in, char delimiter) {
		this(in, delimiter, MAX_CHARACTERS);
	}

	RecordLengthGuard(Reader in, char delimiter, long max) {
		super(in);
		this.delimiter = delimiter;
		this.max = max;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			char[] one = { (char) c };
			see(one, 0, 1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			see(buffer, offset, n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// through read, so that nothing passes unseen
		char[] buffer = new char[(int) Math.min(n, 8192)];
		long skipped = 0;
		while (skipped < n) {
			int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (r < 0) {
				break;
			}
			skipped += r;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/**
	 * Follows the characters of one buffer. Most are neither a quote, a delimiter nor a line end, and take the
	 * first branch; a record's length is worked out where it ends, and for the open one at the buffer's end.
	 */
	private void see(char[] buffer, int offset, int n) throws RecordTooLongException {
		int st = state;
		long before = inRecord;
		int from = offset;
		int end = offset + n;
		for (int i = offset; i < end; i++) {
			char c = buffer[i];
			if (c > '"' && c != delimiter) {
				if (st != QUOTED) {
					st = UNQUOTED;
				}
				continue;
			}
			if (c == '\n') {
				line++;
			}
			boolean lineEnd = c == '\n' || c == '\r';
			if (st == QUOTED) {
				if (c == '"') {
					st = QUOTE_IN_QUOTED;
				}
			}
			else if (c == '"' && st == FIELD_START) {
				st = QUOTED;
				quoteLine = line;
			}
			else if (c == '"' && st == QUOTE_IN_QUOTED) {
				st = QUOTED;
			}
			else if (c == delimiter) {
				st = FIELD_START;
			}
			else if (lineEnd) {
				st = FIELD_START;
				if (before + i - from > max) {
					throw new RecordTooLongException(false, quoteLine, c == '\n' ? line - 1 : line);
				}
				before = 0;
				from = i + 1;
			}
			else {
				st = UNQUOTED;
			}
		}
		state = st;
		inRecord = before + end - from;
		if (inRecord > max) {
			throw new RecordTooLongException(st == QUOTED || st == QUOTE_IN_QUOTED, quoteLine, line);
		}
	}
}
