/**
 * The indicator formulas, the BLK demand index and the allocation of new BLK, as plain Java computed from
 * head-counts, never from averaged rates.
 */
package id.go.kemnaker.blk.indicator;
