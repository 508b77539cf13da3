package id.go.kemnaker.blk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;

/**
 * Reads one input file, sheet by sheet, and turns every row below a header row into an
 * {@link IngestEvent}: accepted, rejected or total (blank rows and notes are only counted), followed by
 * the file's {@link FileLedger}. Rows stream through one at a time. A file that cannot be read, or stops
 * being readable part-way, ends with a FAILED ledger and none of its rows may be used.
 */
public final class FileIngestor implements Closeable {

	/** The header row is looked for in the first rows of each sheet. */
	static final int HEADER_SCAN_ROWS = 30;

	private static final List<String> NOTE_PREFIXES = List.of("sumber", "source", "catatan", "keterangan", "ket.",
			"ket:", "note", "*", "data diolah", "diolah");

	private final SourceFile file;
	private final FileState state;
	private final Deque<IngestEvent> queue = new ArrayDeque<>();
	private final List<String> sheetsRead = new ArrayList<>();
	private final List<String> sheetsSkipped = new ArrayList<>();

	private WorkbookSource source;
	private int sheetIndex = -1;
	private String sheetName;
	private WorkbookSource.RowCursor cursor;
	private PrefetchCursor prefetch;
	private Iterator<RawRow> pending;
	private ColumnMap columns;
	private RowChecker checker;
	private boolean finished;
	private long rowsRead;
	private long accepted;
	private long rejected;
	private long totals;
	private long blank;
	private int lastRow;

	public FileIngestor(SourceFile file, IngestContext context) {
		this.file = file;
		this.state = new FileState(file, context);
	}

	/** The next event, or null once the file's {@link IngestEvent.FileEnd} has been returned. */
	public IngestEvent next() {
		while (queue.isEmpty() && !finished) {
			step();
		}
		return queue.poll();
	}

	/** Rows read so far (for progress lines). */
	public long rowsRead() {
		return rowsRead;
	}

