package id.go.kemnaker.blk.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The run lock of the embedded database: an operating-system lock on {@code <state>/run.lock}, which also
 * holds the holder's description. The lock dies with its process; the file may stay and is reused.
 */
final class FileRunLock implements RunLock {

	private final FileChannel channel;
	private FileLock lock;

	private FileRunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static FileRunLock acquire(Path stateDir, String command) {
		try {
			Files.createDirectories(stateDir);
			Path file = stateDir.resolve("run.lock");
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = read(channel);
				for (int i = 0; i < 20 && holder.isBlank(); i++) {
					Thread.sleep(50); // the holder has the lock but has not written its name yet
					holder = read(channel);
				}
				channel.close();
				throw new RunLockedException("another run holds the lock (" + file + "): "
						+ (holder.isBlank() ? "holder unknown" : holder), holder);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(RunLock.holder(command).getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(true);
			return new FileRunLock(channel, lock);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the run lock in " + stateDir + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RunLockedException("interrupted while reading who holds the run lock in " + stateDir);
		}
	}

	@Override
	public synchronized void describe(String holder) {
		try {
			if (lock != null) {
				channel.truncate(0);
				channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
				channel.force(true);
			}
		}
		catch (IOException e) {
			// the lock still holds; only its description is stale
		}
	}

	private static String read(FileChannel channel) throws IOException {
		ByteBuffer buf = ByteBuffer.allocate((int) Math.min(4096, Math.max(0, channel.size())));
		channel.read(buf, 0);
		return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
	}

	@Override
	public synchronized void close() {
		try {
			if (lock != null) {
				channel.truncate(0);
				lock.release();
				lock = null;
			}
			channel.close();
		}
		catch (IOException e) {
			// the operating system releases the lock with the channel or the process anyway
		}
	}
}
