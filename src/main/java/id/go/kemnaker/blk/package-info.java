/**
 * blk-pipeline: reads provincial labour-force, BLK and training spreadsheets, computes BLK demand and
 * placement indicators, and writes the ministry's Excel reports; the Spring Boot application starts here.
 */
package id.go.kemnaker.blk;
