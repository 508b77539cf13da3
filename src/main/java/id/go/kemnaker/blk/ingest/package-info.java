/**
 * Reading spreadsheets (.xlsx as a stream, .xls, .csv) into checked records, rejects with their reasons and
 * a ledger per file, with no Spring Batch types.
 */
package id.go.kemnaker.blk.ingest;
