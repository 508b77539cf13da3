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

import id.go.kemnaker.blk.domain.Message;

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

	/**
	 * Why a file is not read at all (it is listed as skipped): the {@code msg.*} key of the reason, or null
	 * when it is an input.
	 */
	static String skipReason(Path path) {
		String name = path.getFileName().toString();
		if (name.startsWith("~$")) {
			return "msg.skip.lock-file";
		}
		if (name.startsWith(".")) {
			return "msg.skip.hidden";
		}
		if (claimedKind(name) == null) {
			return "msg.skip.not-a-spreadsheet";
		}
		return null;
	}

	static WorkbookSource open(Path path, String csvCharset, List<Message> warnings) throws IOException {
		String name = path.getFileName().toString();
		Kind claimed = claimedKind(name);
		if (Files.isDirectory(path)) {
			throw new UnreadableFileException("NOT_A_FILE", Message.of("msg.file.folder"));
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(path)) {
			head = in.readNBytes(512);
		}
		catch (NoSuchFileException e) {
			throw new UnreadableFileException("VANISHED", Message.of("msg.file.vanished"), e);
		}
		if (head.length == 0) {
			throw new UnreadableFileException("EMPTY", Message.of("msg.file.empty-bytes"));
		}
		Kind actual = sniff(head);
		if (actual == Kind.XLS && isEncryptedOoxml(path)) {
			throw new UnreadableFileException("ENCRYPTED",
					Message.of("msg.file.encrypted"));
		}
		if (claimed != Kind.CSV && actual == Kind.CSV) {
			throw new UnreadableFileException("NOT_A_SPREADSHEET", Message.of(looksLikeHtml(head)
					? "msg.file.html-not-spreadsheet" : "msg.file.text-not-spreadsheet", extension(name)));
		}
		if (actual != claimed) {
			warnings.add(Message.of("msg.file.misnamed", extension(name), Message.of(describe(actual))));
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
			case XLSX -> "msg.file.kind.xlsx";
			case XLS -> "msg.file.kind.xls";
			case CSV -> "msg.file.kind.csv";
		};
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

}
