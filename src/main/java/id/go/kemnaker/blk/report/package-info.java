/**
 * The workbooks (national, per province, data quality) and the rejects file, written with POI's streaming
 * writer and moved into place together.
 */
package id.go.kemnaker.blk.report;
