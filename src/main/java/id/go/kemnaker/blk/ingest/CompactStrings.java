package id.go.kemnaker.blk.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An append-only list of strings kept as UTF-8 bytes in one array with an offset table: a workbook's
 * shared strings (one per distinct participant id in a large file) cost about one byte per character
 * instead of a String object each.
 */
final class CompactStrings {

	private byte[] bytes = new byte[1 << 16];
	private int[] offsets = new int[1 << 10];
	private int size;
	private int used;

	void add(String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		if (used + b.length > bytes.length) {
			long grown = Math.max((long) bytes.length * 2, (long) used + b.length);
			if (grown > Integer.MAX_VALUE - 16) {
				throw new IllegalStateException("shared strings exceed 2 GB");
			}
			bytes = Arrays.copyOf(bytes, (int) grown);
		}
		if (size + 1 >= offsets.length) {
			offsets = Arrays.copyOf(offsets, offsets.length * 2);
		}
		System.arraycopy(b, 0, bytes, used, b.length);
		offsets[size] = used;
		used += b.length;
		size++;
		offsets[size] = used;
	}

	String get(int index) {
		if (index < 0 || index >= size) {
			return null;
		}
		return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
	}

	int size() {
		return size;
	}
}
