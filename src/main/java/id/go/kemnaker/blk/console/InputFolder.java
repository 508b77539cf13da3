package id.go.kemnaker.blk.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.ingest.FileIngestor;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.IngestContext;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.InputFile;
import id.go.kemnaker.blk.ingest.InputSet;
import id.go.kemnaker.blk.ingest.SourceFile;
import id.go.kemnaker.blk.job.PipelineProperties;
import id.go.kemnaker.blk.launch.RunControl;

/**
 * The input folder as the console shows and changes it: the files of each dataset with their size, time,
 * SHA-256 and what the last run made of them; the versions that uploads replaced; and uploads. An upload is
 * written under a hidden folder of {@code input/} ({@code .unggah/}), checked there the way {@code validate}
 * checks a file (against the BLK inventory of the current input set for training files), and only a file
 * that can be read joins {@code input/<dataset>/}; a file it replaces moves to
 * {@code input/.arsip/<timestamp>/<dataset>/}. Runs read only the dataset folders, so neither hidden folder
 * is ever read by a run. Names are reduced to a plain file name; nothing is written outside {@code input/}.
 */
@Component
@ConditionalOnWebApplication
class InputFolder {

	private static final Logger log = LoggerFactory.getLogger(InputFolder.class);

	static final String INCOMING = ".unggah";
	static final String ARCHIVE = ".arsip";
	static final int MAX_REJECTS_SHOWN = 200;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
	private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".csv", ".tsv");

	private final PipelineProperties props;
	private final ProvinceCatalog provinces;
	private final RunControl control;

	InputFolder(PipelineProperties props, ProvinceCatalog provinces, RunControl control) {
		this.props = props;
		this.provinces = provinces;
		this.control = control;
	}

	/** A file of a dataset folder. */
	record InputRow(Dataset dataset, String name, String path, long size, Instant modified, String sha256,
			String skipReason) {
	}

	/** A version an upload replaced. */
	record Archived(String stamp, Dataset dataset, String name, long size) {
	}

	enum Outcome {
		/** Read, and now in the dataset folder (rows may have been rejected: they are listed). */
		LANDED,
		/** The same bytes as the file already there: nothing changed. */
		UNCHANGED,
		/** Not a readable spreadsheet of this dataset: nothing landed. */
		REFUSED
	}

	/** A rejected row of an uploaded file. */
	record RejectedRow(String sheet, int row, String column, String value, String reason, Message message) {
	}

	/** What became of an upload. */
	record UploadResult(Outcome outcome, Dataset dataset, String name, long size, String sha256, String failure,
			Message reason, long rowsRead, long accepted, long rejected, long totals, long blank, List<Message> sheetsRead,
			List<Message> sheetsSkipped, List<RejectedRow> rejects, String archivedAs) {
	}

	Path root() {
		return props.input().toAbsolutePath().normalize();
	}

	/** The dataset of a folder name, or null for anything else. */
	static Dataset dataset(String folder) {
		for (Dataset d : Dataset.values()) {
			if (d.folder().equals(folder)) {
				return d;
			}
		}
		return null;
	}

	/** The files of every dataset folder, as a run would list them. */
	List<InputRow> files() {
		if (!Files.isDirectory(root())) {
			return List.of();
		}
		List<InputRow> out = new ArrayList<>();
		for (InputFile f : InputSet.scan(root()).files()) {
			String inFolder = f.name().startsWith(f.dataset().folder() + "/")
					? f.name().substring(f.dataset().folder().length() + 1) : f.name();
			out.add(new InputRow(f.dataset(), inFolder, f.name(), f.size(), f.modified(), f.sha256(), f.skipReason()));
		}
		return out;
	}

	/** The versions replaced by uploads, newest first. */
	List<Archived> archived() {
		Path archive = root().resolve(ARCHIVE);
		List<Archived> out = new ArrayList<>();
		if (!Files.isDirectory(archive)) {
			return out;
		}
		try (DirectoryStream<Path> stamps = Files.newDirectoryStream(archive)) {
			for (Path stamp : stamps) {
				for (Dataset d : Dataset.values()) {
					Path folder = stamp.resolve(d.folder());
					if (!Files.isDirectory(folder)) {
						continue;
					}
					try (Stream<Path> files = Files.list(folder)) {
						for (Path f : files.filter(Files::isRegularFile).toList()) {
							out.add(new Archived(stamp.getFileName().toString(), d, f.getFileName().toString(), Files.size(f)));
						}
					}
				}
			}
		}
		catch (IOException e) {
			log.warn("cannot list {}: {}", archive, e.getMessage());
		}
		out.sort(Comparator.comparing(Archived::stamp).reversed().thenComparing(Archived::name));
		return out;
	}

	/**
	 * A plain file name from what a browser or script sent: the last part of any path (slashes and
	 * backslashes), without control characters, characters that Windows refuses, or leading dots (no hidden
	 * files); null when nothing usable is left.
	 */
	static String sanitize(String original) {
		if (original == null) {
			return null;
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(cut + 1);
		StringBuilder sb = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
				sb.append('_');
			}
			else {
				sb.appendCodePoint(c);
			}
		});
		name = sb.toString().strip();
		while (name.startsWith(".") || name.startsWith("~")) {
			name = name.substring(1).strip();
		}
		while (name.endsWith(".") || name.endsWith(" ")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.length() > 150) {
			String ext = extension(name);
			name = name.substring(0, 150 - ext.length()) + ext;
		}
		return name.isEmpty() || name.equals("..") ? null : name;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot);
	}

	/**
	 * Checks an uploaded file and puts it in place when it can be read; never lands a file that fails as a
	 * whole. The content is read once, here; the size limit is the web server's ({@code blk.console.max-upload}).
	 */
	UploadResult upload(Dataset dataset, String originalName, InputStream content, String user) {
		String name = sanitize(originalName);
		if (name == null) {
			return refused(dataset, originalName == null ? "" : originalName, 0, null, "NO_NAME",
					Message.of("msg.upload.no-name"));
		}
		if (EXTENSIONS.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
			return refused(dataset, name, 0, null, "NOT_A_SPREADSHEET",
					Message.of("msg.upload.extension", name));
		}
		Path root = root();
		Path incomingDir = root.resolve(INCOMING).resolve(UUID.randomUUID().toString());
		Path incoming = incomingDir.resolve(name).normalize();
		if (!incoming.startsWith(incomingDir)) {
			return refused(dataset, name, 0, null, "NO_NAME", Message.of("msg.upload.no-name"));
		}
		try {
			Files.createDirectories(incomingDir);
			String sha;
			long size;
			MessageDigest md = sha256();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), md)) {
				size = content.transferTo(out);
			}
			sha = HexFormat.of().formatHex(md.digest());
			Check check = check(dataset, incoming, name);
			FileLedger l = check.ledger();
			if (l.status() == FileLedger.Status.FAILED) {
				return refused(dataset, name, size, sha, l.failure(), l.message());
			}
			if (l.status() != FileLedger.Status.READ) {
				UploadResult r = refused(dataset, name, size, sha, "NO_DATA", l.message());
				return new UploadResult(r.outcome(), dataset, name, size, sha, r.failure(), r.reason(), 0, 0, 0, 0, 0,
						l.sheetsRead(), l.sheetsSkipped(), List.of(), null);
			}
			Path target = root.resolve(dataset.folder()).resolve(name).normalize();
			if (!target.startsWith(root.resolve(dataset.folder()))) {
				return refused(dataset, name, size, sha, "NO_NAME", Message.of("msg.upload.no-name"));
			}
			String archivedAs = control.withRunLock("console: upload of " + dataset.folder() + "/" + name + " by " + user,
					() -> land(incoming, target, dataset, name, sha));
			Outcome outcome = "".equals(archivedAs) ? Outcome.UNCHANGED : Outcome.LANDED;
			return new UploadResult(outcome, dataset, name, size, sha, null, null, l.rowsRead(), l.accepted(), l.rejected(),
					l.totals(), l.blank(), l.sheetsRead(), l.sheetsSkipped(), check.rejects(),
					"".equals(archivedAs) ? null : archivedAs);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the upload under " + root.resolve(INCOMING) + ": " + e.getMessage(), e);
		}
		finally {
			delete(incomingDir);
		}
	}

	/**
	 * Moves the checked file into its dataset folder; a file of the same name (other bytes) moves to the archive
	 * first. Returns the archived path under {@code input/}, null when nothing was replaced, "" when the same bytes
	 * were there already.
	 */
	private String land(Path incoming, Path target, Dataset dataset, String name, String sha) {
		try {
			Files.createDirectories(target.getParent());
			String archived = null;
			if (Files.exists(target)) {
				if (sha.equals(sha256Of(target))) {
					return "";
				}
				String stamp = LocalDateTime.now().format(STAMP);
				Path dir = root().resolve(ARCHIVE).resolve(stamp).resolve(dataset.folder());
				Files.createDirectories(dir);
				Path old = dir.resolve(name);
				for (int i = 2; Files.exists(old); i++) {
					old = dir.resolve(i + "-" + name);
				}
				Files.move(target, old);
				archived = root().relativize(old).toString().replace('\\', '/');
			}
			Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
			log.info("upload: {} landed in {}{}", name, target.getParent(), archived == null ? "" : " (old version: " + archived + ")");
			return archived;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot put " + name + " into " + target.getParent() + ": " + e.getMessage(), e);
		}
	}

	private record Check(FileLedger ledger, List<RejectedRow> rejects) {
	}

	/** Reads the file as a run's ingest step would and keeps its ledger and the first rejected rows. */
	private Check check(Dataset dataset, Path file, String name) {
		Map<String, String> blk = dataset == Dataset.TRAINING ? blkInventory() : Map.of();
		IngestContext context = new IngestContext(provinces, blk, props.csvCharset(), "upload-check");
		List<RejectedRow> rejects = new ArrayList<>();
		FileLedger ledger = null;
		try (FileIngestor ingestor = new FileIngestor(new SourceFile(1, dataset, file, dataset.folder() + "/" + name),
				context)) {
			IngestEvent e;
			while ((e = ingestor.next()) != null) {
				if (e instanceof IngestEvent.Rejected r && rejects.size() < MAX_REJECTS_SHOWN) {
					rejects.add(new RejectedRow(r.location().sheet(), r.location().row(), r.column(), r.value(),
							r.reason().name(), r.message()));
				}
				else if (e instanceof IngestEvent.FileEnd end) {
					ledger = end.ledger();
				}
			}
		}
		if (ledger == null) {
			throw new IllegalStateException("the check of " + name + " ended without a ledger");
		}
		return new Check(ledger, rejects);
	}

	/** BLK code to province of the BLK inventory in the input folder now: training rows must name one of them. */
	private Map<String, String> blkInventory() {
		Map<String, String> out = new HashMap<>();
		IngestContext context = new IngestContext(provinces, Map.of(), props.csvCharset(), "upload-check");
		for (InputFile f : InputSet.scan(root()).files(Dataset.BLK)) {
			if (f.skipped()) {
				continue;
			}
			try (FileIngestor ingestor = new FileIngestor(f.source(), context)) {
				IngestEvent e;
				while ((e = ingestor.next()) != null) {
					if (e instanceof IngestEvent.Accepted a && a.record() instanceof BlkRecord b) {
						out.putIfAbsent(b.code(), b.provinceCode());
					}
				}
			}
		}
		return out;
	}

	private UploadResult refused(Dataset dataset, String name, long size, String sha, String failure, Message reason) {
		// the reader's words are for a run ("none of its rows are used"): here nothing was saved at all, and
		// where in the file it stopped matters little, so only why
		Message why = reason == null ? Message.literal("")
				: reason.key() != null && reason.key().startsWith("msg.file.failed") ? reason.arg(0) : reason;
		return new UploadResult(Outcome.REFUSED, dataset, name, size, sha, failure, why, 0, 0, 0, 0, 0, List.of(),
				List.of(), List.of(), null);
	}

	private static String sha256Of(Path p) throws IOException {
		MessageDigest md = sha256();
		try (InputStream in = Files.newInputStream(p)) {
			byte[] buf = new byte[1 << 16];
			int n;
			while ((n = in.read(buf)) > 0) {
				md.update(buf, 0, n);
			}
		}
		return HexFormat.of().formatHex(md.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
			Path parent = dir.getParent();
			try (Stream<Path> left = Files.list(parent)) {
				if (left.findAny().isEmpty()) {
					Files.deleteIfExists(parent);
				}
			}
		}
		catch (IOException e) {
			log.debug("cannot remove {}: {}", dir, e.getMessage());
		}
	}
}
