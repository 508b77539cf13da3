package id.go.kemnaker.blk.job;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.RecordKeys;

/**
 * The staged participant rows. A national set has a million of them, and inserting a million rows into
 * a table costs more than reading the workbook, so they go to an append-only file beside the database
 * ({@code <blk.state>/participants.stage}), a compact binary record per row, written in the chunk's
 * transaction: the bytes are forced to disk, then the file's new length is stored in the database
 * ({@code stg_spill}) and commits with the chunk. A chunk that did not commit leaves bytes after the
 * stored length; they are never read, and the next chunk overwrites them. Readers see the rows of the
 * committed length only, minus the rows of files that failed and the rows rejected as duplicates. Beside
 * it, {@code participants.keys} holds 24 bytes a row (sequence number, offset, key hash), written and
 * cut back with it, for the passes that need only those (the duplicate check and the counts per file)
 * and to find where each range of rows starts when a pass reads the rows in parts.
 */
@Repository
public class StagedParticipants {

	private static final int MAGIC = 0x424c4b50; // "BLKP"
	private static final short FORMAT = 2;
	/** Bytes of a row's entry in the key file: its sequence number, its offset in the staged file, its key hash. */
	private static final int KEY_ENTRY = 24;
	private static final int NO_DAYS = Integer.MIN_VALUE;

	/**
	 * Bytes read or written at a time: under half a G1 heap region (1 MB in a 256 MB heap), so that the
	 * buffers are ordinary objects, not humongous ones that start a concurrent collection each.
	 */
	private static final int BUFFER = 256 * 1024;

	/** One staged participant row; {@code gender} is the code (L, P) or null. */
	public record Row(long seq, int sheetIndex, int rowNo, String participantKey, String blkCode, String program,
			String gender, LocalDate startDate, LocalDate endDate, boolean graduated, boolean certified,
			PlacementStatus placement, Integer daysToPlacement, long dupHash, long valHash) {

		public int fileId() {
			return (int) (seq >>> 40);
		}
	}

	private record State(String token, long length, long rows) {
	}

	private final JdbcTemplate jdbc;
	private final Path file;
	/** Beside the staged rows, a fixed-size entry per row: what the duplicate check and the counts read. */
	private final Path keys;

	@Autowired
	public StagedParticipants(JdbcTemplate jdbc, PipelineProperties props) {
		this(jdbc, props.state());
	}

	public StagedParticipants(JdbcTemplate jdbc, Path stateDir) {
		this.jdbc = jdbc;
		this.file = stateDir.toAbsolutePath().normalize().resolve("participants.stage");
		this.keys = file.resolveSibling("participants.keys");
	}

	public Path file() {
		return file;
	}

	// ---------------------------------------------------------------- writing

	/** Starts an empty file for a new run, with a token that ties it to this database's run. */
	public void reset() {
		String token = UUID.randomUUID().toString();
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(header)) {
			out.writeInt(MAGIC);
			out.writeShort(FORMAT);
			out.writeUTF(token);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			Files.createDirectories(file.getParent());
			for (Path f : List.of(file, keys)) {
				try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					writeFully(ch, ByteBuffer.wrap(header.toByteArray()));
					ch.force(true);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
		}
		jdbc.update("DELETE FROM stg_spill");
		jdbc.update("INSERT INTO stg_spill (id, token, length, row_count) VALUES (1, ?, ?, 0)", token, header.size());
	}

	/**
	 * Appends accepted participant rows, and their entries to the key file; call inside the chunk's
	 * transaction. Both files are first cut back to what the last committed chunk left.
	 */
	public void append(List<IngestEvent.Accepted> rows) {
		State state = state();
		long written = 0;
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
				FileChannel kc = FileChannel.open(keys, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
			checkToken(ch, state, file);
			long keysEnd = checkToken(kc, state, keys) + state.rows() * KEY_ENTRY;
			ch.truncate(state.length());
			ch.position(state.length());
			kc.truncate(keysEnd);
			kc.position(keysEnd);
			RowWriter out = new RowWriter(BUFFER);
			ByteBuffer entries = ByteBuffer.allocate(rows.size() * KEY_ENTRY);
			for (IngestEvent.Accepted a : rows) {
				ParticipantRecord r = (ParticipantRecord) a.record();
				long prefix = RecordKeys.participantPrefix(r);
				long dupHash = RecordKeys.participantKeyHash(r, prefix);
				entries.putLong(a.location().sequence()).putLong(state.length() + written + out.size()).putLong(dupHash);
				encode(out, a.location(), r, dupHash, RecordKeys.participantValueHash(r, prefix));
				if (out.size() > BUFFER - 4096) {
					written += out.size();
					writeFully(ch, out.buffer());
					out.clear();
				}
			}
			written += out.size();
			writeFully(ch, out.buffer());
			writeFully(kc, entries.flip());
			ch.force(false);
			kc.force(false);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the staged participant rows to " + file + ": " + e.getMessage(), e);
		}
		jdbc.update("UPDATE stg_spill SET length = ?, row_count = ? WHERE id = 1", state.length() + written,
				state.rows() + rows.size());
	}

