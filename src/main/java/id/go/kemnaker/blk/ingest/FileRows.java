package id.go.kemnaker.blk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.SampleData;

/**
 * Reads one input file, sheet by sheet: finds each sheet's header row, and hands out every data row below
 * it as a {@link SourceRow} that knows how to be checked; blank rows and notes are only counted. The last
 * row handed out is the file's end, with what the reader counted. A file that cannot be read, or stops
 * being readable part-way, ends FAILED and none of its rows may be used. Rows stream one at a time.
 */
public final class FileRows implements Closeable {

	/** The header row is looked for in the first rows of each sheet. */
	static final int HEADER_SCAN_ROWS = 30;

	private static final List<String> NOTE_PREFIXES = List.of("sumber", "source", "catatan", "keterangan", "ket.",
			"ket:", "note", "*", "data diolah", "diolah");

	private final SourceFile file;
	private final FileState state;
	private final List<Message> sheetsRead = new ArrayList<>();
	private final List<Message> sheetsSkipped = new ArrayList<>();
	private final List<IngestEvent.Warning> fileWarnings = new ArrayList<>();

	private WorkbookSource source;
	private int sheetIndex = -1;
	private String sheetName;
	private SourceRow.Sheet sheet;
	private WorkbookSource.RowCursor cursor;
	private PrefetchCursor prefetch;
	private Iterator<RawRow> pending;
	private boolean finished;
	private long rowsRead;
	private long blank;
	private boolean synthetic;
	private int lastRow;

	public FileRows(SourceFile file, IngestContext context) {
		this.file = file;
		this.state = new FileState(file, context);
	}

	public SourceFile file() {
		return file;
	}

	/** The next data row, then the file's end, then null. */
	public SourceRow next() {
		while (!finished) {
			SourceRow row = step();
			if (row != null) {
				return row;
			}
		}
		return null;
	}

	/** Rows read so far (for progress lines). */
	public long rowsRead() {
		return rowsRead;
	}

	/**
	 * Advances by one row. Only reading the file is guarded: a file that cannot be read fails alone. A
	 * fault in the checks is a defect and stops the run rather than silently dropping a file.
	 */
	private SourceRow step() {
		try {
			if (source == null) {
				List<Message> warnings = new ArrayList<>();
				source = SpreadsheetFiles.open(file.path(), state.context().csvCharset(), warnings);
				warnings.addAll(source.warnings());
				for (Message w : warnings) {
					fileWarnings.add(new IngestEvent.Warning(Location.ofFile(file.id()), null, "FILE_FORMAT", w, null));
				}
				return null;
			}
			if (cursor == null) {
				return openNextSheet() ? null : finish();
			}
			RawRow row = pending != null && pending.hasNext() ? pending.next() : cursor.next();
			if (row == null) {
				cursor = null;
				pending = null;
				return null;
			}
			lastRow = row.number();
			rowsRead++;
			if (row.isBlank() || isNote(row)) {
				if (!row.isBlank()) {
					noteSaysSynthetic(row);
				}
				blank++;
				return null;
			}
			return new SourceRow(state.location(row.number()), row, sheet, null);
		}
		catch (UnreadableFileException e) {
			return fail(e.reason(), e.text());
		}
		catch (IOException e) {
			return fail("CORRUPT", XlsxFailures.translate(e).text());
		}
		catch (RuntimeException e) {
			return fail("CORRUPT", Message.of("msg.file.unreadable", XlsxFailures.firstLine(e)));
		}
	}

