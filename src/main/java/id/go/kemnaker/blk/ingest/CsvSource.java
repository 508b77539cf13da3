package id.go.kemnaker.blk.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.go.kemnaker.blk.domain.Message;

/**
 * Reads a CSV file as a workbook with one sheet. The delimiter ({@code ,} {@code ;} or tab) is detected
 * from the first lines; the character set is UTF-8 (with or without BOM) unless the file is not valid
 * UTF-8, in which case it is read as Windows-1252 and says so. A strict UTF-8 decoder is used, so a file
 * that turns out not to be UTF-8 further down fails instead of being read garbled.
 */
final class CsvSource implements WorkbookSource {

	private static final int SNIFF_BYTES = 1 << 20;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Path path;
	private final Charset charset;
	private final boolean bom;
	private final char delimiter;
	private final List<Message> warnings = new ArrayList<>();
	private CSVParser parser;

	CsvSource(Path path, String charsetSetting) throws IOException {
		this.path = path;
		byte[] head = readHead(path);
		if (head.length == 0) {
			throw new UnreadableFileException("EMPTY", Message.of("msg.file.empty"));
		}
		this.bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
		if (!bom && head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
			throw new UnreadableFileException("ENCODING",
					Message.of("msg.file.utf16"));
		}
		this.charset = chooseCharset(head, charsetSetting);
		String sample = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), charset);
		this.delimiter = detectDelimiter(sample);
	}

	private Charset chooseCharset(byte[] head, String setting) {
		if (setting != null && !setting.isBlank() && !"auto".equalsIgnoreCase(setting)) {
			return Charset.forName(setting);
		}
		if (bom || isUtf8(head)) {
			return StandardCharsets.UTF_8;
		}
		warnings.add(Message.of("msg.file.windows-1252"));
		return WINDOWS_1252;
	}

	private static byte[] readHead(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(SNIFF_BYTES);
		}
	}

	/** Valid UTF-8, allowing a multi-byte sequence cut off at the end of the sample. */
	static boolean isUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		int end = bytes.length;
		if (bytes.length == SNIFF_BYTES) {
			int back = 0;
			while (back < 3 && end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
				end--;
				back++;
			}
			if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
				end--;
			}
		}
		try {
			decoder.decode(ByteBuffer.wrap(bytes, 0, end));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * The candidate that splits the most lines into the same number of fields; on a tie {@code ;}, then
	 * tab, then {@code ,} (Excel in the Indonesian locale writes {@code ;} because {@code ,} is the decimal
	 * separator).
	 */
	static char detectDelimiter(String sample) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < sample.length() && lines.size() < 30; i++) {
			char ch = sample.charAt(i);
			if (ch == '"') {
				quoted = !quoted;
			}
			if ((ch == '\n' || ch == '\r') && !quoted) {
				if (!line.toString().isBlank()) {
					lines.add(line.toString());
				}
				line.setLength(0);
			}
			else if (!quoted) {
				line.append(ch);
			}
		}
		if (!line.toString().isBlank() && lines.size() < 30) {
			lines.add(line.toString());
		}
		char best = ',';
		int bestScore = -1;
		for (char d : new char[] { ';', '\t', ',' }) {
			java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
			for (String l : lines) {
				int count = (int) l.chars().filter(c -> c == d).count();
				if (count > 0) {
					freq.merge(count, 1, Integer::sum);
				}
			}
			int score = 0;
			for (var e : freq.entrySet()) {
				score = Math.max(score, e.getValue() * 1000 + e.getKey());
			}
			if (score > bestScore) {
				best = d;
				bestScore = score;
			}
		}
		return best;
	}

	char delimiter() {
		return delimiter;
	}

	Charset charset() {
		return charset;
	}

	@Override
	public List<String> sheetNames() {
		return List.of(path.getFileName().toString());
	}

	@Override
	public List<Message> warnings() {
		return warnings;
	}

	@Override
	public RowCursor openSheet(int index) throws IOException {
		close();
		InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
		if (bom) {
			in.skipNBytes(3);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		Reader reader = new RecordLengthGuard(new InputStreamReader(in, decoder), delimiter);
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.get();
		parser = CSVParser.parse(reader, format);
		Iterator<CSVRecord> records = parser.iterator();
		return () -> {
			try {
				if (!records.hasNext()) {
					return null;
				}
				CSVRecord record = records.next();
				int n = record.size();
				String[] values = new String[n];
				byte[] kinds = new byte[n];
				for (int i = 0; i < n; i++) {
					String v = record.get(i);
					if (v != null && !v.isEmpty()) {
						values[i] = v;
						kinds[i] = RawRow.TEXT;
					}
				}
				return new RawRow((int) record.getRecordNumber(), values, kinds, false);
			}
			catch (UncheckedIOException e) {
				throw translate(e.getCause());
			}
			catch (IllegalStateException e) {
				throw translate(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
			}
		};
	}

	private UnreadableFileException translate(IOException e) {
		if (e instanceof RecordLengthGuard.RecordTooLongException t) {
			return new UnreadableFileException(t.quoted ? "UNCLOSED_QUOTE" : "LINE_TOO_LONG", t.text(), e);
		}
		String m = e.getMessage() == null ? "" : e.getMessage();
		if (e instanceof CharacterCodingException || m.contains("Input length")) {
			return new UnreadableFileException("ENCODING", Message.of("msg.file.encoding", charset.name(),
					parser.getCurrentLineNumber()), e);
		}
		if (m.contains("EOF reached before encapsulated token finished")) {
			// Commons CSV formats the line with %,d: "1,502" (or "1.502", by the default locale)
			java.util.regex.Matcher line = java.util.regex.Pattern.compile("startline\\s*(\\d[\\d.,\\s\u00a0\u202f']*)")
				.matcher(m);
			String start = line.find() ? line.group(1).replaceAll("\\D", "") : "?";
			return new UnreadableFileException("UNCLOSED_QUOTE", Message.of("msg.file.unclosed-quote", start), e);
		}
		if (m.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
			return new UnreadableFileException("BAD_QUOTING", Message.of("msg.file.bad-quoting",
					parser.getCurrentLineNumber()), e);
		}
		return new UnreadableFileException("CORRUPT", Message.of("msg.file.csv-unreadable",
				parser.getCurrentLineNumber(), XlsxFailures.firstLine(e)), e);
	}

	@Override
	public void close() {
		if (parser != null) {
			try {
				parser.close();
			}
			catch (IOException ignored) {
				// read-only
			}
			parser = null;
		}
	}

}
