package id.go.kemnaker.blk.report;

/** A number with its own format, for a column whose rows hold figures of different units. */
record Formatted(Number value, Fmt fmt) {
}
