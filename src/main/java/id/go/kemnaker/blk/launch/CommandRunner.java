package id.go.kemnaker.blk.launch;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.job.PipelineProperties;

/** Runs the command of the command line once Spring Boot has started, and keeps its exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final Invocation invocation;
	private final PipelineProperties props;
	private final PipelineLauncher launcher;
	private int exitCode = ExitCodes.OK;

	CommandRunner(Invocation invocation, PipelineProperties props, PipelineLauncher launcher) {
		this.invocation = invocation;
		this.props = props;
		this.launcher = launcher;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			props.validate();
		}
		catch (InvalidSettingException e) {
			System.err.println("blk-pipeline: bad setting " + e.getMessage());
			exitCode = ExitCodes.USAGE;
			return;
		}
		exitCode = switch (invocation.command()) {
			case VALIDATE -> launcher.validate();
			case RUN -> launcher.run(invocation.force());
			default -> {
				System.err.println("blk-pipeline: '" + invocation.command().word() + "' is not available yet");
				yield ExitCodes.USAGE;
			}
		};
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
