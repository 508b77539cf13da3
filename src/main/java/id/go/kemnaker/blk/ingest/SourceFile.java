package id.go.kemnaker.blk.ingest;

import java.nio.file.Path;

import id.go.kemnaker.blk.domain.Dataset;

/**
 * A file of the input set, numbered within the run. {@code name} is its path relative to the input
 * folder ({@code training/peserta-2025.xlsx}), as shown in reports.
 */
public record SourceFile(int id, Dataset dataset, Path path, String name) {
}
