package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;

import id.go.kemnaker.blk.domain.Message;

/** Turns what POI and the XML parser throw into a reason a ministry user can act on. */
final class XlsxFailures {

	private XlsxFailures() {
	}

	static UnreadableFileException translate(Throwable e) {
		if (e instanceof UnreadableFileException u) {
			return u;
		}
		if (e instanceof CompactStrings.TemporaryFileException t) {
			IOException cause = t.getCause();
			Object why = cause instanceof NoSuchFileException ? Message.of("msg.file.temporary.no-folder")
					: cause instanceof AccessDeniedException ? Message.of("msg.file.temporary.denied")
					: cause instanceof FileSystemException f && f.getReason() != null ? f.getReason()
					: firstLine(cause);
			return new UnreadableFileException("TEMPORARY_FILE", Message.of("msg.file.temporary",
					System.getProperty("java.io.tmpdir"), why), e);
		}
		String all = chainText(e);
		if (all.contains("zip bomb")) {
			return new UnreadableFileException("ZIP_BOMB", Message.of("msg.file.zip-bomb"), e);
		}
		if (e instanceof EncryptedDocumentException || all.contains("encrypt") || all.contains("password")) {
			return new UnreadableFileException("ENCRYPTED",
					Message.of("msg.file.encrypted"), e);
		}
		if (e instanceof OLE2NotOfficeXmlFileException) {
			return new UnreadableFileException("WRONG_FORMAT",
					Message.of("msg.file.xls-named-xlsx"), e);
		}
		if (e instanceof ODFNotOfficeXmlFileException) {
			return new UnreadableFileException("WRONG_FORMAT",
					Message.of("msg.file.ods"), e);
		}
		if (e instanceof NotOfficeXmlFileException) {
			return new UnreadableFileException("CORRUPT",
					Message.of("msg.file.xlsx-invalid"), e);
		}
		if (all.contains("truncated") || all.contains("unexpected end") || all.contains("eof")
				|| all.contains("premature end")) {
			return new UnreadableFileException("CORRUPT", Message.of("msg.file.truncated", firstLine(e)), e);
		}
		if (e instanceof IOException || e.getClass().getName().contains("XMLStream")) {
			return new UnreadableFileException("CORRUPT", Message.of("msg.file.damaged", firstLine(e)), e);
		}
		return new UnreadableFileException("CORRUPT", Message.of("msg.file.unreadable", firstLine(e)), e);
	}

	private static String chainText(Throwable e) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			sb.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append(' ');
			if (t.getCause() == t) {
				break;
			}
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	static String firstLine(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
			root = root.getCause();
		}
		String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		int nl = m.indexOf('\n');
		m = nl > 0 ? m.substring(0, nl) : m;
		return m.length() > 300 ? m.substring(0, 300) + "..." : m;
	}
}