	private static void encode(RowWriter out, Location l, ParticipantRecord r, long dupHash, long valueHash) {
		out.putLong(l.sequence());
		out.putShort(l.sheetIndex());
		out.putInt(l.row());
		out.putString(r.participantKey());
		out.putString(StagingStore.clip(r.blkCode(), 100));
		out.putString(StagingStore.clip(r.program(), 500));
		out.putString(r.gender() == null ? "" : r.gender().code());
		out.putInt((int) r.startDate().toEpochDay());
		out.putInt((int) r.endDate().toEpochDay());
		out.putByte((r.graduated() ? 1 : 0) | (r.certified() ? 2 : 0));
		out.putByte(r.placementStatus().ordinal());
		Integer days = r.daysToPlacement();
		out.putInt(days == null ? NO_DAYS : days);
		out.putLong(dupHash);
		out.putLong(valueHash);
	}

	/** Writes what {@link DataOutputStream} would (big-endian numbers, strings as {@code writeUTF}) into one growing buffer. */
	private static final class RowWriter {

		private ByteBuffer buf;

		RowWriter(int capacity) {
			buf = ByteBuffer.allocate(Math.max(capacity, 256));
		}

		private void room(int n) {
			if (buf.remaining() < n) {
				ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
				buf.flip();
				bigger.put(buf);
				buf = bigger;
			}
		}

		void putLong(long v) {
			room(8);
			buf.putLong(v);
		}

		void putInt(int v) {
			room(4);
			buf.putInt(v);
		}

		void putShort(int v) {
			room(2);
			buf.putShort((short) v);
		}

		void putByte(int v) {
			room(1);
			buf.put((byte) v);
		}

		void putString(String s) {
			int n = s.length();
			room(2 + n);
			int start = buf.position();
			buf.putShort((short) n);
			for (int i = 0; i < n; i++) {
				char c = s.charAt(i);
				if (c == 0 || c >= 0x80) {
					// not ASCII: modified UTF-8 as DataOutputStream writes it
					buf.position(start);
					ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 + 3 * n);
					try (DataOutputStream utf = new DataOutputStream(bytes)) {
						utf.writeUTF(s);
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					room(bytes.size());
					buf.put(bytes.toByteArray());
					return;
				}
				buf.put((byte) c);
			}
		}

		int size() {
			return buf.position();
		}

		void clear() {
			buf.clear();
		}

		ByteBuffer buffer() {
			return buf.duplicate().flip();
		}
	}

