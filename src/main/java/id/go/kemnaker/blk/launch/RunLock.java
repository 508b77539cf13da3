package id.go.kemnaker.blk.launch;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One run at a time, across processes: held while a command uses the database. The operating system (a
 * file lock) or PostgreSQL (an advisory lock on the lock's own connection) releases it when its process
 * dies, so a killed run never blocks the next one. A launch that cannot take it is told who holds it.
 */
interface RunLock extends AutoCloseable {

	/** Releases the lock (idempotent). */
	@Override
	void close();

	/** Replaces what a second launch is told about the holder (the console says who launched its run). */
	void describe(String holder);

	/** What a holder writes about itself: host, process id, since when, and which command. */
	static String holder(String command) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			host = "unknown host";
		}
		long pid = ProcessHandle.current().pid();
		String since = OffsetDateTime.now(ZoneId.systemDefault()).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		return "host " + host + ", process " + pid + ", since " + since + " (command '" + command + "', "
				+ ManagementFactory.getRuntimeMXBean().getVmName() + ")";
	}
}
