/**
 * The tables of a run and what reads and writes them (JDBC, HSQLDB and PostgreSQL alike): runs, input files
 * and ledger, staged rows of every dataset, duplicates, rejects, warnings and indicators; the schema is in
 * Flyway migrations ({@code db/migration}).
 */
package id.go.kemnaker.blk.staging;
