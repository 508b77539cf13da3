package id.go.kemnaker.blk.launch;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code password}: reads a password without showing it (twice, on a terminal; one line from a pipe) and
 * prints its {@code {bcrypt}} hash, the form {@code blk.console.users} keeps. The password itself is never
 * printed or kept.
 */
final class PasswordCommand {

	static final int MIN_LENGTH = 8;

	private PasswordCommand() {
	}

	static int run(Console console, InputStream in, PrintStream out, PrintStream err) {
		char[] password;
		if (console != null) {
			password = console.readPassword("Password (not shown): ");
			char[] again = console.readPassword("The same again: ");
			if (password == null || again == null) {
				err.println("blk-pipeline password: no password read");
				return ExitCodes.USAGE;
			}
			boolean same = Arrays.equals(password, again);
			Arrays.fill(again, ' ');
			if (!same) {
				Arrays.fill(password, ' ');
				err.println("blk-pipeline password: the two passwords differ; nothing printed");
				return ExitCodes.USAGE;
			}
		}
		else {
			try {
				String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
				password = line == null ? new char[0] : line.toCharArray();
			}
			catch (IOException e) {
				err.println("blk-pipeline password: cannot read the password: " + e.getMessage());
				return ExitCodes.USAGE;
			}
		}
		try {
			if (password.length < MIN_LENGTH) {
				err.println("blk-pipeline password: a password needs at least " + MIN_LENGTH + " characters");
				return ExitCodes.USAGE;
			}
			String hash = new BCryptPasswordEncoder().encode(new String(password));
			out.println("{bcrypt}" + hash);
			if (console != null) {
				err.println("Add it as blk.console.users=NAME:{bcrypt}...:OPERATOR (or VIEWER); see README, Console.");
			}
			return ExitCodes.OK;
		}
		finally {
			Arrays.fill(password, ' ');
		}
	}
}
