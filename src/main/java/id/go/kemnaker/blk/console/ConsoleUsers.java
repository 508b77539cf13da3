package id.go.kemnaker.blk.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.go.kemnaker.blk.domain.InvalidSettingException;

/**
 * The console's users from {@code blk.console.users} ({@code NAME:{id}HASH:ROLE}, comma-separated) and
 * {@code blk.console.users-file} (one a line, {@code #} comments). Passwords are kept only in Spring
 * Security's delegating form ({@code {bcrypt}...}; {@code {noop}} is plain text, for tests, and warned about).
 * Anything malformed is a bad setting (exit code 2) naming the entry, never its password.
 */
final class ConsoleUsers {

	private static final Logger log = LoggerFactory.getLogger(ConsoleUsers.class);

	static final String USERS = "blk.console.users";
	static final String USERS_FILE = "blk.console.users-file";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	/** A console user: name, the stored password form, and role. */
	record User(String name, String password, Role role) {
	}

	enum Role {
		/** History, run details, downloads, the input list. */
		VIEWER,
		/** Also launch, stop, restart or abandon a run, upload inputs, read the audit log. */
		OPERATOR
	}

	private ConsoleUsers() {
	}

	static List<User> load(String users, String usersFile) {
		Map<String, User> all = new LinkedHashMap<>();
		if (users != null && !users.isBlank()) {
			for (String entry : users.split(",")) {
				if (!entry.isBlank()) {
					add(all, parse(entry.strip(), USERS), USERS);
				}
			}
		}
		if (usersFile != null && !usersFile.isBlank()) {
			Path file = Path.of(usersFile.strip());
			List<String> lines;
			try {
				lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new InvalidSettingException(USERS_FILE, "cannot read " + file + ": " + e.getMessage());
			}
			int n = 0;
			for (String line : lines) {
				n++;
				String s = line.strip();
				if (s.isEmpty() || s.startsWith("#")) {
					continue;
				}
				add(all, parse(s, USERS_FILE + " (" + file + ", line " + n + ")"), USERS_FILE);
			}
		}
		if (all.isEmpty()) {
			throw new InvalidSettingException(USERS, "no console user is configured (the console has no default password);"
					+ " add one as NAME:{bcrypt}HASH:OPERATOR, the hash made with: java -jar target/blk-pipeline.jar password");
		}
		for (User u : all.values()) {
			if (u.password().startsWith("{noop}")) {
				log.warn("console user {} has a plain-text password ({noop}): make a hash with the 'password' command",
						u.name());
			}
		}
		return new ArrayList<>(all.values());
	}

	private static void add(Map<String, User> all, User user, String setting) {
		if (all.putIfAbsent(user.name().toLowerCase(Locale.ROOT), user) != null) {
			throw new InvalidSettingException(setting, "user '" + user.name() + "' is given twice");
		}
	}

	/** {@code NAME:{id}HASH:ROLE}; the hash may hold colons ({@code {noop}} passwords), name and role may not. */
	static User parse(String entry, String where) {
		int first = entry.indexOf(':');
		int last = entry.lastIndexOf(':');
		if (first <= 0 || last == first) {
			// only the part before the first colon is shown: the rest may be a password
			String shown = first > 0 ? safe(entry.substring(0, first)) : "(an entry without a colon)";
			throw new InvalidSettingException(where, "the entry of '" + shown + "' is not NAME:{bcrypt}HASH:ROLE");
		}
		String name = entry.substring(0, first).strip();
		String password = entry.substring(first + 1, last).strip();
		String roleName = entry.substring(last + 1).strip().toUpperCase(Locale.ROOT);
		if (!NAME.matcher(name).matches()) {
			throw new InvalidSettingException(where, "user name '" + safe(name)
					+ "' must be 1-64 letters, digits or . _ @ -");
		}
		Role role;
		try {
			role = Role.valueOf(roleName);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidSettingException(where, "user " + name + ": role '" + safe(roleName)
					+ "' is neither VIEWER nor OPERATOR");
		}
		checkPassword(name, password, where);
		return new User(name, password, role);
	}

	/** The stored form must be one Spring Security can check: {@code {bcrypt}} (well formed), or another id it knows. */
	private static void checkPassword(String name, String password, String where) {
		if (!password.startsWith("{") || password.indexOf('}') < 2) {
			throw new InvalidSettingException(where, "user " + name + ": the password must be stored as a hash,"
					+ " {bcrypt}...: make one with: java -jar target/blk-pipeline.jar password");
		}
		String id = password.substring(1, password.indexOf('}'));
		String rest = password.substring(password.indexOf('}') + 1);
		if (id.equals("bcrypt") && !BCRYPT.matcher(rest).matches()) {
			throw new InvalidSettingException(where, "user " + name + ": the {bcrypt} hash is not well formed"
					+ " (60 characters starting $2a$, $2b$ or $2y$; quote it in a shell, it holds $)");
		}
		if (id.equals("noop") && rest.isEmpty()) {
			throw new InvalidSettingException(where, "user " + name + ": empty password");
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		try {
			encoder.matches("-", password);
		}
		catch (RuntimeException e) {
			throw new InvalidSettingException(where, "user " + name + ": unknown password form {" + safe(id)
					+ "}; use {bcrypt} (the 'password' command makes one)");
		}
	}

	/** A setting's text for a message, without anything that could be a password. */
	private static String safe(String s) {
		String t = s.replaceAll("\\{[^}]*}\\S*", "{...}...");
		return t.length() > 80 ? t.substring(0, 80) + "..." : t;
	}
}
