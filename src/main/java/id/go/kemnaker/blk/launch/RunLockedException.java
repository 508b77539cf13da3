package id.go.kemnaker.blk.launch;

/** Another run holds the lock (exit code 3); the message names the holder. */
class RunLockedException extends RuntimeException {

	RunLockedException(String message) {
		super(message);
	}
}
