package id.go.kemnaker.blk.launch;

/** The command line cannot be understood (exit code 2). */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}
}
