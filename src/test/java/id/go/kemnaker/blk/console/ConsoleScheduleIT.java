package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;
import id.go.kemnaker.blk.support.ConsoleProcess;

/**
 * The console runs the schedule in the same process: a firing launches a run as the console's launches do
 * (recorded as launched by the schedule), a firing while it works is skipped, and a firing after it finds the
 * reports up to date.
 */
class ConsoleScheduleIT {

	@TempDir
	static Path dir;

	@Test
	void theConsolesScheduleLaunchesTheRunSkipsWhileItWorksAndThenFindsItUpToDate() throws Exception {
		Cli ws = Cli.in(dir.resolve("ws")).withSampleInput();
		try (ConsoleProcess console = ConsoleProcess.start(ws, "--cron=*/4 * * * * *", "--blk.chunk-size=250",
				"--blk.debug.chunk-pause-millis=200")) {
			console.child().awaitLine("scheduled run started: run 0, execution 0", 60);
			console.child().awaitLine("scheduled run skipped: a run launched here is running", 60);
			console.child().awaitLine("scheduled run: reports are up to date (run 0)", 240);
			String runs = console.call("GET", "/api/runs", ConsoleProcess.VIEWER, ConsoleProcess.VIEWER_PASSWORD, null)
				.body();
			assertThat(runs).startsWith("[{\"id\":0,").contains("\"status\":\"COMPLETED\"", "\"launchedBy\":\"schedule\"")
				.doesNotContain("\"id\":1,");
		}
	}
}
