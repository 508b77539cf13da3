package id.go.kemnaker.blk.ingest;

/** What a file's rows share while it is read: the file, the sheet being read, and evidence about the file. */
final class FileState {

	private final SourceFile file;
	private final IngestContext context;
	private int sheetIndex;
	private String sheetName;
	private boolean homeAffairsNumbering;

	FileState(SourceFile file, IngestContext context) {
		this.file = file;
		this.context = context;
	}

	SourceFile file() {
		return file;
	}

	IngestContext context() {
		return context;
	}

	void enterSheet(int index, String name) {
		this.sheetIndex = index;
		this.sheetName = name;
	}

	Location location(int row) {
		return new Location(file.id(), sheetIndex, sheetName, row);
	}

	/** A Papua-region code that exists only in Home Affairs numbering was seen in a bare code column. */
	void sawHomeAffairsNumbering() {
		homeAffairsNumbering = true;
	}

	boolean homeAffairsNumbering() {
		return homeAffairsNumbering;
	}
}
