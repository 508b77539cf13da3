package id.go.kemnaker.blk.launch;

import java.io.PrintStream;
import java.sql.SQLException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.kemnaker.blk.BlkPipelineApplication;
import id.go.kemnaker.blk.domain.InvalidSettingException;

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
		SpringApplication app = new SpringApplication(BlkPipelineApplication.class);
		RunLockHolder lock = new RunLockHolder(invocation.command().word());
		app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) e -> lock.acquire(e.getEnvironment()));
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