	private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
		while (buf.hasRemaining()) {
			ch.write(buf);
		}
	}

	// ---------------------------------------------------------------- reading

	/** How many rows are staged (committed), rejected ones included. */
	public long stagedRows() {
		State s = stateOrNull();
		return s == null ? 0 : s.rows();
	}

	/**
	 * Every staged row that counts: not from a file that failed, not rejected as a duplicate; in file order.
	 */
	public void forEach(Consumer<Row> action) {
		forEachView(view -> action.accept(view.toRow()));
	}

	/**
	 * The same rows as {@link #forEach}, as a view of the row being read, without a new object per row: a
	 * pass over a million rows that needs a few fields costs a fraction of one that makes each row.
	 */
	public void forEachView(Consumer<View> action) {
		forEachViewInParts(1, () -> action);
	}

	/** Staged rows per range of a pass read side by side: with fewer, a second thread costs more than it saves. */
	static final long ROWS_PER_PART = 250_000;

	/**
	 * The rows of {@link #forEachView}, in up to {@code maxParts} consecutive ranges (at least
	 * {@link #ROWS_PER_PART} rows each) read side by side, the first on the calling thread and each other
	 * on a thread of its own, each into an action of its own made by {@code newAction}. Returns the
	 * actions in file order, for the caller to merge. The steps after the participant read leave the
	 * second core mostly idle: on two, a pass over a million rows takes about half as long.
	 */
	public <A extends Consumer<View>> List<A> forEachViewInParts(int maxParts, Supplier<A> newAction) {
		return forEachViewInParts(maxParts, ROWS_PER_PART, newAction);
	}

	<A extends Consumer<View>> List<A> forEachViewInParts(int maxParts, long rowsPerPart,
			Supplier<A> newAction) {
		State state = stateOrNull();
		long rows = state == null ? 0 : state.rows();
		int parts = (int) Math.max(1, Math.min(maxParts, rows / rowsPerPart));
		List<A> actions = new ArrayList<>(parts);
		for (int i = 0; i < parts; i++) {
			actions.add(newAction.get());
		}
		if (rows == 0) {
			return actions;
		}
		Counted counted = counted();
		Start[] starts = rangeStarts(state, parts);
		List<Future<?>> others = new ArrayList<>();
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = parts == 1 ? null
				: Executors.newFixedThreadPool(parts - 1, r -> {
					Thread t = new Thread(r, "staged rows " + threads.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		try {
			for (int i = parts - 1; i >= 0; i--) {
				long first = rows * i / parts;
				long count = rows * (i + 1) / parts - first;
				Start start = starts[i];
				A action = actions.get(i);
				Runnable range = () -> read(state, start, count, null, view -> {
					if (counted.test(view.seq())) {
						action.accept(view);
					}
				});
				if (i > 0) {
					others.add(pool.submit(range));
				}
				else {
					range.run();
				}
			}
			for (Future<?> f : others) {
				f.get();
			}
			return actions;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the staged participant rows", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		}
		finally {
			if (pool != null) {
				// after a failure the other parts stop at their next read (an interrupted channel closes)
				pool.shutdownNow();
				try {
					pool.awaitTermination(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/**
	 * Where a range of staged rows starts in the staged file, and the sequence number its first row must
	 * have (as the key file says: a range never starts inside a row); {@link #FIRST}: after the header.
	 */
	private record Start(long offset, long seq) {

		static final Start FIRST = new Start(-1, -1);
	}

	/** Where each of {@code parts} equal ranges of the staged rows starts, from the key file. */
	private Start[] rangeStarts(State state, int parts) {
		Start[] starts = new Start[parts];
		starts[0] = Start.FIRST;
		if (parts == 1) {
			return starts;
		}
		try (FileChannel kc = FileChannel.open(keys, StandardOpenOption.READ)) {
			long header = checkToken(kc, state, keys);
			ByteBuffer entry = ByteBuffer.allocate(16);
			for (int i = 1; i < parts; i++) {
				long first = state.rows() * i / parts;
				entry.clear();
				while (entry.hasRemaining()) {
					if (kc.read(entry, header + first * KEY_ENTRY + entry.position()) < 0) {
						throw new IllegalStateException(keys + " ends before row " + (first + 1) + "; start a new run");
					}
				}
				starts[i] = new Start(entry.getLong(8), entry.getLong(0));
			}
			return starts;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the staged participant keys in " + keys + ": " + e.getMessage()
					+ "; start a new run", e);
		}
	}

	/** Which staged rows count: not from a file that failed, not rejected as a duplicate. */
	private record Counted(int[] failedFiles, long[] droppedSeqs) {

		boolean test(long seq) {
			return (failedFiles.length == 0 || Arrays.binarySearch(failedFiles, (int) (seq >>> 40)) < 0)
					&& (droppedSeqs.length == 0 || Arrays.binarySearch(droppedSeqs, seq) < 0);
		}
	}

	private Counted counted() {
		int[] failed = jdbc.queryForList("SELECT file_id FROM blk_file_ledger WHERE status = 'FAILED'", Integer.class)
			.stream().mapToInt(Integer::intValue).sorted().toArray();
		long[] dropped = jdbc.queryForList("SELECT seq FROM stg_reject WHERE dataset = ? AND reason IN"
				+ " ('DUPLICATE_ROW', 'DUPLICATE_CONFLICT')", Long.class, Dataset.TRAINING.name())
			.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Counted(failed, dropped);
	}

	/** What the key file holds for a row. */
	@FunctionalInterface
	private interface KeyAction {

		void accept(long seq, long offset, long dupHash);
	}

	/**
	 * The key file's entry of every row that counts (as {@link #forEachView}), in file order: a pass that
	 * needs only where a row is and its key hash reads 24 bytes a row instead of the whole row.
	 */
	private void forEachKey(KeyAction action) {
		State state = stateOrNull();
		if (state == null || state.rows() == 0) {
			return;
		}
		Counted counted = counted();
		try (FileChannel ch = FileChannel.open(keys, StandardOpenOption.READ)) {
			RowReader in = new RowReader(ch, checkToken(ch, state, keys));
			for (long i = 0; i < state.rows(); i++) {
				long seq = in.readLong();
				long offset = in.readLong();
				long dupHash = in.readLong();
				if (counted.test(seq)) {
					action.accept(seq, offset, dupHash);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the staged participant keys in " + keys + ": " + e.getMessage()
					+ "; start a new run", e);
		}
	}

	/** The staged row being read: valid only while it is visited. */
	public static final class View {

		private static final PlacementStatus[] PLACEMENTS = PlacementStatus.values();

		private long seq;
		private int sheetIndex;
		private int rowNo;
		private byte[] key = new byte[64];
		private int keyLength;
		private String blkCode;
		private String program;
		private String gender;
		private int startDay;
		private int endDay;
		private int flags;
		private int placement;
		private int days;
		private long dupHash;
		private long valHash;

		public long seq() {
			return seq;
		}

		public int fileId() {
			return (int) (seq >>> 40);
		}

		public int sheetIndex() {
			return sheetIndex;
		}

		public int rowNo() {
			return rowNo;
		}

		/** The participant key, made into a String only when asked for. */
		public String participantKey() {
			try {
				return RowReader.decode(key, 0, keyLength);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		public String blkCode() {
			return blkCode;
		}

		public String program() {
			return program;
		}

		/** L, P or null. */
		public String gender() {
			return gender;
		}

		/** The start of training as an epoch day ({@link LocalDate#toEpochDay()}). */
		public int startDay() {
			return startDay;
		}

		/** The end of training as an epoch day. */
		public int endDay() {
			return endDay;
		}

		public boolean graduated() {
			return (flags & 1) != 0;
		}

		public boolean certified() {
			return (flags & 2) != 0;
		}

		public PlacementStatus placement() {
			return PLACEMENTS[placement];
		}

		public boolean hasDaysToPlacement() {
			return days != NO_DAYS;
		}

		public int daysToPlacement() {
			return days;
		}

		public long dupHash() {
			return dupHash;
		}

		public long valHash() {
			return valHash;
		}

		public Row toRow() {
			return new Row(seq, sheetIndex, rowNo, participantKey(), blkCode, program, gender,
					LocalDate.ofEpochDay(startDay), LocalDate.ofEpochDay(endDay), graduated(), certified(), placement(),
					hasDaysToPlacement() ? days : null, dupHash, valHash);
		}
	}

	/**
	 * The staged rows that start at the given offsets (ascending, as the key file gives them), read without
	 * the rows between: a few rows of a large file cost little more than their own bytes.
	 */
	private void forEachAt(long[] offsets, Consumer<View> action) {
		State state = stateOrNull();
		if (state != null && offsets.length > 0) {
			read(state, Start.FIRST, offsets.length, offsets, action);
		}
	}

	/** {@code count} staged rows from {@code start}, one after the other or, if given, at {@code offsets}. */
	private void read(State state, Start start, long count, long[] offsets, Consumer<View> action) {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			int header = checkToken(ch, state);
			RowReader in = new RowReader(ch, start == Start.FIRST ? header : start.offset());
			// BLK codes, programmes and genders repeat: one String each, however many rows name them
			StringPool pool = new StringPool();
			View v = new View();
			for (long i = 0; i < count; i++) {
				if (offsets != null) {
					in.seek(offsets[(int) i]);
				}
				read(in, v, pool);
				if (i == 0 && start != Start.FIRST && v.seq != start.seq()) {
					throw new IllegalStateException(file + " does not hold row " + start.seq() + " where " + keys
							+ " puts it; start a new run");
				}
				action.accept(v);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the staged participant rows in " + file + ": " + e.getMessage()
					+ "; start a new run", e);
		}
	}

	/** Reads the next row into {@code v}: the fields in the order in which {@link #encode} wrote them. */
	private static void read(RowReader in, View v, StringPool pool) throws IOException {
		v.seq = in.readLong();
		v.sheetIndex = in.readShort();
		v.rowNo = in.readInt();
		v.keyLength = in.readLength();
		if (v.keyLength > v.key.length) {
			v.key = new byte[v.keyLength];
		}
		in.readInto(v.key, v.keyLength);
		v.blkCode = in.readString(pool);
		v.program = in.readString(pool);
		String gender = in.readString(pool);
		v.gender = gender.isEmpty() ? null : gender;
		v.startDay = in.readInt();
		v.endDay = in.readInt();
		v.flags = in.readByte();
		v.placement = in.readByte();
		v.days = in.readInt();
		v.dupHash = in.readLong();
		v.valHash = in.readLong();
	}

	/**
	 * Reads what {@link DataOutputStream} wrote, through one large buffer: a pass over a million rows is
	 * several times faster than through {@code DataInputStream}, which reads field by field from a stream.
	 */
	private static final class RowReader {

		private final FileChannel ch;
		private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);
		/** Where in the file the first byte of the buffer is. */
		private long base;

		RowReader(FileChannel ch, long position) throws IOException {
			this.ch = ch;
			ch.position(position);
			base = position;
			buf.limit(0);
		}

		/** Moves to a position in the file: within the buffer if it holds it, else by reading from there. */
		void seek(long offset) throws IOException {
			if (offset >= base && offset <= base + buf.limit()) {
				buf.position((int) (offset - base));
				return;
			}
			ch.position(offset);
			base = offset;
			buf.clear();
			buf.limit(0);
		}

		private void need(int n) throws IOException {
			if (buf.remaining() >= n) {
				return;
			}
			base += buf.position();
			buf.compact();
			while (buf.position() < n) {
				if (ch.read(buf) < 0) {
					throw new java.io.EOFException("the file ends inside a row");
				}
			}
			buf.flip();
		}

		long readLong() throws IOException {
			need(8);
			return buf.getLong();
		}

		int readInt() throws IOException {
			need(4);
			return buf.getInt();
		}

		short readShort() throws IOException {
			need(2);
			return buf.getShort();
		}

		byte readByte() throws IOException {
			need(1);
			return buf.get();
		}

		/** The length of a string as {@link DataOutputStream#writeUTF} wrote it; its bytes are then in the buffer. */
		int readLength() throws IOException {
			need(2);
			int length = buf.getShort() & 0xffff;
			need(length);
			return length;
		}

		/** The bytes of the string whose length was just read. */
		void readInto(byte[] into, int length) {
			buf.get(into, 0, length);
		}

		/** A string as {@link DataOutputStream#writeUTF} wrote it; from the pool when one is given. */
		String readString(StringPool pool) throws IOException {
			int length = readLength();
			byte[] a = buf.array();
			int from = buf.arrayOffset() + buf.position();
			buf.position(buf.position() + length);
			if (pool != null) {
				return pool.get(a, from, length);
			}
			return decode(a, from, length);
		}

		static String decode(byte[] a, int from, int length) throws IOException {
			for (int i = from; i < from + length; i++) {
				if (a[i] < 0) {
					// not ASCII: modified UTF-8, decoded by the class that wrote it (with its length in front)
					byte[] withLength = new byte[length + 2];
					withLength[0] = (byte) (length >>> 8);
					withLength[1] = (byte) length;
					System.arraycopy(a, from, withLength, 2, length);
					return DataInputStream.readUTF(new DataInputStream(new java.io.ByteArrayInputStream(withLength)));
				}
			}
			return new String(a, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
		}
	}

	/** One String per distinct encoded value, found by its bytes, so a repeated value costs no new String. */
	private static final class StringPool {

		private byte[][] keys = new byte[1024][];
		private String[] values = new String[1024];
		private int size;

		String get(byte[] a, int from, int length) throws IOException {
			int mask = keys.length - 1;
			for (int slot = hash(a, from, from + length) & mask;; slot = (slot + 1) & mask) {
				byte[] k = keys[slot];
				if (k == null) {
					String value = RowReader.decode(a, from, length);
					keys[slot] = Arrays.copyOfRange(a, from, from + length);
					values[slot] = value;
					if (++size * 2 > keys.length) {
						grow();
					}
					return value;
				}
				if (Arrays.equals(k, 0, k.length, a, from, from + length)) {
					return values[slot];
				}
			}
		}

		private static int hash(byte[] a, int from, int to) {
			int h = 1;
			for (int i = from; i < to; i++) {
				h = 31 * h + a[i];
			}
			return h ^ (h >>> 16);
		}

		private void grow() {
			byte[][] oldKeys = keys;
			String[] oldValues = values;
			keys = new byte[oldKeys.length * 2][];
			values = new String[oldKeys.length * 2];
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != null) {
					int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
					while (keys[slot] != null) {
						slot = (slot + 1) & mask;
					}
					keys[slot] = oldKeys[i];
					values[slot] = oldValues[i];
				}
			}
		}
	}

	/** Reads the header and returns its length; fails when the file belongs to another run or database. */
	private int checkToken(FileChannel ch, State state) throws IOException {
		return checkToken(ch, state, file);
	}

	private static int checkToken(FileChannel ch, State state, Path file) throws IOException {
		ch.position(0);
		DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
		String token;
		try {
			if (in.readInt() != MAGIC || in.readShort() != FORMAT) {
				throw new IllegalStateException(file + " is not a staged participant file of this version; start a new run");
			}
			token = in.readUTF();
		}
		catch (java.io.EOFException e) {
			throw new IllegalStateException(file + " is truncated; start a new run");
		}
		if (!token.equals(state.token())) {
			throw new IllegalStateException(file + " holds the participant rows of another run or database than "
					+ "the one being continued; start a new run");
		}
		return 4 + 2 + 2 + token.length();
	}

	private State state() {
		State s = stateOrNull();
		if (s == null) {
			throw new IllegalStateException("no staged participant file was started for this run");
		}
		return s;
	}

	private State stateOrNull() {
		List<State> s = jdbc.query("SELECT token, length, row_count FROM stg_spill WHERE id = 1",
				(rs, i) -> new State(rs.getString(1), rs.getLong(2), rs.getLong(3)));
		return s.isEmpty() ? null : s.get(0);
	}

	// ---------------------------------------------------------------- what the other steps need

	/** Accepted rows per file (rows of files that failed and duplicates rejected are not counted). */
	public Map<Integer, Long> countByFile() {
		Map<Integer, long[]> counts = new HashMap<>();
		forEachKey(new KeyAction() {
			private int file = -1;
			private long[] count;

			@Override
			public void accept(long seq, long offset, long dupHash) {
				int f = (int) (seq >>> 40);
				if (f != file) {
					file = f;
					count = counts.computeIfAbsent(file, x -> new long[1]);
				}
				count[0]++;
			}
		});
		Map<Integer, Long> out = new HashMap<>();
		counts.forEach((f, n) -> out.put(f, n[0]));
		return out;
	}

	/** Partitions of the duplicate check: each holds about 1/64 of the key hashes, so memory does not follow the rows. */
	private static final int PARTITIONS = 64;

	/**
	 * Rows with the same key: identical ones count once, disagreeing ones are all rejected. A pass over the
	 * key file writes each row's key hash and offset (16 bytes) to one of 64 partition files beside the
	 * staged file, chosen by the hash; each partition is sorted on its own to find the hashes that occur
	 * more than once: memory holds one partition, whether the input has a thousand rows or ten million.
	 * Then the rows with those hashes (about 1% of a real file) are read at their offsets and written with
	 * what the messages need to a second set of partitions, each resolved on its own by the rows' full key:
	 * a file delivered twice, where every row is a candidate, still holds one partition in memory at a time
	 * (and the offsets of the candidates, 8 bytes a row). Returns how many rows were rejected.
	 */
	public int resolveDuplicates() {
		Path dir = file.resolveSibling("participants.dup");
		try {
			deleteTree(dir);
			Files.createDirectories(dir);
			writeKeyPartitions(dir);
			// per partition: the hashes that occur more than once, then where their rows are in the file
			long[] offsets = new long[16];
			int count = 0;
			for (int i = 0; i < PARTITIONS; i++) {
				java.nio.LongBuffer pairs = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(i + ".part"))).asLongBuffer();
				int n = pairs.remaining() / 2;
				long[] hashes = new long[n];
				for (int j = 0; j < n; j++) {
					hashes[j] = pairs.get(2 * j);
				}
				Arrays.sort(hashes);
				int repeated = 0;
				for (int j = 1; j < n; j++) {
					if (hashes[j] == hashes[j - 1] && (repeated == 0 || hashes[repeated - 1] != hashes[j])) {
						hashes[repeated++] = hashes[j];
					}
				}
				if (repeated == 0) {
					continue;
				}
				for (int j = 0; j < n; j++) {
					if (Arrays.binarySearch(hashes, 0, repeated, pairs.get(2 * j)) >= 0) {
						if (count == offsets.length) {
							offsets = Arrays.copyOf(offsets, count * 2);
						}
						offsets[count++] = pairs.get(2 * j + 1);
					}
				}
			}
			if (count == 0) {
				return 0;
			}
			long[] candidates = Arrays.copyOf(offsets, count);
			Arrays.sort(candidates);
			// the rows of those hashes, with what the messages need, spread by hash again: a file delivered
			// twice makes every row a candidate, and one partition at a time still fits in memory
			spreadRows(dir, ".rows", candidates, (r, out) -> {
				out.writeLong(r.dupHash());
				out.writeLong(r.valHash());
				out.writeLong(r.seq());
				out.writeShort(r.sheetIndex());
				out.writeInt(r.rowNo());
				out.writeUTF(r.participantKey());
				out.writeUTF(r.blkCode());
				out.writeUTF(r.program());
				out.writeInt(r.startDay());
			});
			Names names = names();
			int rejected = 0;
			for (int i = 0; i < PARTITIONS; i++) {
				rejected += resolve(readKeyRows(dir.resolve(i + ".rows")), names);
			}
			return rejected;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot check the participant rows for duplicates in " + dir + ": "
					+ e.getMessage(), e);
		}
		finally {
			try {
				deleteTree(dir);
			}
			catch (IOException e) {
				// left for the next run, which deletes it first
			}
		}
	}

	/** What a pass of the duplicate check writes for a row (or not) to the partition of its key hash. */
	private interface PartitionWrite {

		void write(View row, DataOutputStream partition) throws IOException;
	}

	/** The 64 partition files {@code <n><suffix>} of a pass, a row going to the one of its key hash. */
	private static final class Partitions implements AutoCloseable {

		/** Writes to one partition file. */
		private interface Write {

			void to(DataOutputStream partition) throws IOException;
		}

		private final DataOutputStream[] parts = new DataOutputStream[PARTITIONS];

		Partitions(Path dir, String suffix) throws IOException {
			try {
				for (int i = 0; i < PARTITIONS; i++) {
					parts[i] = new DataOutputStream(new java.io.BufferedOutputStream(
							Files.newOutputStream(dir.resolve(i + suffix)), 1 << 13));
				}
			}
			catch (IOException e) {
				close();
				throw e;
			}
		}

		void write(long dupHash, Write write) {
			try {
				write.to(parts[(int) (dupHash >>> 58)]);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() throws IOException {
			for (DataOutputStream out : parts) {
				if (out != null) {
					out.close();
				}
			}
		}
	}

	/** Each counted row's key hash and offset, from the key file, into the partition file {@code <n>.part} of its hash. */
	private void writeKeyPartitions(Path dir) throws IOException {
		try (Partitions parts = new Partitions(dir, ".part")) {
			forEachKey((seq, offset, dupHash) -> parts.write(dupHash, out -> {
				out.writeLong(dupHash);
				out.writeLong(offset);
			}));
		}
	}

	/** The rows at the given offsets, each given the partition file {@code <n><suffix>} of its key hash. */
	private void spreadRows(Path dir, String suffix, long[] offsets, PartitionWrite write) throws IOException {
		try (Partitions parts = new Partitions(dir, suffix)) {
			forEachAt(offsets, row -> parts.write(row.dupHash(), out -> write.write(row, out)));
		}
	}

	/** A row as the duplicate check needs it. */
	private record KeyRow(long dupHash, long valHash, long seq, int sheetIndex, int rowNo, String participantKey,
			String blkCode, String program, LocalDate startDate) {

		int fileId() {
			return (int) (seq >>> 40);
		}
	}

	/** File, sheet and programme names, and the province of each BLK, for messages and rejects. */
	private record Names(Map<Integer, String> files, Map<Long, String> sheets, Map<String, String> labels,
			Map<String, String> provinces) {

		String sheet(KeyRow r) {
			return sheets.get(((long) r.fileId() << 16) | r.sheetIndex());
		}
	}

	private Names names() {
		Map<Integer, String> files = new HashMap<>();
		jdbc.query("SELECT file_id, name FROM blk_input", rs -> {
			files.put(rs.getInt(1), rs.getString(2));
		});
		Map<Long, String> sheets = new HashMap<>();
		jdbc.query("SELECT file_id, sheet_index, name FROM blk_sheet", rs -> {
			sheets.put(((long) rs.getInt(1) << 16) | rs.getInt(2), rs.getString(3));
		});
		Map<String, String> labels = new HashMap<>();
		jdbc.query("SELECT program, label FROM stg_program", rs -> {
			labels.put(rs.getString(1), rs.getString(2));
		});
		Map<String, String> provinces = new HashMap<>();
		jdbc.query("SELECT blk_code, MIN(province_code) FROM stg_blk GROUP BY blk_code", rs -> {
			provinces.put(rs.getString(1), rs.getString(2));
		});
		return new Names(files, sheets, labels, provinces);
	}

	private static List<KeyRow> readKeyRows(Path part) throws IOException {
		List<KeyRow> rows = new ArrayList<>();
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(part), 1 << 14))) {
			while (true) {
				long dupHash;
				try {
					dupHash = in.readLong();
				}
				catch (java.io.EOFException end) {
					return rows;
				}
				rows.add(new KeyRow(dupHash, in.readLong(), in.readLong(), in.readShort(), in.readInt(), in.readUTF(),
						in.readUTF(), in.readUTF(), LocalDate.ofEpochDay(in.readInt())));
			}
		}
	}

	/** Resolves the rows of one partition by their full key, and stores the rejects. */
	private int resolve(List<KeyRow> rows, Names names) {
		if (rows.isEmpty()) {
			return 0;
		}
		Map<Long, KeyRow> bySeq = new HashMap<>();
		List<DuplicateResolver.Keyed> candidates = new ArrayList<>(rows.size());
		for (KeyRow r : rows) {
			bySeq.put(r.seq(), r);
			candidates.add(new DuplicateResolver.Keyed(r.seq(),
					r.participantKey() + "|" + r.blkCode() + "|" + r.program() + "|" + r.startDate(), r.valHash(),
					names.files().get(r.fileId()), names.sheet(r), r.rowNo(), "participant, BLK " + r.blkCode()
							+ ", programme " + names.labels().getOrDefault(r.program(), r.program()) + ", start "
							+ r.startDate()));
		}
		candidates.sort(Comparator.comparing(DuplicateResolver.Keyed::key).thenComparingLong(DuplicateResolver.Keyed::seq));
		List<DuplicateResolver.Decision> decisions = DuplicateResolver.resolve(candidates);
		jdbc.batchUpdate("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
				+ " message, province_code) VALUES (?, ?, ?, ?, ?, 'participant_id, blk_code, program, start_date', NULL,"
				+ " ?, ?, ?)", decisions, 1000, (ps, d) -> {
					KeyRow r = bySeq.get(d.seq());
					ps.setLong(1, r.seq());
					ps.setInt(2, r.fileId());
					ps.setString(3, names.sheet(r));
					ps.setInt(4, r.rowNo());
					ps.setString(5, Dataset.TRAINING.name());
					ps.setString(6, d.reason().name());
					ps.setString(7, StagingStore.clip(d.message(), 2000));
					ps.setString(8, names.provinces().get(r.blkCode()));
				});
		return decisions.size();
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path p : files.toList()) {
				Files.delete(p);
			}
		}
		Files.delete(dir);
	}
}
