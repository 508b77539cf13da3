package id.go.kemnaker.blk.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.ingest.InputSet;
import id.go.kemnaker.blk.job.PipelineProperties;
import id.go.kemnaker.blk.staging.StagingStore;
import id.go.kemnaker.blk.report.NationalWorkbook;
import id.go.kemnaker.blk.report.ProvinceWorkbook;
import id.go.kemnaker.blk.report.RejectsCsv;

/**
 * Starts, restarts or skips a job according to its identity (period, input and configuration
 * fingerprints): a completed identity is up to date, a failed or killed one is restarted where it
 * stopped, a new one starts. Prints the one-screen summary and returns the exit code.
 */
@Component
class PipelineLauncher {

	static final String RUN_JOB = "blkJob";
	static final String VALIDATE_JOB = "validateJob";

	private static final Logger log = LoggerFactory.getLogger(PipelineLauncher.class);

	private final JobOperator operator;
	private final JobRepository repository;
	private final Map<String, Job> jobs;
	private final PipelineProperties props;
	private final StagingStore store;
	private final ProvinceCatalog provinces;
	private final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();

	PipelineLauncher(JobOperator operator, JobRepository repository, Map<String, Job> jobs, PipelineProperties props,
			StagingStore store, ProvinceCatalog provinces) {
		this.operator = operator;
		this.repository = repository;
		this.jobs = jobs;
		this.props = props;
		this.store = store;
		this.provinces = provinces;
	}

	/** Whether this process is running a job right now. */
	boolean busy() {
		return busy.get();
	}

	/** {@code validate}: always a fresh read of the inputs. */
	int validate() {
		busy.set(true);
		try {
			return doValidate();
		}
		finally {
			busy.set(false);
		}
	}

	private int doValidate() {
		long started = System.nanoTime();
		Prepared p = prepare();
		if (p == null) {
			return ExitCodes.USAGE;
		}
		long rerun = nextRerun(VALIDATE_JOB, p.identity());
		JobExecution execution = start(VALIDATE_JOB, p.identity(), rerun);
		return finish("validate", execution, started);
	}

	/** {@code run}: up to date, restart, or a new run. */
	int run(boolean force) {
		busy.set(true);
		try {
			return doRun(force);
		}
		finally {
			busy.set(false);
		}
	}

	private int doRun(boolean force) {
		long started = System.nanoTime();
		Prepared p = prepare();
		if (p == null) {
			return ExitCodes.USAGE;
		}
		Last last = last(RUN_JOB, p.identity());
		JobExecution execution;
		if (last == null) {
			execution = start(RUN_JOB, p.identity(), 0);
		}
		else if (last.execution().getStatus() == BatchStatus.COMPLETED && !force) {
			String missing = missingReport(last.execution());
			if (missing == null) {
				RunSummary.upToDate(System.out, last.execution(), Duration.ofNanos(System.nanoTime() - started));
				return ExitCodes.OK;
			}
			log.info("inputs and settings unchanged since run {}, but {} is not there: running again",
					last.execution().getJobInstance().getInstanceId(), missing);
			execution = start(RUN_JOB, p.identity(), last.rerun() + 1);
		}
		else if (last.execution().getStatus() == BatchStatus.COMPLETED
				|| last.execution().getStatus() == BatchStatus.ABANDONED) {
			execution = start(RUN_JOB, p.identity(), last.rerun() + 1);
		}
		else {
			execution = resume(last, p.identity());
		}
		return finish("run", execution, started);
	}

	/**
	 * The first report of a completed run that is not in the output folder (deleted, or another
	 * {@code --output} than that run's), or null when all are there: its reports are up to date only then.
	 */
	private String missingReport(JobExecution completed) {
		ExecutionContext ctx = completed.getExecutionContext();
		if (!ctx.containsKey("report.period")) {
			return "its report period";
		}
		String period = ctx.getString("report.period");
		Path output = props.output();
		List<Path> reports = new java.util.ArrayList<>();
		reports.add(NationalWorkbook.path(output, period));
		reports.add(RejectsCsv.path(output, period));
		for (Province province : provinces.all()) {
			reports.add(ProvinceWorkbook.path(output, period, province));
		}
		for (Path report : reports) {
			if (!Files.isRegularFile(report)) {
				return report.toString();
			}
		}
		return null;
	}

	private record Prepared(InputSet inputs, JobIdentity identity) {
	}

