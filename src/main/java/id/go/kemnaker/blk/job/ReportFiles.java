package id.go.kemnaker.blk.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.report.AtomicFiles;
import id.go.kemnaker.blk.report.NationalWorkbook;
import id.go.kemnaker.blk.report.ProvinceWorkbook;
import id.go.kemnaker.blk.report.RejectsCsv;

/** The files of a report period: the national workbook first (the largest), the rejects file, the provinces. */
final class ReportFiles {

	private ReportFiles() {
	}

	static List<ReportFile> of(Path output, String period, ProvinceCatalog provinces) {
		List<ReportFile> files = new ArrayList<>();
		files.add(file(ReportFile.Kind.NATIONAL, null, NationalWorkbook.path(output, period)));
		files.add(file(ReportFile.Kind.REJECTS, null, RejectsCsv.path(output, period)));
		for (Province p : provinces.all()) {
			files.add(file(ReportFile.Kind.PROVINCE, p, ProvinceWorkbook.path(output, period, p)));
		}
		return files;
	}

	private static ReportFile file(ReportFile.Kind kind, Province province, Path target) {
		return new ReportFile(kind, province, target, AtomicFiles.pending(target));
	}
}
