package id.go.kemnaker.blk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/** A spreadsheet file opened for reading: its sheets, each read row by row. */
interface WorkbookSource extends Closeable {

	List<String> sheetNames();

	/** Opens a sheet; the previous sheet's cursor must not be used after this. */
	RowCursor openSheet(int index) throws IOException;

	/** Warnings about the file as a whole (for example the character set a CSV was read in). */
	default List<Message> warnings() {
		return List.of();
	}

	interface RowCursor {

		/** The next row present in the sheet, or null at the end. */
		RawRow next() throws IOException;
	}
}
