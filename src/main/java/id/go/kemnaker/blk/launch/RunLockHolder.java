package id.go.kemnaker.blk.launch;

import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;

/**
 * Takes the run lock as soon as the settings are known and before anything opens the database (the
 * embedded database allows one process at a time), keeps it while the command runs, and lets the
 * scheduler give it back between firings.
 */
final class RunLockHolder implements DisposableBean {

	private final String command;
	private Environment environment;
	private RunLock lock;

	RunLockHolder(String command) {
		this.command = command;
	}

	/** Takes the lock; throws {@link RunLockedException} naming the holder when another run has it. */
	synchronized void acquire(Environment env) {
		this.environment = env;
		if (lock != null) {
			return;
		}
		String url = env.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:postgresql:") && command.equals(Command.HISTORY.word())) {
			return; // PostgreSQL serves readers during a run; only the embedded database needs the lock to read
		}
		if (url.startsWith("jdbc:postgresql:")) {
			lock = PostgresRunLock.acquire(url, env.getProperty("spring.datasource.username"),
					env.getProperty("spring.datasource.password"), command);
		}
		else {
			lock = FileRunLock.acquire(Path.of(env.getProperty("blk.state", "state")), command);
		}
	}

	/** Takes the lock again with the settings of the first time. */
	synchronized void reacquire() {
		acquire(environment);
	}

	synchronized boolean held() {
		return lock != null;
	}

	synchronized void release() {
		if (lock != null) {
			lock.close();
			lock = null;
		}
	}

	@Override
	public void destroy() {
		release();
	}
}
