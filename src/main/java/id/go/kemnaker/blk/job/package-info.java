/**
 * The Spring Batch wiring: one {@code *JobConfiguration} per job and the steps, readers, writers and
 * tasklets they are made of.
 */
package id.go.kemnaker.blk.job;
