/**
 * The benchmark, a tool of the test sources: the job started as users start it, timed side by side against
 * the parse floor, its counts checked against the generator's (README, "Benchmark, data-set generator and
 * parse floor").
 */
package id.go.kemnaker.blk.bench;
