package id.go.kemnaker.blk.ingest;

/**
 * One row of a sheet as read from the file, before any check: its 1-based row number as the user sees
 * it in Excel (or the CSV record number, header included), and per column a value and the kind of cell
 * it came from. Dates arrive as Excel serial numbers with kind {@link #DATE}.
 */
public final class RawRow {

	public static final byte BLANK = 0;
	public static final byte TEXT = 1;
	public static final byte NUMBER = 2;
	public static final byte DATE = 3;
	public static final byte BOOLEAN = 4;
	public static final byte ERROR = 5;

	private final int number;
	private final String[] values;
	private final byte[] kinds;
	private final boolean date1904;

	public RawRow(int number, String[] values, byte[] kinds, boolean date1904) {
		this.number = number;
		this.values = values;
		this.kinds = kinds;
		this.date1904 = date1904;
	}

	public int number() {
		return number;
	}

	public int width() {
		return values.length;
	}

	/** The value of a column, or null for a blank or absent cell. */
	public String value(int column) {
		if (column < 0 || column >= values.length || kinds[column] == BLANK) {
			return null;
		}
		return values[column];
	}

	public byte kind(int column) {
		return column < 0 || column >= kinds.length ? BLANK : kinds[column];
	}

	/** The characters in the row's cells (a String shared by several cells counts each time). */
	long characters() {
		long n = 0;
		for (String v : values) {
			if (v != null) {
				n += v.length();
			}
		}
		return n;
	}

	public boolean date1904() {
		return date1904;
	}

	public boolean isBlank() {
		for (int i = 0; i < values.length; i++) {
			if (kinds[i] != BLANK && !(kinds[i] == TEXT && values[i].isBlank())) {
				return false;
			}
		}
		return true;
	}

	/** Number of non-blank cells. */
	public int filledCells() {
		int n = 0;
		for (int i = 0; i < values.length; i++) {
			if (kinds[i] != BLANK && !(kinds[i] == TEXT && values[i].isBlank())) {
				n++;
			}
		}
		return n;
	}

	/** Whether exactly one cell is not blank; stops at the second. */
	public boolean hasOneFilledCell() {
		int n = 0;
		for (int i = 0; i < values.length && n < 2; i++) {
			if (kinds[i] != BLANK && !(kinds[i] == TEXT && values[i].isBlank())) {
				n++;
			}
		}
		return n == 1;
	}

	/** The first non-blank cell's column, or -1. */
	public int firstFilled() {
		for (int i = 0; i < values.length; i++) {
			if (kinds[i] != BLANK && !(kinds[i] == TEXT && values[i].isBlank())) {
				return i;
			}
		}
		return -1;
	}

	/** Spreadsheet column letters of a 0-based column index: 0 is {@code A}, 27 is {@code AB}. */
	public static String columnLetters(int column) {
		StringBuilder sb = new StringBuilder();
		int c = column + 1;
		while (c > 0) {
			int rem = (c - 1) % 26;
			sb.insert(0, (char) ('A' + rem));
			c = (c - 1) / 26;
		}
		return sb.toString();
	}
}
