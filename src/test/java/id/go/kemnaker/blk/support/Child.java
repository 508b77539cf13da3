package id.go.kemnaker.blk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The command line in a child JVM, for tests that kill it or run two at once. */
public final class Child {

	private final Process process;
	private final List<String> lines = new CopyOnWriteArrayList<>();
	private final Thread pump;

	private Child(Process process) {
		this.process = process;
		this.pump = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					lines.add(line);
				}
			}
			catch (IOException ignored) {
				// the process was killed
			}
		});
		pump.setDaemon(true);
		pump.start();
	}

	public static Child start(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), "id.go.kemnaker.blk.BlkPipelineApplication"));
		command.addAll(List.of(args));
		return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** Waits until a line containing {@code text} is printed; fails if the process ends first. */
	public void awaitLine(String text, long seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			if (lines.stream().anyMatch(l -> l.contains(text))) {
				return;
			}
			if (!process.isAlive() && !pump.isAlive()) {
				throw new AssertionError("the process ended (" + process.exitValue() + ") without printing '" + text
						+ "':\n" + output());
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no line '" + text + "' within " + seconds + " s:\n" + output());
	}

	public long pid() {
		return process.pid();
	}

	/** Asks the process to stop with SIGTERM, as a service manager does. */
	public void terminate() {
		// Process.destroy() would also close our end of the output pipe; the process handle only signals
		process.toHandle().destroy();
	}

	/** Kills the process with SIGKILL, as {@code kill -9} does. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public int waitFor(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("still running after " + seconds + " s:\n" + output());
		}
		pump.join(5_000);
		return process.exitValue();
	}

	public String output() {
		return String.join("\n", lines);
	}
}
