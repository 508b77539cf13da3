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
import id.go.kemnaker.blk.job.JobParams;
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

	/**
	 * What one launch asks for: the report period (empty for the latest round) and language, whether to run
	 * again when the reports are up to date, and who launched it ({@code cli:USER}, {@code schedule},
	 * {@code console:NAME}), kept as a job parameter that does not identify the run.
	 */
	record Options(String period, String lang, boolean force, String launchedBy) {
	}

	/** The options of the settings: what {@code run} and the schedule use. */
	Options defaults(boolean force, String launchedBy) {
		return new Options(props.period(), props.lang(), force, launchedBy);
	}

	/** Who runs a command-line command: {@code cli:} and the operating-system user. */
	static String commandLineUser() {
		return "cli:" + System.getProperty("user.name", "?");
	}

	/** Whether this process is running a job right now. */
	boolean busy() {
		return busy.get();
	}

	/** The console marks its background runs, so that a shutdown stops them first ({@link GracefulShutdown}). */
	void markBusy(boolean running) {
		busy.set(running);
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
		Prepared p = prepareOrPrint(defaults(false, commandLineUser()));
		if (p == null) {
			return ExitCodes.USAGE;
		}
		long rerun = nextRerun(VALIDATE_JOB, p.identity());
		JobExecution execution = start(operator, VALIDATE_JOB, p.identity(), rerun, commandLineUser());
		return finish("validate", execution, started);
	}

	/** {@code run}: up to date, restart, or a new run. */
	int run(boolean force) {
		return run(defaults(force, commandLineUser()));
	}

	/** {@code run}, or a firing of the schedule, with these options. */
	int run(Options options) {
		busy.set(true);
		try {
			return doRun(options);
		}
		finally {
			busy.set(false);
		}
	}

	private int doRun(Options options) {
		long started = System.nanoTime();
		Prepared p = prepareOrPrint(options);
		if (p == null) {
			return ExitCodes.USAGE;
		}
		Plan plan = plan(p.identity(), options.force());
		if (plan instanceof UpToDate u) {
			RunSummary.upToDate(System.out, u.last(), Duration.ofNanos(System.nanoTime() - started));
			return ExitCodes.OK;
		}
		JobExecution execution = carryOut(operator, plan, p.identity(), options.launchedBy());
		return finish("run", execution, started);
	}

	/**
	 * What a launch from the console gets: the execution started (still running, on {@code async}'s thread),
	 * or, when the reports are up to date, the completed execution they come from.
	 */
	record Launched(JobExecution execution, boolean upToDate) {
	}

	/**
	 * Starts, restarts or skips a run as {@code run} does, on the given operator (the console's runs on a
	 * thread of their own). The caller holds the run lock. Bad options throw
	 * {@link id.go.kemnaker.blk.domain.InvalidSettingException} or {@link IllegalArgumentException}.
	 */
	Launched launch(Options options, JobOperator async) {
		Prepared p = prepare(options);
		Plan plan = plan(p.identity(), options.force());
		if (plan instanceof UpToDate u) {
			return new Launched(u.last(), true);
		}
		return new Launched(carryOut(async, plan, p.identity(), options.launchedBy()), false);
	}

	/**
	 * Continues a failed or stopped run of the main job where it stopped, on the given operator: only the
	 * last execution of its run, only while the input files and the settings are those it was started with
	 * and its staged data is still there. Otherwise throws {@link IllegalStateException} saying why (a new
	 * run is what is needed then). The caller holds the run lock.
	 */
	JobExecution restart(long executionId, String launchedBy, JobOperator async) {
		recoverDeadExecutions();
		JobExecution execution;
		try {
			execution = repository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException none) {
			execution = null;
		}
		if (execution == null || !RUN_JOB.equals(execution.getJobInstance().getJobName())) {
			throw new IllegalArgumentException("no run with execution " + executionId);
		}
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			throw new IllegalStateException("execution " + executionId + " is " + status
					+ "; only a FAILED or STOPPED run can be restarted");
		}
		JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getId() != executionId) {
			throw new IllegalStateException("execution " + executionId + " is not the last of run "
					+ execution.getJobInstance().getInstanceId() + " (execution " + last.getId() + " is)");
		}
		String period = execution.getJobParameters().getString(JobParams.PERIOD);
		String lang = execution.getJobParameters().getString(JobParams.LANG);
		Options options = new Options(JobParams.LATEST.equals(period) ? "" : period, lang == null ? props.lang() : lang,
				false, launchedBy);
		Prepared p = prepare(options);
		Long rerun = execution.getJobParameters().getLong(JobParams.RERUN);
		org.springframework.batch.core.job.parameters.JobParameters wanted = p.identity().parameters(rerun == null ? 0 : rerun);
		for (String key : List.of(JobParams.INPUT_FINGERPRINT, JobParams.CONFIG_FINGERPRINT)) {
			if (!java.util.Objects.equals(wanted.getString(key), execution.getJobParameters().getString(key))) {
				throw new IllegalStateException(key.equals(JobParams.INPUT_FINGERPRINT)
						? "the input files changed since run " + execution.getJobInstance().getInstanceId()
								+ " started; launch a new run instead"
						: "the settings changed since run " + execution.getJobInstance().getInstanceId()
								+ " started; launch a new run instead");
			}
		}
		StagingStore.Run staged = store.run(execution.getJobInstance().getInstanceId());
		if (staged != null && !staged.staged()) {
			throw new IllegalStateException("the staged data of run " + execution.getJobInstance().getInstanceId()
					+ " was replaced by a later run; launch a new run instead");
		}
		markUnknownFailed(execution);
		log.info("restarting run {} from where it stopped ({})", execution.getJobInstance().getInstanceId(), launchedBy);
		return start(async, RUN_JOB, p.identity(), rerun == null ? 0 : rerun, launchedBy);
	}

	/** The summary of a run that ended on a thread of the console, as {@code run} prints it. */
	void printSummary(JobExecution ended, Duration took) {
		RunSummary.print(System.out, "run", ended, store, took, reportPaths(ended));
	}

	/** What a launch does, decided from the last execution of its identity. */
	private sealed interface Plan {
	}

	/** Completed, and its reports are all there: nothing to do. */
	private record UpToDate(JobExecution last) implements Plan {
	}

	/** A new job instance ({@code rerun} above 0: the same inputs again, on purpose or after an abandoned run). */
	private record Fresh(long rerun) implements Plan {
	}

	/** A failed, stopped or killed run to continue. */
	private record Resume(Last last) implements Plan {
	}

	private Plan plan(JobIdentity identity, boolean force) {
		Last last = last(RUN_JOB, identity);
		if (last == null) {
			return new Fresh(0);
		}
		if (last.execution().getStatus() == BatchStatus.COMPLETED && !force) {
			String missing = missingReport(last.execution());
			if (missing == null) {
				return new UpToDate(last.execution());
			}
			log.info("inputs and settings unchanged since run {}, but {} is not there: running again",
					last.execution().getJobInstance().getInstanceId(), missing);
			return new Fresh(last.rerun() + 1);
		}
		if (last.execution().getStatus() == BatchStatus.COMPLETED
				|| last.execution().getStatus() == BatchStatus.ABANDONED) {
			return new Fresh(last.rerun() + 1);
		}
		return new Resume(last);
	}

	private JobExecution carryOut(JobOperator op, Plan plan, JobIdentity identity, String launchedBy) {
		if (plan instanceof Fresh f) {
			return start(op, RUN_JOB, identity, f.rerun(), launchedBy);
		}
		if (plan instanceof Resume r) {
			return resume(op, r.last(), identity, launchedBy);
		}
		throw new IllegalStateException("nothing to carry out: " + plan);
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

	/** {@link #prepare}, printing a bad input folder as the command line does (null: exit code 2). */
	private Prepared prepareOrPrint(Options options) {
		try {
			return prepare(options);
		}
		catch (IllegalArgumentException e) {
			System.err.println("blk-pipeline: bad setting blk.input: " + e.getMessage());
			return null;
		}
	}

	/**
	 * Recovers runs left by killed processes, checks the options and lists the inputs. A bad period or
	 * language throws {@link id.go.kemnaker.blk.domain.InvalidSettingException}; a missing input folder
	 * {@link IllegalArgumentException}.
	 */
	private Prepared prepare(Options options) {
		PipelineProperties effective = new PipelineProperties(props.input(), props.output(), props.state(),
				options.lang(), options.period(), props.trainingWindowMonths(), props.allocationCount(),
				props.placementThreshold(), props.indexWeights(), props.missingComponent(), props.csvCharset(), props.chunkSize(), props.schedule());
		IndicatorSettings settings = effective.validate();
		recoverDeadExecutions();
		InputSet inputs = InputSet.scan(effective.input());
		return new Prepared(inputs, JobIdentity.of(inputs, effective, settings));
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
	 * Continues a failed, stopped or killed run, wherever it ran: its state is in the database (a start with
	 * the same identifying parameters continues its job instance; who launched it is the new launch's). A
	 * run still marked STARTED while this process holds the run lock was killed: it is recovered first. If
	 * another run has started since and deleted its staged rows, it cannot continue where it stopped and is
	 * abandoned for a fresh one.
	 */
	private JobExecution resume(JobOperator op, Last last, JobIdentity identity, String launchedBy) {
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
			return start(op, RUN_JOB, identity, last.rerun() + 1, launchedBy);
		}
		markUnknownFailed(execution);
		log.info("restarting run {} from where it stopped", execution.getJobInstance().getInstanceId());
		return start(op, RUN_JOB, identity, last.rerun(), launchedBy);
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

	private JobExecution start(JobOperator op, String jobName, JobIdentity identity, long rerun, String launchedBy) {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new IllegalStateException("no job " + jobName);
		}
		try {
			return op.start(job, identity.parameters(rerun, launchedBy));
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
