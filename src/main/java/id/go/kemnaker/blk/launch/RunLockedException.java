package id.go.kemnaker.blk.launch;

/**
 * Another run holds the lock (exit code 3; the console answers 409); the message names the holder, and
 * {@link #holder()} is the holder alone: host, process, since when, which command.
 */
public class RunLockedException extends RuntimeException {

	private final String holder;

	RunLockedException(String message) {
		this(message, null);
	}

	RunLockedException(String message, String holder) {
		super(message);
		this.holder = holder == null || holder.isBlank() ? "holder unknown" : holder;
	}

	public String holder() {
		return holder;
	}
}
