package id.go.kemnaker.blk.ingest;


/**
 * Remembers the duplicate keys of the rows of a dataset as 64-bit hashes with the sequence of the first
 * row that had each (16 bytes a row, in two arrays), and tells whether a key may have been seen before,
 * and where. A "yes" can be a hash collision, so such rows are only candidates: the staging step compares
 * the full keys of the candidate and that first row. A "no" is certain. This keeps the million-row staging
 * tables free of an index on the key.
 */
public final class DuplicateTracker {

	private static final long EMPTY = 0L;

	private long[] hashes = new long[1 << 12];
	private long[] firsts = new long[1 << 12];
	private int size;

	/** Records a key; returns the sequence of the first row with the same hash, or -1 when it is new. */
	public long add(long hash, long sequence) {
		long h = hash == EMPTY ? 1 : hash;
		if (size * 2 >= hashes.length) {
			grow();
		}
		int mask = hashes.length - 1;
		int i = (int) (mix(h) & mask);
		while (hashes[i] != EMPTY) {
			if (hashes[i] == h) {
				return firsts[i];
			}
			i = (i + 1) & mask;
		}
		hashes[i] = h;
		firsts[i] = sequence;
		size++;
		return -1;
	}

	private void grow() {
		long[] oldHashes = hashes;
		long[] oldFirsts = firsts;
		hashes = new long[oldHashes.length * 2];
		firsts = new long[oldHashes.length * 2];
		size = 0;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldHashes[i] != EMPTY) {
				add(oldHashes[i], oldFirsts[i]);
			}
		}
	}

	public int size() {
		return size;
	}

	/** A well-mixed 64-bit hash of a text (FNV-1a, then MurmurHash3's finaliser). */
	public static long hash(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return mix(h);
	}

	/**
	 * The hash of several values as if joined by a separator that no text contains, without joining them.
	 * A date counts by its day number, not by its text, so no row pays for a date's {@code toString}.
	 */
	public static long hash(Object... parts) {
		long h = START;
		for (Object part : parts) {
			h = part instanceof java.time.LocalDate d ? day(h, d) : text(h, String.valueOf(part));
		}
		return mix(h);
	}

	/**
	 * The same hash built part by part, for a hot path that knows its parts' types: {@code
	 * finish(day(text(START, a), d))} equals {@code hash(a, d)}.
	 */
	public static final long START = 0xcbf29ce484222325L;

	/** Adds a text part (a value that is not a date adds {@code String.valueOf(value)}). */
	public static long text(long h, String s) {
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= 0x1f;
		return h * 0x100000001b3L;
	}

	/** Adds a date part, by its day number. */
	public static long day(long h, java.time.LocalDate d) {
		long day = d.toEpochDay();
		for (int shift = 0; shift < 64; shift += 16) {
			h ^= (day >>> shift) & 0xffff;
			h *= 0x100000001b3L;
		}
		h ^= 0x1e;
		return h * 0x100000001b3L;
	}

	public static long finish(long h) {
		return mix(h);
	}

	private static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb93fe53e1a85L;
		h ^= h >>> 33;
		return h;
	}

	@Override
	public String toString() {
		return "DuplicateTracker[" + size + " keys]";
	}
}
