package id.go.kemnaker.blk.launch;

import java.util.function.LongFunction;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Asks a running execution to stop at its next chunk boundary. Spring Batch's {@link JobOperator#stop} saves
 * the execution it is given; a run that saved its own in between (at every step's start and end) makes that
 * an optimistic-locking failure: the execution is read again and the request repeated.
 */
final class StopRequest {

	private static final int ATTEMPTS = 5;

	private StopRequest() {
	}

	/**
	 * Sends the request, reading the execution with {@code read} before each attempt. Throws
	 * {@link IllegalStateException} when the execution is not running, or changed under every attempt (a run
	 * moving from step to step faster than this: asked again, it will stop).
	 */
	static void send(JobOperator operator, LongFunction<JobExecution> read, long executionId) {
		for (int attempt = 1;; attempt++) {
			JobExecution e = read.apply(executionId);
			try {
				operator.stop(e);
				return;
			}
			catch (JobExecutionNotRunningException ex) {
				throw new IllegalStateException("execution " + executionId + " is not running (" + e.getStatus() + ")");
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw new IllegalStateException("execution " + executionId + " changed while being stopped; ask again",
							ex);
				}
			}
		}
	}
}