	private boolean openNextSheet() throws IOException {
		while (++sheetIndex < source.sheetNames().size()) {
			closePrefetch();
			sheetName = source.sheetNames().get(sheetIndex);
			state.enterSheet(sheetIndex, sheetName);
			prefetch = new PrefetchCursor(source.openSheet(sheetIndex), file.name() + " " + sheetName);
			WorkbookSource.RowCursor c = prefetch;
			List<RawRow> head = new ArrayList<>();
			RawRow r;
			while (head.size() < HEADER_SCAN_ROWS && (r = c.next()) != null) {
				head.add(r);
			}
			if (head.isEmpty()) {
				sheetsSkipped.add(Message.of("msg.sheet.empty", sheetName));
				continue;
			}
			List<Message> why = new ArrayList<>();
			ColumnMap map = ColumnMap.find(head, Layout.of(file.dataset()), why);
			WideLayout.Header wide = null;
			if (map == null && file.dataset() == Dataset.LABOUR_FORCE) {
				wide = WideLayout.detect(head, state.context().provinces(), why);
				map = wide == null ? null : wide.columns();
			}
			if (map == null) {
				for (Message m : why) {
					sheetsSkipped.add(m.prepend(sheetName));
				}
				continue;
			}
			sheet = new SourceRow.Sheet(map, wide != null ? new WideChecker(wide) : RowChecker.of(map.layout(), state), state);
			sheetsRead.add(wide != null ? wide.description().prepend(sheetName)
					: Message.of("msg.sheet.read", sheetName, Message.of(map.layout().label()), map.headerRow()));
			int headerRow = map.headerRow();
			head.stream().filter(x -> x.number() < headerRow).forEach(this::noteSaysSynthetic);
			pending = head.stream().filter(x -> x.number() > headerRow).toList().iterator();
			cursor = c;
			return true;
		}
		return false;
	}

	/** Stops the parsing thread of the current sheet, if any, before its source moves on or closes. */
	private void closePrefetch() {
		if (prefetch != null) {
			prefetch.close();
			prefetch = null;
		}
	}

	/**
	 * A title or note row that calls the figures synthetic marks the whole file so, once: the workbooks
	 * built from it carry the sample stamp (as a file named {@code ...-sintetis} does).
	 */
	private void noteSaysSynthetic(RawRow row) {
		if (synthetic) {
			return;
		}
		for (int c = 0; c < row.width(); c++) {
			if (row.kind(c) == RawRow.TEXT && SampleData.says(row.value(c))) {
				synthetic = true;
				fileWarnings.add(new IngestEvent.Warning(Location.ofFile(file.id()), null, SampleData.WARNING,
						Message.of("msg.file.synthetic", row.number()), null));
				return;
			}
		}
	}

	private static boolean isNote(RawRow row) {
		if (!row.hasOneFilledCell()) {
			return false;
		}
		int c = row.firstFilled();
		if (row.kind(c) != RawRow.TEXT) {
			return false;
		}
		String t = row.value(c).strip().toLowerCase(Locale.ROOT);
		return NOTE_PREFIXES.stream().anyMatch(t::startsWith);
	}

	private SourceRow finish() {
		finished = true;
		FileLedger.Status status = sheetsRead.isEmpty() ? FileLedger.Status.NO_DATA : FileLedger.Status.READ;
		// the reason of each sheet is in the sheets skipped
		Message message = status == FileLedger.Status.NO_DATA ? Message.of("msg.file.no-data", file.dataset().folder())
				: null;
		close();
		return end(status, null, message, rowsRead, blank);
	}

	private SourceRow fail(String reason, Message why) {
		finished = true;
		Message message;
		if (sheetName == null || source == null) {
			message = Message.of("msg.file.failed", why);
		}
		else if (source.sheetNames().size() <= 1) {
			message = lastRow > 0 ? Message.of("msg.file.failed.row", why, lastRow) : Message.of("msg.file.failed", why);
		}
		else {
			message = lastRow > 0 ? Message.of("msg.file.failed.sheet-row", why, sheetName, lastRow)
					: Message.of("msg.file.failed.sheet", why, sheetName);
		}
		close();
		return end(FileLedger.Status.FAILED, reason, message, 0, 0);
	}

	private SourceRow end(FileLedger.Status status, String failure, Message message, long read, long blankRows) {
		return new SourceRow(Location.ofFile(file.id()), null, null, new SourceRow.FileEnd(status, failure, message,
				sheetsRead, sheetsSkipped, read, blankRows, List.copyOf(fileWarnings), state));
	}

	@Override
	public void close() {
		closePrefetch();
		if (source != null) {
			try {
				source.close();
			}
			catch (IOException | RuntimeException ignored) {
				// read-only source
			}
			source = null;
		}
	}
}
