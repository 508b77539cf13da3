package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file in an input folder is, from its name and its first bytes, and opens it. The
 * content wins over the extension where the content is a spreadsheet (an {@code .xls} workbook named
 * {@code .xlsx} is read, with a warning); a file named like a spreadsheet whose content is not one fails.
 */
final class SpreadsheetFiles {

	enum Kind {
		XLSX, XLS, CSV
	}

	private SpreadsheetFiles() {
	}

	/** The kind a file name claims, or null when the file is not an input (PDF, lock file, hidden file...). */
	static Kind claimedKind(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.startsWith(".") || name.startsWith("~$") || name.startsWith("~")) {
			return null;
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			return Kind.XLSX;
		}
		if (name.endsWith(".xls")) {
			return Kind.XLS;
		}
		if (name.endsWith(".csv") || name.endsWith(".tsv")) {
			return Kind.CSV;
		}
		return null;
	}

	/** Why a file is not read at all (it is listed as skipped), or null when it is an input. */
	static String skipReason(Path path) {
		String name = path.getFileName().toString();
		if (name.startsWith("~$")) {
			return "Office lock file (the workbook is open on someone's computer)";
		}
		if (name.startsWith(".")) {
			return "hidden file";
		}
		if (claimedKind(name) == null) {
			return "not a spreadsheet (.xlsx, .xls or .csv)";
		}
		return null;
	}

	static WorkbookSource open(Path path, String csvCharset, List<String> warnings) throws IOException {
		String name = path.getFileName().toString();
		Kind claimed = claimedKind(name);
		if (Files.isDirectory(path)) {
			throw new UnreadableFileException("NOT_A_FILE", "it is a folder, not a file");
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(path)) {
			head = in.readNBytes(512);
		}
		catch (NoSuchFileException e) {
			throw new UnreadableFileException("VANISHED", "the file disappeared before it could be read", e);
		}
		if (head.length == 0) {
			throw new UnreadableFileException("EMPTY", "the file is empty (0 bytes)");
		}
		Kind actual = sniff(head);
		if (actual == Kind.XLS && isEncryptedOoxml(path)) {
			throw new UnreadableFileException("ENCRYPTED",
					"the workbook is password-protected (encrypted); save an unprotected copy");
		}
		if (claimed != Kind.CSV && actual == Kind.CSV) {
			String what = looksLikeHtml(head) ? "an HTML page" : "text (it looks like CSV)";
			throw new UnreadableFileException("NOT_A_SPREADSHEET", "named ." + extension(name) + " but it is " + what
					+ "; open it in Excel and save it as .xlsx, or name a CSV file .csv");
		}
		if (actual != claimed) {
			warnings.add("named ." + extension(name) + " but it is " + describe(actual) + "; read as such");
		}
		return switch (actual) {
			case XLSX -> new XlsxSource(path.toFile());
			case XLS -> new XlsSource(path.toFile());
			case CSV -> new CsvSource(path, csvCharset);
		};
	}

	private static Kind sniff(byte[] head) {
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Kind.XLSX;
		}
		if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return Kind.XLS;
		}
		return Kind.CSV;
	}

	private static boolean isEncryptedOoxml(Path path) {
		try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
			return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean looksLikeHtml(byte[] head) {
		String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
		return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<table") || s.contains("<html");
	}

	private static String describe(Kind kind) {
		return switch (kind) {
			case XLSX -> "an .xlsx workbook";
			case XLS -> "an Excel 97-2003 (.xls) workbook";
			case CSV -> "a text file";
		};
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

}
