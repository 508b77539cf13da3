package id.go.kemnaker.blk.ingest;

/** Where a row sits: file, sheet (index and name) and the 1-based row number the user sees. */
public record Location(int fileId, int sheetIndex, String sheet, int row) {

	/** A number that orders rows as read: by file, then sheet, then row. */
	public long sequence() {
		return ((long) fileId << 40) | ((long) sheetIndex << 24) | row;
	}

	static Location ofFile(int fileId) {
		return new Location(fileId, 0, null, 0);
	}
}
