package id.go.kemnaker.blk.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import id.go.kemnaker.blk.staging.StagingStore;
import id.go.kemnaker.blk.report.QualityData;

/** The one-screen summary printed at the end of every run. */
final class RunSummary {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunSummary.class);

	private RunSummary() {
	}

	static void print(PrintStream out, String command, JobExecution execution, StagingStore store, Duration took,
			List<Path> reports) {
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		out.println();
		out.printf(Locale.ROOT, "blk-pipeline %s: %s in %s (run %d, execution %d)%n", command,
				ok ? "COMPLETED" : execution.getStatus().toString(), seconds(took),
				execution.getJobInstance().getInstanceId(), execution.getId());
		Object period = execution.getExecutionContext().get("report.period");
		if (period != null) {
			out.printf("Period: %s (training window %s to %s)%n", period, execution.getExecutionContext().get("report.window.start"),
					execution.getExecutionContext().get("report.window.end"));
		}
		long id = execution.getJobInstance().getInstanceId();
		StagingStore.Run run = store.run(id);
		boolean counted = execution.getExecutionContext().containsKey("ledger.read");
		if (!counted && run != null) {
			out.printf("Input:  %s (rows not counted: the run stopped before the ledger was closed)%n", run.inputDir());
		}
		if (counted && run != null) {
			List<QualityData.FileRow> files = store.ledger(id);
			long read = files.stream().filter(f -> "READ".equals(f.status())).count();
			long failed = files.stream().filter(f -> "FAILED".equals(f.status())).count();
			long skipped = files.stream().filter(f -> "SKIPPED".equals(f.status()) || "NO_DATA".equals(f.status())).count();
			out.printf("Input:  %s (%d files: %d read, %d failed, %d skipped or without data)%n", run.inputDir(),
					files.size(), read, failed, skipped);
			long rows = files.stream().mapToLong(QualityData.FileRow::rowsRead).sum();
			long acc = files.stream().mapToLong(QualityData.FileRow::accepted).sum();
			long rej = files.stream().mapToLong(QualityData.FileRow::rejected).sum();
			long tot = files.stream().mapToLong(QualityData.FileRow::totals).sum();
			long blank = files.stream().mapToLong(QualityData.FileRow::blank).sum();
			out.printf(Locale.ROOT, "Rows:   %,d read: %,d accepted, %,d rejected, %,d total rows, %,d blank%n", rows, acc, rej,
					tot, blank);
			List<QualityData.ReasonRow> reasons = store.rejectsByReason(id);
			if (!reasons.isEmpty()) {
				StringBuilder sb = new StringBuilder("Rejected by reason: ");
				for (int i = 0; i < reasons.size(); i++) {
					sb.append(i == 0 ? "" : ", ").append(reasons.get(i).reason()).append(' ').append(reasons.get(i).count());
				}
				out.println(sb);
			}
			for (QualityData.FileRow f : files) {
				if ("FAILED".equals(f.status())) {
					out.printf("Failed: %s: %s%n", f.name(), f.message() == null ? "" : f.message().english());
				}
			}
		}
		Object indicators = execution.getExecutionContext().get("report.indicators");
		if (indicators != null) {
			out.printf("Indicators: %s values; national %s%n", indicators, execution.getExecutionContext().get("report.headline"));
			out.printf("Recommended for a new BLK: %s%n", execution.getExecutionContext().get("report.top"));
		}
		if (!reports.isEmpty()) {
			out.println("Reports:");
			int shown = 0;
			for (Path p : reports) {
				if (shown++ < 6) {
					out.println("  " + p);
				}
			}
			if (reports.size() > 6) {
				out.printf("  ... and %d more%n", reports.size() - 6);
			}
		}
		if (!ok) {
			for (StepExecution s : execution.getStepExecutions()) {
				if (s.getStatus() == BatchStatus.STOPPED) {
					out.printf("Stopped in step %s at a chunk boundary.%n", s.getStepName());
					continue;
				}
				for (Throwable t : s.getFailureExceptions()) {
					out.printf("Failed in step %s: %s%n", s.getStepName(), Main.firstLine(rootMessage(t)));
					if (!expected(t)) {
						log.error("unexpected failure in step " + s.getStepName(), t);
					}
				}
				if (s.getFailureExceptions().isEmpty() && s.getStatus().isUnsuccessful()) {
					out.printf("Failed in step %s: %s%n", s.getStepName(), FailureLine.of(s.getExitStatus().getExitDescription()));
				}
			}
			out.println("The next 'run' on the same inputs continues where this one stopped.");
		}
	}

	static void upToDate(PrintStream out, JobExecution last, Duration took) {
		out.println();
		out.printf(Locale.ROOT, "blk-pipeline run: reports are up to date (inputs and settings unchanged since run %d,"
				+ " completed %s); nothing to do. Use --force to run again. (%s)%n", last.getJobInstance().getInstanceId(),
				last.getEndTime() == null ? "?" : last.getEndTime().withNano(0).toString().replace('T', ' '), seconds(took));
	}

	/**
	 * A failure the user can act on from its message (no input, a ledger that does not balance, a disk
	 * full, a database gone); anything else is a defect and its stack trace goes to the log.
	 */
	static boolean expected(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof IllegalStateException || c instanceof IllegalArgumentException
					|| c instanceof java.io.IOException || c instanceof java.io.UncheckedIOException
					|| c instanceof java.sql.SQLException || c instanceof org.springframework.dao.DataAccessException) {
				return true;
			}
			if (c.getCause() == c) {
				break;
			}
		}
		return false;
	}

	/** The first message in the chain that is not a wrapper ("Unable to process chunk", an ExecutionException). */
	private static String rootMessage(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (!c.getClass().getName().startsWith("org.springframework.batch")
					&& !(c instanceof java.util.concurrent.ExecutionException) && c.getMessage() != null) {
				return c.getMessage();
			}
			if (c.getCause() == c) {
				break;
			}
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	private static String seconds(Duration d) {
		return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}
}
