/**
 * The web console for staff who do not use a terminal: pages and a JSON API to launch, watch, stop and
 * continue runs, download reports and upload input files, behind Spring Security users and roles.
 */
package id.go.kemnaker.blk.console;
