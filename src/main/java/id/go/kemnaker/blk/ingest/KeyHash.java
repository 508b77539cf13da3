package id.go.kemnaker.blk.ingest;


/**
 * The 64-bit hashes that every staged row carries: of its duplicate key (rows with equal keys have equal
 * hashes; equal hashes are only candidates, compared by their full keys, since two keys may collide) and
 * of its values (equal: the same row twice, counted once).
 */
public final class KeyHash {

	private KeyHash() {
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

}