	private Prepared prepare() {
		recoverDeadExecutions();
		IndicatorSettings settings = props.validate();
		InputSet inputs;
		try {
			inputs = InputSet.scan(props.input());
		}
		catch (IllegalArgumentException e) {
			System.err.println("blk-pipeline: bad setting blk.input: " + e.getMessage());
			return null;
		}
		return new Prepared(inputs, JobIdentity.of(inputs, props, settings));
	}

	/**
	 * This process holds the run lock, so an execution still marked STARTED belongs to a process that was
	 * killed: it is marked FAILED (Spring Batch's recover) so that it can be restarted.
	 */
	private void recoverDeadExecutions() {
		for (String name : List.of(RUN_JOB, VALIDATE_JOB)) {
			for (JobExecution e : repository.findRunningJobExecutions(name)) {
				log.warn("run {} (execution {}) was left {} by a process that is gone: recovering it",
						e.getJobInstance().getInstanceId(), e.getId(), e.getStatus());
				operator.recover(e);
			}
		}
	}

	private record Last(JobExecution execution, long rerun) {
	}

	/** The latest instance of this identity (the highest rerun) and its last execution. */
	private Last last(String jobName, JobIdentity identity) {
		Last last = null;
		for (long rerun = 0;; rerun++) {
			JobInstance instance = repository.getJobInstance(jobName, identity.parameters(rerun));
			if (instance == null) {
				return last;
			}
			JobExecution execution = repository.getLastJobExecution(instance);
			if (execution != null) {
				last = new Last(execution, rerun);
			}
		}
	}

	private long nextRerun(String jobName, JobIdentity identity) {
		Last last = last(jobName, identity);
		return last == null ? 0 : last.rerun() + 1;
	}

	/**
	 * Continues a failed, stopped or killed run, wherever it ran: its state is in the database. A run still
	 * marked STARTED while this process holds the run lock was killed: it is recovered first. If another
	 * run has started since and deleted its staged rows, it cannot continue where it stopped and is
	 * abandoned for a fresh one.
	 */
	private JobExecution resume(Last last, JobIdentity identity) {
		JobExecution execution = repository.getJobExecution(last.execution().getId());
		StagingStore.Run staged = store.run(execution.getJobInstance().getInstanceId());
		if (staged != null && !staged.staged()) {
			log.warn("run {} cannot resume: its staged data was replaced by a later run; starting again",
					execution.getJobInstance().getInstanceId());
			try {
				operator.abandon(execution);
			}
			catch (Exception e) {
				throw new IllegalStateException("cannot abandon execution " + execution.getId() + ": " + e.getMessage(), e);
			}
			return start(RUN_JOB, identity, last.rerun() + 1);
		}
		markUnknownFailed(execution);
		log.info("restarting run {} from where it stopped", execution.getJobInstance().getInstanceId());
		try {
			return operator.restart(execution);
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot restart execution " + execution.getId() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A run whose database went away while a chunk was committing ends UNKNOWN: Spring Batch could not tell
	 * whether the chunk committed, and will not restart it. Here it can be told: a chunk's rows and the
	 * reader's position commit in one transaction, which the database rolled back when the connection went.
	 * Such a run is marked FAILED and continues from its last committed chunk.
	 */
	private void markUnknownFailed(JobExecution execution) {
		boolean unknown = execution.getStatus() == BatchStatus.UNKNOWN;
		for (org.springframework.batch.core.step.StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.UNKNOWN) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
				repository.update(step);
				unknown = true;
			}
		}
		if (unknown) {
			log.warn("run {} ended UNKNOWN (the database went away while a chunk was committing): it continues from"
					+ " its last committed chunk", execution.getJobInstance().getInstanceId());
			execution.setStatus(BatchStatus.FAILED);
			execution.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
			repository.update(execution);
		}
	}

	private JobExecution start(String jobName, JobIdentity identity, long rerun) {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new IllegalStateException("no job " + jobName);
		}
		try {
			return operator.start(job, identity.parameters(rerun));
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot start " + jobName + ": " + e.getMessage(), e);
		}
	}

	private int finish(String command, JobExecution execution, long started) {
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		RunSummary.print(System.out, command, execution, store, took, reportPaths(execution));
		return ok ? ExitCodes.OK : ExitCodes.FAILED;
	}

	static List<Path> reportPaths(JobExecution execution) {
		return execution.getStepExecutions().stream()
			.flatMap(s -> s.getExecutionContext().entrySet().stream())
			.filter(e -> e.getKey().startsWith("report."))
			.map(e -> Path.of(e.getValue().toString()))
			.filter(Files::exists)
			.sorted()
			.toList();
	}
}
