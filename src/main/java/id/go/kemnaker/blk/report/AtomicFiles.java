package id.go.kemnaker.blk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file next to its target under a temporary name, forces it to disk, then moves it into place
 * in one step: a reader never sees half a file, and a failure leaves the previous file as it was and no
 * temporary file behind.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Fault injection for the disk-full test: writes fail after this many bytes a file (0: never). */
	private static volatile long failAfterBytes;

	private AtomicFiles() {
	}

	/** Makes every write fail after {@code bytes} bytes, as a full disk does ({@code blk.debug.fail-write-after-bytes}). */
	public static void failWritesAfter(long bytes) {
		failAfterBytes = bytes;
	}

	/** Remembers the first failure of the file itself, which is the one worth reporting. */
	private static final class Recording extends java.io.FilterOutputStream {

		private IOException failure;

		Recording(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			try {
				out.write(b);
			}
			catch (IOException e) {
				throw record(e);
			}
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			try {
				out.write(b, off, len);
			}
			catch (IOException e) {
				throw record(e);
			}
		}

		@Override
		public void flush() throws IOException {
			try {
				out.flush();
			}
			catch (IOException e) {
				throw record(e);
			}
		}

		@Override
		public void close() throws IOException {
			try {
				out.close();
			}
			catch (IOException e) {
				throw record(e);
			}
		}

		private IOException record(IOException e) {
			if (failure == null) {
				failure = e;
			}
			return e;
		}
	}

	private static OutputStream limited(OutputStream out) {
		long limit = failAfterBytes;
		if (limit <= 0) {
			return out;
		}
		return new java.io.FilterOutputStream(out) {

			private long written;

			@Override
			public void write(int b) throws IOException {
				check(1);
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				check(len);
				out.write(b, off, len);
			}

			private void check(int n) throws IOException {
				written += n;
				if (written > limit) {
					throw new IOException("No space left on device (simulated by blk.debug.fail-write-after-bytes)");
				}
			}
		};
	}

	public static void write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// not Files.createTempFile: its files are readable by the owner only, and a report is for sharing
		Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
				java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
		try {
			Recording file = new Recording(limited(Files.newOutputStream(temp, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)));
			try (OutputStream out = file) {
				content.writeTo(out);
			}
			catch (IOException | RuntimeException e) {
				// a writer that fails on a full disk often fails again on close and reports that instead
				if (file.failure != null && file.failure != e) {
					file.failure.addSuppressed(e);
					throw file.failure;
				}
				throw e;
			}
			try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			commit(temp, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Where a file that is to replace {@code target} later is written first: hidden, beside it. */
	public static Path pending(Path target) {
		return target.resolveSibling("." + target.getFileName() + ".pending");
	}

	/** Moves a complete pending file into place, atomically where the file system can. */
	public static void commit(Path pending, Path target) throws IOException {
		try {
			Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(pending, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes what a killed run may have left in a folder: hidden {@code .part} and {@code .pending} files. */
	public static void removeLeftovers(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path p : files.toList()) {
				String name = p.getFileName().toString();
				if (name.startsWith(".") && (name.endsWith(".part") || name.endsWith(".pending"))) {
					Files.deleteIfExists(p);
				}
			}
		}
	}
}
