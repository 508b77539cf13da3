package id.go.kemnaker.blk.job;

import java.nio.file.Path;

import id.go.kemnaker.blk.domain.Province;

/**
 * One file of a run's reports: the national workbook ({@code province} null), a province's workbook, or
 * the rejects file; where it goes, and the hidden file it is first written to.
 */
record ReportFile(Kind kind, Province province, Path target, Path pending) {

	enum Kind {
		NATIONAL, PROVINCE, REJECTS
	}
}
