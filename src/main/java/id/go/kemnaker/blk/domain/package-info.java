/**
 * The records the pipeline passes along (provinces, periods, labour-force, BLK, participant and demand
 * rows), plain Java with no framework types.
 */
package id.go.kemnaker.blk.domain;
