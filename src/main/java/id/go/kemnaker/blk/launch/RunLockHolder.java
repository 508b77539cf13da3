package id.go.kemnaker.blk.launch;

import java.nio.file.Path;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;

/**
 * Takes the run lock as soon as the settings are known and before anything opens the database (the
 * embedded database allows one process at a time), keeps it while the command runs, and lets the
 * scheduler and the console give it back between runs.
 */
final class RunLockHolder implements DisposableBean {

	private final String command;
	private Environment environment;
	private RunLock lock;
	private String label;

	RunLockHolder(String command) {
		this.command = command;
	}

	/** Takes the lock; throws {@link RunLockedException} naming the holder when another run has it. */
	synchronized void acquire(Environment env) {
		this.environment = env;
		if (lock != null) {
			return;
		}
		if (postgres(env) && (command.equals(Command.HISTORY.word()) || command.equals(Command.CONSOLE.word()))) {
			// PostgreSQL serves readers during a run; only the embedded database needs the lock to read. The console
			// takes it for each run it launches.
			return;
		}
		take(env, command);
	}

	/** Takes the lock again with the settings of the first time. */
	synchronized void reacquire() {
		acquire(environment);
	}

	/**
	 * Takes the lock, whatever the command, describing the holder as {@code label} (the console: who launched
	 * the run); does nothing when this process holds it already.
	 */
	synchronized void acquire(String label) {
		if (lock == null) {
			take(environment, label);
		}
		else {
			describe(label);
		}
	}

	private void take(Environment env, String what) {
		String url = env.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:postgresql:")) {
			lock = PostgresRunLock.acquire(url, env.getProperty("spring.datasource.username"),
					env.getProperty("spring.datasource.password"), what);
		}
		else {
			lock = FileRunLock.acquire(Path.of(env.getProperty("blk.state", "state")), what);
		}
		label = RunLock.holder(what);
	}

	/** Changes what a second launch is told about this holder. */
	synchronized void describe(String what) {
		if (lock != null) {
			label = RunLock.holder(what);
			lock.describe(label);
		}
	}

	/** What this process wrote about itself while it holds the lock, or null. */
	synchronized String label() {
		return lock == null ? null : label;
	}

	synchronized boolean held() {
		return lock != null;
	}

	/** Whether the state is in PostgreSQL, where readers need no lock. */
	boolean postgres() {
		return environment != null && postgres(environment);
	}

	private static boolean postgres(Environment env) {
		return env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	synchronized void release() {
		if (lock != null) {
			lock.close();
			lock = null;
			label = null;
		}
	}

	@Override
	public void destroy() {
		release();
	}
}
