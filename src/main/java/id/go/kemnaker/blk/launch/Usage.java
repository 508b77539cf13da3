package id.go.kemnaker.blk.launch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The text of {@code --help} and {@code --version}. Keep it in step with the README. */
final class Usage {

	private Usage() {
	}

	static String version() {
		try (InputStream in = Usage.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				Properties p = new Properties();
				p.load(in);
				return "blk-pipeline " + p.getProperty("build.version", "dev") + " (built " + p.getProperty("build.time", "?")
						+ ")";
			}
		}
		catch (IOException e) {
			// fall through
		}
		return "blk-pipeline dev";
	}

	static String help(Command command, boolean explicit) {
		if (command != null && explicit) {
			return commandHelp(command);
		}
		StringBuilder sb = new StringBuilder();
		sb.append("""
				blk-pipeline: BLK demand and placement reports from provincial spreadsheets

				Usage: java -jar target/blk-pipeline.jar [COMMAND] [OPTIONS]
				   or: java @target/app/jvm.options -jar target/app/blk-pipeline.jar [COMMAND] [OPTIONS]
				       (the same, faster: the JVM options that mvn package writes to target/app/jvm.options start it
				       from a class-data-sharing archive, about 1.5 s sooner, with the throughput garbage collector
				       and fewer optimising compilations; run it from the project folder)

				Commands (default: run):
				""");
		for (Command c : Command.values()) {
			sb.append(String.format("  %-10s %s%n", c.word(), c.summary()));
		}
		sb.append(OPTIONS).append(EXIT_CODES);
		sb.append("\nCOMMAND --help shows the options of one command.\n");
		return sb.toString();
	}

	private static String commandHelp(Command c) {
		StringBuilder sb = new StringBuilder();
		sb.append("Usage: java -jar target/blk-pipeline.jar ").append(c.word());
		for (String o : c.options()) {
			sb.append(" [--").append(o).append(o.equals("force") ? "" : "=" + o.toUpperCase(java.util.Locale.ROOT))
				.append(']');
		}
		sb.append("\n\n").append(c.summary()).append("\n\nOptions:\n");
		for (String o : c.options()) {
			sb.append(describe(o));
		}
		if (c == Command.CONSOLE) {
			sb.append(CONSOLE);
		}
		if (c == Command.PASSWORD) {
			sb.append("  asks for the password twice without showing it (or reads one line from a pipe) and prints\n"
					+ "  {bcrypt}HASH, to be written as blk.console.users=NAME:{bcrypt}HASH:ROLE\n");
		}
		sb.append("  --blk.KEY=VALUE     any setting of application.yml (see README, Options)\n");
		sb.append(EXIT_CODES);
		return sb.toString();
	}

	private static String describe(String option) {
		return switch (option) {
			case "input" -> "  --input=DIR         input folder with labour-force/, blk/, training/, demand/ (default input)\n";
			case "output" -> "  --output=DIR        output folder (default output)\n";
			case "period" -> "  --period=YYYY-MM    report period (default: latest labour-force round in the inputs)\n";
			case "lang" -> "  --lang=id|en        report language (default id)\n";
			case "force" -> "  --force             run again even when the reports are up to date\n";
			case "cron" -> "  --cron=EXPR         schedule, Spring cron with seconds (default \"0 0 2 * * *\"; console: - for none)\n";
			case "zone" -> "  --zone=ZONE         time zone of the schedule (default Asia/Jakarta)\n";
			case "limit" -> "  --limit=N           how many runs to list (default 20)\n";
			default -> "  --" + option + "\n";
		};
	}

	private static final String OPTIONS = """

			Options:
			  --input=DIR         input folder with labour-force/, blk/, training/, demand/ (default input)
			  --output=DIR        output folder (default output)
			  --period=YYYY-MM    report period (default: latest labour-force round in the inputs)
			  --lang=id|en        report language (default id)
			  --force             run: run again even when the reports are up to date
			  --cron=EXPR         schedule, console: Spring cron with seconds (default "0 0 2 * * *");
			                      console: --cron=- runs no schedule
			  --zone=ZONE         schedule, console: time zone (default Asia/Jakarta)
			  --server.port=N     console: port (default 8080); --server.address=ADDR: address (default 127.0.0.1)
			  --limit=N           history: how many runs to list (default 20)
			  --blk.KEY=VALUE     any setting of application.yml (see README, Options)
			  --spring.datasource.url=jdbc:postgresql://HOST:5432/DB   use PostgreSQL instead of the embedded database
			  --help, --version
			""";

	private static final String CONSOLE = """
			  --server.port=N     port of the console (default 8080)
			  --server.address=ADDR  address it listens on (default 127.0.0.1: this machine only; put it behind
			                      a TLS proxy to reach it from elsewhere, see README, Console)
			  --blk.console.users=NAME:{bcrypt}HASH:ROLE,...   users (ROLE: VIEWER or OPERATOR); make a hash
			                      with the 'password' command. Or --blk.console.users-file=FILE, one user a line.
			                      Without any user the console does not start (exit code 2).
			  --blk.console.max-upload=SIZE   largest upload (default 100MB)
			""";

	private static final String EXIT_CODES = """

			Exit codes: 0 completed (rejected rows are reported, not a failure); 1 the job failed;
			            2 bad usage or configuration; 3 another run holds the lock
			""";
}
