package id.go.kemnaker.blk.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.launch.FailureLine;
import id.go.kemnaker.blk.job.JobParams;
import id.go.kemnaker.blk.launch.RunControl;

/**
 * The runs as the job repository (Spring Batch 6's {@link JobRepository}, which now also answers the questions
 * the retired JobExplorer did) records them: one line per execution, newest first, and the details of one:
 * its steps with their counts, the progress of a run that is working, the ledger and rejects, and the error
 * of a failed run in one readable line.
 */
@Component
@ConditionalOnWebApplication
class RunHistory {

	static final String RUN_JOB = "blkJob";
	static final String VALIDATE_JOB = "validateJob";

	/** The steps of the main job in order (the validate job: the ingest steps, then its quality report). */
	static final List<String> RUN_STEPS = List.of("prepareRun", "ingest-labour-force", "mergeLabourForce", "ingest-blk",
			"resolveBlkDuplicates", "ingest-training", "resolveTrainingDuplicates", "ingest-demand",
			"resolveDemandDuplicates", "closeLedger", "computeIndicators", "writeReports");
	static final List<String> VALIDATE_STEPS = List.of("prepareRun", "ingest-labour-force", "mergeLabourForce",
			"ingest-blk", "resolveBlkDuplicates", "ingest-training", "resolveTrainingDuplicates", "ingest-demand",
			"resolveDemandDuplicates", "closeLedger", "writeQualityReport");

	private final JobRepository repository;
	private final RunControl control;
	private final PipelineTables tables;

	RunHistory(JobRepository repository, RunControl control, PipelineTables tables) {
		this.repository = repository;
		this.control = control;
		this.tables = tables;
	}

	/** One execution of a run, as the runs page lists it. */
	record RunLine(long id, long run, String job, BatchStatus status, boolean orphaned, String period,
			LocalDateTime start, LocalDateTime end, Duration duration, Long rowsRead, Long accepted, Long rejected,
			boolean counted, String launchedBy, String lang, boolean force) {

		public boolean running() {
			return status.isRunning() && !orphaned;
		}
	}

	/** One step of an execution. Read, write and skip counts are Spring Batch's items: blocks of up to 250 rows. */
	record StepLine(String name, BatchStatus status, LocalDateTime start, LocalDateTime end, Duration duration,
			long read, long written, long skipped, long commits, long rollbacks, Long rows) {
	}

	/** How far a working run is: its current step, rows read so far and how fast. */
	record Progress(String step, int stepNumber, int steps, Long rows, Long rowsPerSecond, Duration elapsed) {
	}

	/** Everything the run page shows. */
	record RunDetail(RunLine line, List<StepLine> steps, Progress progress, String error, String failedStep,
			boolean stoppedByRequest, List<PipelineTables.FileLedger> ledger, List<PipelineTables.ReasonGroup> rejects,
			boolean ledgerKept, boolean restartable, boolean last) {
	}

