/**
 * What the tests share: input files built in one place, the command line run in this JVM or a child JVM, and
 * written workbooks read back by header text.
 */
package id.go.kemnaker.blk.support;
