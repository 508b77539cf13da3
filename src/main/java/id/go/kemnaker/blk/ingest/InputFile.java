package id.go.kemnaker.blk.ingest;

import java.nio.file.Path;
import java.time.Instant;

import id.go.kemnaker.blk.domain.Dataset;

/**
 * A file found in a dataset folder: its name relative to the input folder, size, modification time and
 * SHA-256. {@code skipReason} is set for files that are listed but not read (lock files, PDFs...).
 */
public record InputFile(int id, Dataset dataset, Path path, String name, long size, Instant modified, String sha256,
		String skipReason) {

	public boolean skipped() {
		return skipReason != null;
	}

	public SourceFile source() {
		return new SourceFile(id, dataset, path, name);
	}
}
