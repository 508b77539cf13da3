package id.go.kemnaker.blk.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the command, its flags, and the settings it overrides. Short options map to
 * settings ({@code --input=DIR} is {@code blk.input}); any {@code --blk.*}, {@code --spring.*} or
 * {@code --logging.*} setting, and for {@code console} any {@code --server.*} one, is passed through to Spring Boot.
 */
record Invocation(Command command, boolean help, boolean version, boolean force, Integer limit,
		Map<String, String> settings) {

	private static final Map<String, String> OPTION_SETTINGS = Map.ofEntries(Map.entry("input", "blk.input"),
			Map.entry("output", "blk.output"), Map.entry("period", "blk.period"), Map.entry("lang", "blk.lang"),
			Map.entry("cron", "blk.schedule.cron"), Map.entry("zone", "blk.schedule.zone"));

	static Invocation parse(String[] args) {
		Command command = null;
		boolean help = false;
		boolean version = false;
		boolean force = false;
		Integer limit = null;
		Map<String, String> settings = new LinkedHashMap<>();
		List<String> options = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else if (arg.equals("--version") || arg.equals("-V")) {
				version = true;
			}
			else if (arg.startsWith("--")) {
				options.add(arg);
			}
			else if (command == null) {
				command = Command.of(arg);
				if (command == null) {
					throw new UsageException("unknown command '" + arg + "' (commands: " + String.join(", ",
							java.util.Arrays.stream(Command.values()).map(Command::word).toList()) + "; see --help)");
				}
			}
			else {
				throw new UsageException("unexpected argument '" + arg + "' (options are written --name=value)");
			}
		}
		if (command == null) {
			command = Command.RUN;
		}
		for (String opt : options) {
			int eq = opt.indexOf('=');
			String name = eq < 0 ? opt.substring(2) : opt.substring(2, eq);
			String value = eq < 0 ? null : opt.substring(eq + 1);
			if (name.startsWith("blk.") || name.startsWith("spring.") || name.startsWith("logging.")
					|| command == Command.CONSOLE && name.startsWith("server.")) {
				if (value == null) {
					throw new UsageException("--" + name + " needs a value: --" + name + "=VALUE");
				}
				settings.put(name, value);
				continue;
			}
			if (!command.options().contains(name)) {
				throw new UsageException("unknown option --" + name + " for '" + command.word() + "' (see " + command.word()
						+ " --help)");
			}
			if (name.equals("force")) {
				if (value != null) {
					throw new UsageException("--force takes no value");
				}
				force = true;
				continue;
			}
			if (value == null || value.isBlank()) {
				throw new UsageException("--" + name + " needs a value: --" + name + "=VALUE");
			}
			if (name.equals("limit")) {
				try {
					limit = Integer.parseInt(value.strip());
				}
				catch (NumberFormatException e) {
					throw new UsageException("--limit must be a whole number, not '" + value + "'");
				}
				if (limit < 1) {
					throw new UsageException("--limit must be at least 1");
				}
				continue;
			}
			settings.put(OPTION_SETTINGS.get(name), value);
		}
		return new Invocation(command, help, version, force, limit, settings);
	}

	/** The settings as Spring Boot command-line arguments. */
	String[] springArgs() {
		return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}
}
