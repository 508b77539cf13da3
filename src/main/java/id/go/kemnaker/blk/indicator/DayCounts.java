package id.go.kemnaker.blk.indicator;

import java.util.Arrays;

/**
 * How many placed graduates took how many days to placement: a distribution of whole days, kept as two
 * sorted arrays (a few bytes per distinct day, where a map of boxed numbers takes tens).
 */
public final class DayCounts {

	private int[] days = new int[4];
	private long[] counts = new long[4];
	private int size;

	public void add(int day, long count) {
		int i = Arrays.binarySearch(days, 0, size, day);
		if (i >= 0) {
			counts[i] += count;
			return;
		}
		i = -i - 1;
		if (size == days.length) {
			days = Arrays.copyOf(days, size * 2);
			counts = Arrays.copyOf(counts, size * 2);
		}
		System.arraycopy(days, i, days, i + 1, size - i);
		System.arraycopy(counts, i, counts, i + 1, size - i);
		days[i] = day;
		counts[i] = count;
		size++;
	}

	public void addAll(DayCounts other) {
		for (int i = 0; i < other.size; i++) {
			add(other.days[i], other.counts[i]);
		}
	}

	/** Distinct days. */
	public int size() {
		return size;
	}

	public int day(int i) {
		return days[i];
	}

	public long count(int i) {
		return counts[i];
	}

	/** The median: the middle value, or the mean of the two middle ones; null when empty. */
	public Double median() {
		long n = 0;
		for (int i = 0; i < size; i++) {
			n += counts[i];
		}
		if (n == 0) {
			return null;
		}
		long lower = (n - 1) / 2;
		long upper = n / 2;
		int lo = 0;
		boolean loFound = false;
		int hi = 0;
		long seen = 0;
		for (int i = 0; i < size; i++) {
			long next = seen + counts[i];
			if (!loFound && lower < next) {
				lo = days[i];
				loFound = true;
			}
			if (upper < next) {
				hi = days[i];
				break;
			}
			seen = next;
		}
		return (lo + hi) / 2.0;
	}
}
