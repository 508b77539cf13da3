package id.go.kemnaker.blk.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeMap;

/** The metadata sheet: how the workbook was made, and every input file with its SHA-256. */
final class MetadataSheet {

	private MetadataSheet() {
	}

	static void write(ReportBook book, RunInfo run, QualityData quality) {
		Labels l = book.labels();
		ReportSheet s = book.sheet(l.get("sheet.metadata"));
		// the run's settings and the input files share columns: narrow ones, paths and hashes wrapped, so that a
		// printed page holds several of them
		s.maxWidth(30);
		s.title(l.get("metadata.title"));
		s.pair(l.get("meta.run.id"), run.runId(), Fmt.INT);
		s.pair(l.get("meta.job.execution.id"), run.jobExecutionId(), Fmt.INT);
		s.pair(l.get("meta.period"), run.period(), Fmt.TEXT);
		s.pair(l.get("meta.window.start"), run.windowStart(), Fmt.DATE);
		s.pair(l.get("meta.window.end"), run.windowEnd(), Fmt.DATE);
		s.pair(l.get("meta.input"), run.inputDir(), Fmt.TEXT);
		s.pair(l.get("meta.output"), run.outputDir(), Fmt.TEXT);
		s.pair(l.get("meta.version"), run.version(), Fmt.TEXT);
		s.pair(l.get("meta.generated"), run.generatedAt(), Fmt.DATETIME);
		new TreeMap<>(run.configuration()).forEach((k, v) -> s.pair(k, v, Fmt.TEXT));
		// the input files on a page of their own: below the settings their header fell to the foot of a page
		s.newPage();
		ReportTable t = s.table("Input_files", List.of(Col.integer(l.get("col.file.id")), Col.text(l.get("col.dataset")),
				Col.text(l.get("col.file")), Col.integer(l.get("col.size")), Col.of(l.get("col.modified"), Fmt.DATETIME),
				Col.text("SHA-256"), Col.text(l.get("col.status"))));
		for (QualityData.FileRow f : quality.files()) {
			t.row(f.fileId(), f.dataset(), f.name(), f.size(), time(f.modified()), f.sha256(), l.get("status." + f.status()));
		}
		t.end();
		// the file number on the page of the times, hashes and statuses too
		s.keyColumns(1);
		s.finish();
	}

	/** A file time (an ISO instant as staged) as a date cell in this machine's time zone, like the run's time. */
	static Object time(String instant) {
		if (instant == null || instant.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.ofInstant(Instant.parse(instant), ZoneId.systemDefault()).withNano(0);
		}
		catch (DateTimeParseException e) {
			return instant;
		}
	}
}
