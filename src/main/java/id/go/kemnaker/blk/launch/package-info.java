/**
 * The command line: parsing the arguments, job identity, start, restart or skip, the run lock, the nightly
 * schedule and the run summary.
 */
package id.go.kemnaker.blk.launch;
