package id.go.kemnaker.blk.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.job.PipelineProperties;

/** Runs the command of the command line once Spring Boot has started, and keeps its exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

	private final Invocation invocation;
	private final PipelineProperties props;
	private final PipelineLauncher launcher;
	private final HistoryCommand history;
	private final ScheduleCommand schedule;
	private final ConsoleCommand console;
	private int exitCode = ExitCodes.OK;
	private final String database;

	CommandRunner(Invocation invocation, PipelineProperties props, PipelineLauncher launcher, HistoryCommand history,
			ScheduleCommand schedule, ConsoleCommand console, org.springframework.core.env.Environment env) {
		this.console = console;
		this.database = safeUrl(env.getProperty("spring.datasource.url", "?"));
		this.invocation = invocation;
		this.props = props;
		this.launcher = launcher;
		this.history = history;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try {
			props.validate();
			if (invocation.command() == Command.SCHEDULE
					|| invocation.command() == Command.CONSOLE && !ConsoleCommand.scheduleOff(props)) {
				ScheduleCommand.schedule(props);
			}
		}
		catch (InvalidSettingException e) {
			System.err.println("blk-pipeline: bad setting " + e.getMessage());
			exitCode = ExitCodes.USAGE;
			return;
		}
		if (invocation.command() == Command.HISTORY) {
			log.debug("{} history: database {}", Usage.version(), database);
		}
		else {
			log.info("{} {}: input {}, output {}, database {}", Usage.version(), invocation.command().word(),
					props.input().toAbsolutePath().normalize(), props.output().toAbsolutePath().normalize(), database);
		}
		exitCode = switch (invocation.command()) {
			case VALIDATE -> launcher.validate();
			case RUN -> launcher.run(invocation.force());
			case HISTORY -> history.print(System.out, invocation.limit() == null ? 20 : invocation.limit());
			case SCHEDULE -> schedule.run();
			case CONSOLE -> console.run();
			case TEMPLATES, PASSWORD -> throw new IllegalStateException(invocation.command().word()
					+ " runs without starting Spring");
		};
	}

	/** The database URL without user or password parameters, for the log. */
	static String safeUrl(String url) {
		return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***").replaceAll("//[^/@]*@", "//***@");
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
