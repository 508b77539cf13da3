package id.go.kemnaker.blk.launch;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM (the JVM shuts down, Spring closes the context) a run of this process is asked to stop: the
 * running step stops at its next chunk boundary, the run is marked STOPPED, and the next {@code run}
 * restarts it where it stopped. Stopped first, before the database closes.
 */
@Component
class GracefulShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
	private static final long WAIT_MILLIS = 120_000;

	private final PipelineLauncher launcher;
	private final JobRepository repository;
	private final JobOperator operator;
	private volatile boolean running;

	GracefulShutdown(PipelineLauncher launcher, JobRepository repository, JobOperator operator) {
		this.launcher = launcher;
		this.repository = repository;
		this.operator = operator;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (!launcher.busy()) {
			return;
		}
		for (String job : List.of(PipelineLauncher.RUN_JOB, PipelineLauncher.VALIDATE_JOB)) {
			for (JobExecution e : repository.findRunningJobExecutions(job)) {
				log.warn("stopping run {} at the next chunk boundary; 'run' continues it later",
						e.getJobInstance().getInstanceId());
				try {
					StopRequest.send(operator, repository::getJobExecution, e.getId());
				}
				catch (RuntimeException ex) {
					log.debug("execution {} not stopped: {}", e.getId(), ex.getMessage());
				}
			}
		}
		long end = System.currentTimeMillis() + WAIT_MILLIS;
		while (launcher.busy() && System.currentTimeMillis() < end) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
