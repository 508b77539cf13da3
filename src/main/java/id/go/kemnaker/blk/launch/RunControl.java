package id.go.kemnaker.blk.launch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the console may do with runs, with the same job repository and the same run lock as the command
 * line. The lock is taken per launch, never for the life of the process, so a command-line {@code run} can
 * go while the console idles; a launch while another process runs is refused with a
 * {@link RunLockedException} naming the holder.
 * <p>
 * A run launched here runs on a thread of its own; one at a time in this process too.
 * <p>
 * The embedded database can be opened by one process at a time, and only by the holder of the run lock
 * (that is what keeps two processes out of its files). So on it the console takes the lock for every request
 * that reads the database ({@link #enter()} / {@link #leave()}) and for its runs, and closes the database and
 * gives the lock back {@code blk.console.release-after} (5 s) after the last of them. While a command-line run
 * works, the console's pages say who holds the database. On PostgreSQL the console reads at any time and
 * takes the lock only to launch, restart or abandon a run and to put an upload in place.
 */
@Component
public class RunControl implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunControl.class);

	/** What a command-line launch is told about the console while it has the embedded database open. */
	static final String READING = "console: pages open, no run; it lets go of the database a few seconds after the last page";

	private final PipelineLauncher launcher;
	private final RunLockHolder lock;
	private final DataSource dataSource;
	private final JobRepository repository;
	private final JobOperator operator;
	private final ApplicationContext context;
	private final PlatformTransactionManager transactions;
	private final Duration releaseAfter;
	private final boolean embedded;
	private final Object monitor = new Object();
	private final ScheduledExecutorService releaser;
	private final DeferredExecutor deferred = new DeferredExecutor();
	private JobOperator async;
	private int readers;
	private Running running;
	private boolean launching;
	private ScheduledFuture<?> pendingRelease;

	RunControl(PipelineLauncher launcher, RunLockHolder lock, DataSource dataSource, JobRepository repository,
			JobOperator operator, ApplicationContext context, PlatformTransactionManager transactions,
			@Value("${blk.console.release-after:5s}") Duration releaseAfter) {
		this.launcher = launcher;
		this.lock = lock;
		this.dataSource = dataSource;
		this.repository = repository;
		this.operator = operator;
		this.context = context;
		this.transactions = transactions;
		this.releaseAfter = releaseAfter;
		this.embedded = EmbeddedDatabase.is(dataSource);
		this.releaser = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "console-database-release");
			t.setDaemon(true);
			return t;
		});
	}

	/** The run this process launched and that is still running. */
	public record Running(long executionId, long runId, String launchedBy, java.time.LocalDateTime since) {
	}

	/** A launch's answer: the execution started, or the completed one whose reports are up to date. */
	public record Launch(long executionId, long runId, boolean upToDate) {
	}

	/** Whether the state is in the embedded database (one process at a time) rather than PostgreSQL. */
	public boolean embeddedDatabase() {
		return embedded;
	}

	/** The run this process launched that is still running, or null. */
	public Running runningHere() {
		synchronized (monitor) {
			return running;
		}
	}

	/**
	 * Before a request reads or writes the database: on the embedded database, takes the run lock unless this
	 * process has it (throws {@link RunLockedException} naming the holder while another process runs).
	 * Every {@code enter} is followed by one {@link #leave()}.
	 */
	public void enter() {
		if (!embedded) {
			return;
		}
		synchronized (monitor) {
			cancelRelease();
			if (!lock.held()) {
				lock.acquire(READING);
			}
			readers++;
		}
	}

	public void leave() {
		if (!embedded) {
			return;
		}
		synchronized (monitor) {
			readers = Math.max(0, readers - 1);
			releaseWhenIdle();
		}
	}

	/** After start-up: the console holds the embedded database only while it is used. */
	void startedUp() {
		if (embedded) {
			synchronized (monitor) {
				lock.describe(READING);
				releaseWhenIdle();
			}
		}
	}

	/**
	 * Launches a run of the main job as {@code run} does (up to date, continue a failed one, or a new one) on a
	 * thread of its own, with this period ({@code ""}: the latest round), language and force, recording who
	 * launched it. Throws {@link RunLockedException} while another run works (here or in another process),
	 * {@link id.go.kemnaker.blk.domain.InvalidSettingException} for a bad period or language.
	 */
	public Launch launch(String period, String lang, boolean force, String launchedBy) {
		return begin(launchedBy, () -> {
			PipelineLauncher.Launched l = launcher.launch(new PipelineLauncher.Options(period == null ? "" : period.strip(),
					lang == null || lang.isBlank() ? "id" : lang.strip(), force, launchedBy), async());
			return new Launch(l.execution().getId(), l.execution().getJobInstance().getInstanceId(), l.upToDate());
		});
	}

	/**
	 * Continues a failed or stopped run where it stopped, on a thread of its own; throws
	 * {@link IllegalStateException} saying why when it cannot (inputs or settings changed, its staged data
	 * replaced), {@link IllegalArgumentException} when there is no such run.
	 */
	public Launch restart(long executionId, String launchedBy) {
		return begin(launchedBy, () -> {
			JobExecution e = launcher.restart(executionId, launchedBy, async());
			return new Launch(e.getId(), e.getJobInstance().getInstanceId(), false);
		});
	}

	/**
	 * Asks a running execution to stop at its next chunk boundary (a run of another process too, on PostgreSQL:
	 * it sees the request at its next commit). Throws {@link IllegalStateException} when it is not running.
	 */
	public void stop(long executionId) {
		StopRequest.send(operator, this::execution, executionId);
	}

	/**
	 * Marks a failed or stopped run ABANDONED: it will not be continued, the next launch on the same inputs
	 * starts afresh. Throws {@link IllegalStateException} for a run that is running or completed.
	 */
	public void abandon(long executionId, String by) {
		withRunLock("console: abandoning execution " + executionId + " (" + by + ")", () -> {
			JobExecution e = execution(executionId);
			if (e.getStatus() != org.springframework.batch.core.BatchStatus.FAILED
					&& e.getStatus() != org.springframework.batch.core.BatchStatus.STOPPED) {
				throw new IllegalStateException("execution " + executionId + " is " + e.getStatus()
						+ "; only a FAILED or STOPPED run can be abandoned");
			}
			try {
				operator.abandon(e);
			}
			catch (JobExecutionAlreadyRunningException ex) {
				throw new IllegalStateException("execution " + executionId + " is running");
			}
			return null;
		});
	}

	/**
	 * Does something that must not happen during a run (putting an uploaded file in place) while holding
	 * the run lock; throws {@link RunLockedException} while a run works here or elsewhere.
	 */
	public <T> T withRunLock(String what, Supplier<T> action) {
		synchronized (monitor) {
			refuseWhileRunningHere();
			boolean take = !embedded;
			if (take || !lock.held()) {
				lock.acquire(what);
			}
			else {
				lock.describe(what);
			}
			try {
				return action.get();
			}
			finally {
				if (take) {
					lock.release();
				}
				else {
					lock.describe(READING);
				}
			}
		}
	}

	/** Who holds the run lock in this process right now, or null. */
	public String holderHere() {
		return lock.label();
	}

	private JobExecution execution(long executionId) {
		JobExecution e;
		try {
			e = repository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException none) {
			e = null;
		}
		if (e == null) {
			throw new IllegalArgumentException("no execution " + executionId);
		}
		return e;
	}

	/** Called holding the monitor. */
	private void refuseWhileRunningHere() {
		awaitEndedRun();
		if (launching) {
			throw new RunLockedException("a run is being launched here", lock.label());
		}
		if (running != null) {
			throw new RunLockedException("a run launched here is running (run " + running.runId() + ", execution "
					+ running.executionId() + ", launched by " + running.launchedBy() + ")", lock.label());
		}
	}

	/**
	 * A run of this process whose execution the repository already shows as ended is finishing (its summary,
	 * the lock): waits for that, up to 30 s, rather than refuse a launch the page just offered.
	 */
	private void awaitEndedRun() {
		long end = System.nanoTime() + 30_000_000_000L;
		while (running != null && System.nanoTime() < end) {
			JobExecution e;
			try {
				e = repository.getJobExecution(running.executionId());
			}
			catch (RuntimeException ex) {
				return;
			}
			if (e == null || e.getStatus().isRunning()) {
				return;
			}
			try {
				monitor.wait(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Takes the lock for a run, launches it, and hands it to a thread of its own. Listing and hashing the inputs
	 * happens outside the monitor, so pages go on answering meanwhile.
	 */
	private Launch begin(String launchedBy, Supplier<Launch> start) {
		synchronized (monitor) {
			refuseWhileRunningHere();
			launching = true;
		}
		Runnable work;
		Launch launch;
		try {
			lock.acquire("console: run launched by " + launchedBy);
			launcher.markBusy(true);
			deferred.pending = null;
			launch = start.get();
			work = deferred.pending;
			deferred.pending = null;
		}
		catch (RuntimeException e) {
			synchronized (monitor) {
				launching = false;
				afterRun();
			}
			throw e;
		}
		synchronized (monitor) {
			launching = false;
			if (launch.upToDate() || work == null) {
				afterRun();
				return launch;
			}
			running = new Running(launch.executionId(), launch.runId(), launchedBy, java.time.LocalDateTime.now());
		}
		long executionId = launch.executionId();
		Thread t = new Thread(() -> {
			long started = System.nanoTime();
			try {
				work.run();
			}
			finally {
				try {
					launcher.printSummary(repository.getJobExecution(executionId), Duration.ofNanos(System.nanoTime() - started));
				}
				catch (RuntimeException e) {
					log.warn("no summary of execution {}: {}", executionId, e.getMessage());
				}
				synchronized (monitor) {
					running = null;
					afterRun();
					monitor.notifyAll();
				}
			}
		}, "console-run-" + executionId);
		t.start();
		return launch;
	}

	/** A run ended (or never started): PostgreSQL's lock goes back at once, the embedded one when idle. */
	private void afterRun() {
		launcher.markBusy(false);
		if (embedded) {
			lock.describe(READING);
			releaseWhenIdle();
		}
		else {
			lock.release();
		}
	}

	private void releaseWhenIdle() {
		if (readers == 0 && running == null && !launching && lock.held()) {
			cancelRelease();
			pendingRelease = releaser.schedule(this::releaseIfIdle, releaseAfter.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void cancelRelease() {
		if (pendingRelease != null) {
			pendingRelease.cancel(false);
			pendingRelease = null;
		}
	}

	private void releaseIfIdle() {
		synchronized (monitor) {
			if (readers == 0 && running == null && !launching && lock.held()) {
				EmbeddedDatabase.close(dataSource);
				lock.release();
				log.debug("embedded database closed and run lock released");
			}
		}
	}

	/** A job operator that creates the execution and leaves its work to {@link #begin}. */
	private JobOperator async() {
		if (async == null) {
			JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
			factory.setJobRepository(repository);
			factory.setTransactionManager(transactions);
			factory.setTaskExecutor(deferred);
			factory.setApplicationContext(context);
			try {
				factory.afterPropertiesSet();
				async = factory.getObject();
			}
			catch (Exception e) {
				throw new IllegalStateException("cannot create the console's job operator: " + e.getMessage(), e);
			}
		}
		return async;
	}

	/** Keeps the job's work instead of running it, so that it starts on a thread that knows its execution. */
	private static final class DeferredExecutor implements TaskExecutor {

		private Runnable pending;

		@Override
		public void execute(Runnable task) {
			pending = task;
		}
	}

	@Override
	public void destroy() {
		releaser.shutdownNow();
	}
}
