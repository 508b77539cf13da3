package id.go.kemnaker.blk.launch;

/** Process exit codes, as documented in the README and {@code --help}. */
final class ExitCodes {

	/** The job completed (rejected rows are reported, not a failure), or nothing needed doing. */
	static final int OK = 0;

	/** The job failed. */
	static final int FAILED = 1;

	/** Bad usage or bad configuration; the message names the option or setting. */
	static final int USAGE = 2;

	/** Another run holds the lock, or the job is already running. */
	static final int LOCKED = 3;

	private ExitCodes() {
	}
}