	List<RunLine> lines(int limit) {
		List<RunLine> out = new ArrayList<>();
		for (String job : List.of(RUN_JOB, VALIDATE_JOB)) {
			for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
				for (JobExecution e : repository.getJobExecutions(instance)) {
					out.add(line(e));
				}
			}
		}
		out.sort(Comparator.comparingLong(RunLine::id).reversed());
		return out.subList(0, Math.min(limit, out.size()));
	}

	boolean anyRunning(List<RunLine> lines) {
		return lines.stream().anyMatch(RunLine::running);
	}

	/** The details of one execution, or null when there is none with this id. */
	RunDetail detail(long executionId) {
		JobExecution e;
		try {
			e = repository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException none) {
			return null;
		}
		if (e == null) {
			return null;
		}
		RunLine line = line(e);
		List<String> order = RUN_JOB.equals(e.getJobInstance().getJobName()) ? RUN_STEPS : VALIDATE_STEPS;
		List<StepExecution> executed = new ArrayList<>(e.getStepExecutions());
		executed.sort(Comparator.comparing((StepExecution s) -> s.getStartTime() == null ? LocalDateTime.MAX : s.getStartTime())
			.thenComparingLong(StepExecution::getId));
		List<StepLine> steps = new ArrayList<>();
		for (StepExecution s : executed) {
			steps.add(new StepLine(s.getStepName(), s.getStatus(), s.getStartTime(), s.getEndTime(),
					duration(s.getStartTime(), s.getEndTime(), s.getStatus().isRunning()), s.getReadCount(), s.getWriteCount(),
					s.getReadSkipCount() + s.getProcessSkipCount() + s.getWriteSkipCount(), s.getCommitCount(),
					s.getRollbackCount(), rows(s)));
		}
		Progress progress = line.running() ? progress(e, executed, order) : null;
		String failedStep = null;
		String error = null;
		boolean stopped = false;
		for (StepExecution s : executed) {
			if (s.getStatus() == BatchStatus.FAILED && error == null) {
				failedStep = s.getStepName();
				error = oneLine(s.getExitStatus().getExitDescription());
			}
			if (s.getStatus() == BatchStatus.STOPPED) {
				stopped = true;
				failedStep = failedStep == null ? s.getStepName() : failedStep;
			}
		}
		if (error == null && e.getStatus() == BatchStatus.FAILED) {
			error = oneLine(e.getExitStatus().getExitDescription());
		}
		long run = e.getJobInstance().getInstanceId();
		boolean kept = !line.running() && tables.kept(run);
		JobExecution lastOfRun = repository.getLastJobExecution(e.getJobInstance());
		boolean last = lastOfRun == null || lastOfRun.getId() == executionId;
		boolean restartable = RUN_JOB.equals(e.getJobInstance().getJobName()) && last
				&& (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
		return new RunDetail(line, steps, progress, error, failedStep, stopped, kept ? tables.ledger(run) : List.of(),
				kept ? tables.rejectsByReason(run) : List.of(), kept, restartable, last);
	}

	private RunLine line(JobExecution e) {
		ExecutionContext ctx = e.getExecutionContext();
		String period = ctx.containsKey("report.period") ? ctx.getString("report.period")
				: e.getJobParameters().getString(JobParams.PERIOD);
		boolean counted = ctx.containsKey("ledger.read");
		Long read = counted ? number(ctx, "ledger.read") : rowsSoFar(e);
		RunControl.Running here = control.runningHere();
		// a run marked as working that no process works on: killed (the next launch recovers and continues it)
		boolean orphaned = e.getStatus().isRunning() && control.embeddedDatabase()
				&& (here == null || here.executionId() != e.getId());
		String by = e.getJobParameters().getString(JobParams.LAUNCHED_BY);
		String lang = e.getJobParameters().getString(JobParams.LANG);
		Long rerun = e.getJobParameters().getLong(JobParams.RERUN);
		return new RunLine(e.getId(), e.getJobInstance().getInstanceId(),
				RUN_JOB.equals(e.getJobInstance().getJobName()) ? "run" : "validate", e.getStatus(), orphaned,
				JobParams.LATEST.equals(period) ? null : period, e.getStartTime(), e.getEndTime(),
				duration(e.getStartTime(), e.getEndTime(), e.getStatus().isRunning() && !orphaned), read,
				counted ? number(ctx, "ledger.accepted") : null, counted ? number(ctx, "ledger.rejected") : null, counted,
				by, lang, rerun != null && rerun > 0);
	}

	private Progress progress(JobExecution e, List<StepExecution> executed, List<String> order) {
		StepExecution current = null;
		for (StepExecution s : executed) {
			if (s.getStatus().isRunning()) {
				current = s;
			}
		}
		Long rows = rowsSoFar(e);
		if (current == null) {
			return new Progress(null, executed.size(), order.size(), rows, null, duration(e.getStartTime(), null, true));
		}
		Long stepRows = rows(current);
		Duration elapsed = duration(current.getStartTime(), null, true);
		Long rate = stepRows == null || stepRows == 0 || elapsed == null || elapsed.toMillis() < 500 ? null
				: Math.round(stepRows * 1000.0 / elapsed.toMillis());
		int number = order.indexOf(current.getStepName()) + 1;
		return new Progress(current.getStepName(), number <= 0 ? executed.size() : number, order.size(), rows, rate,
				duration(e.getStartTime(), null, true));
	}

	/** Rows read so far by the ingest steps (saved with every chunk), or null before the first. */
	private static Long rowsSoFar(JobExecution e) {
		Long total = null;
		for (StepExecution s : e.getStepExecutions()) {
			Long r = rows(s);
			if (r != null) {
				total = (total == null ? 0 : total) + r;
			}
		}
		return total;
	}

	/** The rows an ingest step has read, from its reader's position ({@code reader.<dataset>.rows}). */
	private static Long rows(StepExecution s) {
		if (!s.getStepName().startsWith("ingest-")) {
			return null;
		}
		String key = "reader." + s.getStepName().substring("ingest-".length()) + ".rows";
		ExecutionContext ctx = s.getExecutionContext();
		return ctx.containsKey(key) ? number(ctx, key) : null;
	}

	private static Long number(ExecutionContext ctx, String key) {
		Object v = ctx.get(key);
		return v instanceof Number n ? n.longValue() : null;
	}

	private static Duration duration(LocalDateTime start, LocalDateTime end, boolean running) {
		if (start == null) {
			return null;
		}
		if (end == null) {
			return running ? Duration.between(start, LocalDateTime.now()) : null;
		}
		return Duration.between(start, end);
	}

	/** A failed step's or run's exit description as one readable line (see {@link FailureLine}). */
	static String oneLine(String exitDescription) {
		return FailureLine.of(exitDescription);
	}
}
