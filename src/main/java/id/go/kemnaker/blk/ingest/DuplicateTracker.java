package id.go.kemnaker.blk.ingest;


/**
 * Remembers the duplicate keys of the rows of a dataset as 64-bit hashes (8 bytes a row, in one array),
 * and tells whether a key may have been seen before. A "yes" can be a hash collision, so such rows are
 * only candidates: the staging step compares their full keys. A "no" is certain. This keeps the
 * million-row staging tables free of a text index on the key.
 */
public final class DuplicateTracker {

	private static final long EMPTY = 0L;

	private long[] table = new long[1 << 12];
	private int size;

	/** Records a key; returns true when the same hash was recorded before. */
	public boolean add(long hash) {
		long h = hash == EMPTY ? 1 : hash;
		if (size * 2 >= table.length) {
			grow();
		}
		int mask = table.length - 1;
		int i = (int) (mix(h) & mask);
		while (table[i] != EMPTY) {
			if (table[i] == h) {
				return true;
			}
			i = (i + 1) & mask;
		}
		table[i] = h;
		size++;
		return false;
	}

	private void grow() {
		long[] old = table;
		table = new long[old.length * 2];
		size = 0;
		for (long h : old) {
			if (h != EMPTY) {
				add(h);
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
