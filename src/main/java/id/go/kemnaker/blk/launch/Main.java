package id.go.kemnaker.blk.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.sql.SQLException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.kemnaker.blk.BlkPipelineApplication;
import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.ingest.Templates;

/**
 * The command line: parses the arguments, answers {@code --help} and {@code --version} without starting
 * anything, otherwise starts Spring Boot with the command and returns the exit code. Expected failures
 * (bad option, bad setting, database unreachable) print one message, never a stack trace.
 */
public final class Main {

	private Main() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
		}
		catch (UsageException e) {
			err.println("blk-pipeline: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		if (invocation.help()) {
			out.print(Usage.help(invocation.command(), hasCommandWord(args)));
			return ExitCodes.OK;
		}
		if (invocation.version()) {
			out.println(Usage.version());
			return ExitCodes.OK;
		}
		if (invocation.command() == Command.TEMPLATES) {
			return templates(invocation, out, err);
		}
		if (invocation.command() == Command.PASSWORD) {
			return PasswordCommand.run(System.console(), System.in, out, err);
		}
		boolean console = invocation.command() == Command.CONSOLE;
		Map<String, Object> defaults = new java.util.HashMap<>();
		if (!console) {
			withoutWebConfiguration(defaults); // before the application exists: its listeners read a system property
		}
		SpringApplication app = new SpringApplication(BlkPipelineApplication.class);
		// only the console serves web pages; every other command is a plain process without a web server
		app.setWebApplicationType(console ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		app.setDefaultProperties(defaults);
		RunLockHolder lock = new RunLockHolder(invocation.command().word());
		app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) e -> {
			if (console) {
				requireConsoleUsers(e.getEnvironment());
			}
			lock.acquire(e.getEnvironment());
		});
		app.addInitializers(ctx -> {
			ctx.getBeanFactory().registerSingleton("invocation", invocation);
			ctx.getBeanFactory().registerSingleton("runLock", lock);
		});
		ConfigurableApplicationContext context;
		try {
			context = app.run(invocation.springArgs());
		}
		catch (RuntimeException e) {
			lock.release();
			return startupFailure(e, err);
		}
		try {
			return SpringApplication.exit(context);
		}
		finally {
			lock.release();
		}
	}

	/** {@code templates}: blank input workbooks; needs no database, so Spring is not started. */
	private static int templates(Invocation invocation, PrintStream out, PrintStream err) {
		Path folder = Path.of(invocation.settings().getOrDefault("blk.output", "output")).resolve("templat");
		try {
			List<Path> files = Templates.write(folder, ProvinceCatalog.load());
			out.println("blk-pipeline templates: wrote " + files.size() + " blank input workbooks to " + folder);
			files.forEach(f -> out.println("  " + f.getFileName()));
			return ExitCodes.OK;
		}
		catch (IOException | RuntimeException e) {
			err.println("blk-pipeline: cannot write the templates to " + folder + ": " + firstLine(e.getMessage()));
			return ExitCodes.FAILED;
		}
	}

	/** Packages of the Spring Boot modules that only the console uses (web server, MVC, security, JSON, pages). */
	private static final List<String> WEB_MODULES = List.of("org.springframework.boot.jackson.",
			"org.springframework.boot.tomcat.", "org.springframework.boot.http.converter.", "org.springframework.boot.webmvc.",
			"org.springframework.boot.servlet.", "org.springframework.boot.security.", "org.springframework.boot.thymeleaf.");

	/**
	 * A command without a web server leaves out the console's auto-configuration and the background threads
	 * that warm up JSON and message converters for it: about 1,000 classes fewer, nearly a second less CPU at every
	 * start on two cores (measured with history). A --spring.autoconfigure.exclude of the user's still wins.
	 */
	private static void withoutWebConfiguration(Map<String, Object> defaults) {
		if (System.getProperty("spring.backgroundpreinitializer.ignore") == null) {
			System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		}
		List<String> web = new java.util.ArrayList<>();
		for (String c : org.springframework.boot.context.annotation.ImportCandidates
			.load(org.springframework.boot.autoconfigure.AutoConfiguration.class, Main.class.getClassLoader())) {
			if (WEB_MODULES.stream().anyMatch(c::startsWith)) {
				web.add(c);
			}
		}
		if (!web.isEmpty()) {
			defaults.put("spring.autoconfigure.exclude", String.join(",", web));
		}
	}

	/**
	 * The console never starts without a user (there is no default password): says how to add one before
	 * anything opens the database. The users' form is checked by the console itself.
	 */
	static void requireConsoleUsers(org.springframework.core.env.Environment env) {
		if (env.getProperty("blk.console.users", "").isBlank() && env.getProperty("blk.console.users-file", "").isBlank()) {
			throw new InvalidSettingException("blk.console.users", "no console user is configured, and the console has no"
					+ " default password. Add one: make a password hash with\n"
					+ "  java -jar target/blk-pipeline.jar password\n"
					+ "then start the console with\n"
					+ "  java -jar target/blk-pipeline.jar console --blk.console.users='NAME:{bcrypt}HASH:OPERATOR'\n"
					+ "(ROLE OPERATOR launches runs and uploads files, VIEWER only looks and downloads; several users are"
					+ " separated by commas), or name a file with one NAME:{bcrypt}HASH:ROLE a line in"
					+ " --blk.console.users-file=FILE (or the environment variables BLK_CONSOLE_USERS,"
					+ " BLK_CONSOLE_USERS_FILE). See README, Console.");
		}
	}

	private static boolean hasCommandWord(String[] args) {
		for (String a : args) {
			if (!a.startsWith("-") && Command.of(a) != null) {
				return true;
			}
		}
		return false;
	}

	private static int startupFailure(Throwable e, PrintStream err) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof InvalidSettingException s) {
				err.println("blk-pipeline: bad setting " + s.getMessage());
				return ExitCodes.USAGE;
			}
			if (t instanceof BindException b) {
				Throwable cause = b.getCause();
				err.println("blk-pipeline: bad setting " + b.getName() + ": "
						+ (cause != null ? cause.getMessage() : b.getMessage()));
				return ExitCodes.USAGE;
			}
			if (t instanceof RunLockedException locked) {
				err.println("blk-pipeline: " + locked.getMessage());
				return ExitCodes.LOCKED;
			}
			if (t instanceof SQLException sql) {
				err.println("blk-pipeline: the database is not available: " + firstLine(sql.getMessage()));
				return ExitCodes.FAILED;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		err.println("blk-pipeline: could not start: " + firstLine(e.getMessage()));
		return ExitCodes.FAILED;
	}

	static String firstLine(String s) {
		if (s == null) {
			return "";
		}
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}
}
