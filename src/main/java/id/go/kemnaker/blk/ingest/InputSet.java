package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import id.go.kemnaker.blk.domain.Dataset;

/**
 * The current data set: every file in the dataset folders of the input folder, in a fixed order
 * (dataset, then path), with size, time and SHA-256. The pipeline never moves, changes or deletes them.
 */
public record InputSet(Path root, List<InputFile> files, List<String> missingFolders) {

	public InputSet {
		files = List.copyOf(files);
		missingFolders = List.copyOf(missingFolders);
	}

	public static InputSet scan(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalArgumentException("input folder " + root + " does not exist or is not a folder");
		}
		if (!Files.isReadable(root)) {
			throw new IllegalArgumentException("input folder " + root + " is not readable");
		}
		List<InputFile> files = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Dataset dataset : Dataset.values()) {
			Path folder = root.resolve(dataset.folder());
			if (!Files.isDirectory(folder)) {
				missing.add(dataset.folder());
				continue;
			}
			for (Path p : list(folder)) {
				int id = files.size() + 1;
				String name = root.relativize(p).toString().replace('\\', '/');
				files.add(describe(id, dataset, p, name));
			}
		}
		return new InputSet(root, files, missing);
	}

	private static List<Path> list(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> !p.equals(folder))
				.filter(p -> !hiddenParent(folder, p))
				.filter(p -> Files.isRegularFile(p) || Files.isDirectory(p) && SpreadsheetFiles.claimedKind(
						p.getFileName().toString()) != null)
				.sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder, e);
		}
	}

	private static boolean hiddenParent(Path folder, Path p) {
		Path rel = folder.relativize(p);
		for (int i = 0; i < rel.getNameCount() - 1; i++) {
			String part = rel.getName(i).toString();
			if (part.startsWith(".") || SpreadsheetFiles.claimedKind(part) != null) {
				return true;
			}
		}
		return false;
	}

	private static InputFile describe(int id, Dataset dataset, Path p, String name) {
		String skip = SpreadsheetFiles.skipReason(p);
		if (Files.isDirectory(p)) {
			return new InputFile(id, dataset, p, name, 0, null, null, null);
		}
		try {
			long size = Files.size(p);
			Instant modified = Files.getLastModifiedTime(p).toInstant();
			return new InputFile(id, dataset, p, name, size, modified, sha256(p), skip);
		}
		catch (NoSuchFileException e) {
			return new InputFile(id, dataset, p, name, 0, null, null, null);
		}
		catch (AccessDeniedException e) {
			return new InputFile(id, dataset, p, name, 0, null, null, skip);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + p, e);
		}
	}

	static String sha256(Path p) throws IOException {
		MessageDigest md = newSha256();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(p)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				md.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(md.digest());
	}

	/** Names, sizes and SHA-256 of every file: equal for the same data set, different for any change. */
	public String fingerprint() {
		MessageDigest md = newSha256();
		for (InputFile f : files) {
			md.update((f.dataset() + "\t" + f.name() + "\t" + f.size() + "\t" + f.sha256() + "\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(md.digest());
	}

	public List<InputFile> files(Dataset dataset) {
		return files.stream().filter(f -> f.dataset() == dataset).toList();
	}

	static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
