package id.go.kemnaker.blk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import id.go.kemnaker.blk.launch.Main;

/**
 * Runs the command line in this JVM, the way a user runs the jar, with its own input, output and
 * database folders, and captures what it prints.
 */
public final class Cli {

	public record Result(int exitCode, String out, String err) {

		public String all() {
			return out + err;
		}
	}

	private final Path input;
	private final Path output;
	private final Path state;

	public Cli(Path input, Path output, Path state) {
		this.input = input;
		this.output = output;
		this.state = state;
	}

	/** A workspace under {@code dir}: input, output and state folders. */
	public static Cli in(Path dir) throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		return new Cli(input, dir.resolve("output"), dir.resolve("state"));
	}

	public Path input() {
		return input;
	}

	public Path output() {
		return output;
	}

	public Path state() {
		return state;
	}

	/** Runs a command with this workspace's folders added. */
	public Result run(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.add("--input=" + input);
		all.add("--output=" + output);
		all.add("--blk.state=" + state);
		return raw(all.toArray(String[]::new));
	}

	/** Runs exactly these arguments. */
	public static synchronized Result raw(String... args) {
		PrintStream oldOut = System.out;
		PrintStream oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			System.setOut(o);
			System.setErr(e);
			int code = Main.run(args);
			return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

	/** Copies the shipped sample data set ({@code input/} of the project) into this workspace. */
	public Cli withSampleInput() throws IOException {
		Path shipped = Path.of("input");
		try (Stream<Path> walk = Files.walk(shipped)) {
			for (Path p : walk.toList()) {
				Path target = input.resolve(shipped.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
		return this;
	}
}
