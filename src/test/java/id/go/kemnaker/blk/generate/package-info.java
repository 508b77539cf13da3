/**
 * Writing large input sets for the benchmark and the tests: the seeded national data set and a streaming
 * one-sheet {@code .xlsx} writer.
 */
package id.go.kemnaker.blk.generate;
