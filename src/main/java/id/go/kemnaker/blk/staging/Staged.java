package id.go.kemnaker.blk.staging;

import id.go.kemnaker.blk.ingest.Location;

/**
 * An accepted record on its way into its staging table, with where it was read. {@code bareProvinceCode}:
 * its province came from a code column that does not name its code system, and the code is in the Papua
 * region (such rows are rejected when the file turns out to use Home Affairs numbering).
 */
public record Staged<R>(Location location, R record, boolean bareProvinceCode) {
}