	/**
	 * Advances by one row. Only reading the file is guarded: a file that cannot be read fails alone. A
	 * fault in the checks themselves is a defect and stops the run rather than silently dropping a file.
	 */
	private void step() {
		RawRow ready = null;
		try {
			if (source == null) {
				List<String> warnings = new ArrayList<>();
				source = SpreadsheetFiles.open(file.path(), state.context().csvCharset(), warnings);
				warnings.addAll(source.warnings());
				for (String w : warnings) {
					queue.add(new IngestEvent.Warning(Location.ofFile(file.id()), null, "FILE_FORMAT", w, null));
				}
				return;
			}
			if (cursor == null) {
				if (!openNextSheet()) {
					finish();
				}
				return;
			}
			RawRow row = pending != null && pending.hasNext() ? pending.next() : cursor.next();
			if (row == null) {
				cursor = null;
				pending = null;
				return;
			}
			lastRow = row.number();
			ready = row;
		}
		catch (UnreadableFileException e) {
			fail(e.reason(), e.getMessage());
		}
		catch (IOException e) {
			fail("CORRUPT", XlsxFailures.translate(e).getMessage());
		}
		catch (RuntimeException e) {
			fail("CORRUPT", "the file cannot be read: " + XlsxFailures.firstLine(e));
		}
		if (ready != null) {
			handle(ready);
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
				sheetsSkipped.add(sheetName + ": empty");
				continue;
			}
			List<String> why = new ArrayList<>();
			ColumnMap map = ColumnMap.find(head, Layout.of(file.dataset()), why);
			WideLayout.Header wide = null;
			if (map == null && file.dataset() == Dataset.LABOUR_FORCE) {
				wide = WideLayout.detect(head, state.context().provinces(), why);
				map = wide == null ? null : wide.columns();
			}
			if (map == null) {
				sheetsSkipped.add(sheetName + ": " + String.join("; ", why));
				continue;
			}
			columns = map;
			checker = wide != null ? new WideChecker(wide) : RowChecker.of(map.layout(), state);
			sheetsRead.add(sheetName + " (" + (wide != null ? wide.description()
					: map.layout().label() + ", header row " + map.headerRow()) + ")");
			int headerRow = map.headerRow();
			List<RawRow> after = head.stream().filter(x -> x.number() > headerRow).toList();
			pending = after.iterator();
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

	private void handle(RawRow row) {
		rowsRead++;
		if (row.isBlank() || isNote(row)) {
			blank++;
			return;
		}
		Fields fields = new Fields(row, columns, state);
		Location location = state.location(row.number());
		try {
			RowChecker.Checked checked = checker.check(fields);
			queue.addAll(fields.warnings());
			if (checked.isTotal()) {
				totals++;
				if (checked.record() instanceof List<?> perPeriod) {
					for (Object figures : perPeriod) {
						queue.add(new IngestEvent.Total(location, checked.totalLabel(), (LabourForceRecord) figures));
					}
				}
				else {
					queue.add(new IngestEvent.Total(location, checked.totalLabel(),
							checked.record() instanceof LabourForceRecord lf ? lf : null));
				}
			}
			else {
				accepted++;
				if (checked.record() instanceof List<?> perPeriod) {
					for (Object record : perPeriod) {
						queue.add(new IngestEvent.Accepted(location, record, checked.bareProvinceCode()));
					}
				}
				else {
					queue.add(new IngestEvent.Accepted(location, checked.record(), checked.bareProvinceCode()));
				}
			}
		}
		catch (Problem p) {
			rejected++;
			queue.add(new IngestEvent.Rejected(file.dataset(), location, columns.describe(p.column()),
					PersonalData.showable(p.column(), p.value()), p.reason(), PersonalData.maskIdentifiers(
							p.column().equals("birth_date") ? "birth date: " + p.reason().name() : p.getMessage()),
					provinceOf(fields)));
		}
	}

	/** The province a rejected row belongs to, when it can still be told (for the province reports). */
	private String provinceOf(Fields fields) {
		try {
			if (fields.has("blk_code")) {
				String blk = fields.text("blk_code");
				if (blk != null) {
					String p = state.context().blkProvinces().get(blk.toUpperCase(Locale.ROOT));
					if (p != null) {
						return p;
					}
				}
			}
			if (fields.has("province") || fields.has("province_code") || fields.has("kode_kemendagri")) {
				return fields.province().code();
			}
		}
		catch (Problem ignored) {
			// the province itself is what is wrong: the row belongs to no province
		}
		return null;
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

	private void finish() {
		finished = true;
		FileLedger.Status status = sheetsRead.isEmpty() ? FileLedger.Status.NO_DATA : FileLedger.Status.READ;
		String message = status == FileLedger.Status.NO_DATA
				? "no sheet has the columns of " + file.dataset().folder() + " data"
						+ (sheetsSkipped.isEmpty() ? "" : ": " + String.join("; ", sheetsSkipped))
				: null;
		queue.add(new IngestEvent.FileEnd(new FileLedger(file.id(), status, null, message, sheetsRead, sheetsSkipped,
				rowsRead, accepted, rejected, totals, blank, state.homeAffairsNumbering())));
		close();
	}

	private void fail(String reason, String message) {
		finished = true;
		String where = sheetName == null || source == null || source.sheetNames().size() <= 1 ? ""
				: " (sheet '" + sheetName + "'" + (lastRow > 0 ? ", after row " + lastRow : "") + ")";
		if (source != null && sheetName != null && source.sheetNames().size() <= 1 && lastRow > 0) {
			where = " (after row " + lastRow + ")";
		}
		queue.add(new IngestEvent.FileEnd(new FileLedger(file.id(), FileLedger.Status.FAILED, reason,
				message + where + "; none of its rows are used", sheetsRead, sheetsSkipped, 0, 0, 0, 0, 0, false)));
		close();
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
		}
	}
}
