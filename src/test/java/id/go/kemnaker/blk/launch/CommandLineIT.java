package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.go.kemnaker.blk.support.Cli;

/** Help, version, and bad usage or settings: exit code 2 with a message naming the option or setting. */
class CommandLineIT {

	@TempDir
	Path dir;

	@Test
	void helpListsEveryCommandOptionAndExitCode() {
		Cli.Result r = Cli.raw("--help");
		assertThat(r.exitCode()).isZero();
		assertThat(r.out()).contains("run", "validate", "schedule", "history", "templates", "--input=DIR", "--output=DIR",
				"--period=YYYY-MM", "--lang=id|en", "--force", "--cron=EXPR", "--limit=N", "Exit codes", "3 another run holds the lock");
	}

	@ParameterizedTest
	@CsvSource({ "run,--force", "validate,--input=DIR", "schedule,--cron=EXPR", "history,--limit=N", "templates,--output=DIR" })
	void everyCommandHasItsOwnHelp(String command, String option) {
		Cli.Result r = Cli.raw(command, "--help");
		assertThat(r.exitCode()).isZero();
		assertThat(r.out()).startsWith("Usage: java -jar target/blk-pipeline.jar " + command).contains(option);
	}

	@ParameterizedTest
	@ValueSource(strings = { "run", "validate", "schedule", "history", "templates" })
	void everyCommandAnswersVersion(String command) {
		Cli.Result r = Cli.raw(command, "--version");
		assertThat(r.exitCode()).isZero();
		assertThat(r.out()).startsWith("blk-pipeline ");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "frobnicate|unknown command 'frobnicate'", "run --colour=red|unknown option --colour",
			"history --force|unknown option --force for 'history'", "history --limit=many|--limit must be a whole number",
			"run --input|--input needs a value" })
	void badUsageExits2NamingTheOption(String line, String message) {
		Cli.Result r = Cli.raw(line.split(" "));
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"run --blk.index-weights.tpt=0.5|blk.index-weights: the weights must sum to 1",
			"run --blk.index-weights.gdp=0|blk.index-weights.gdp: unknown component",
			"run --blk.missing-component=other|blk.missing-component: must be median, rescale or zero",
			"run --lang=fr|blk.lang: must be id or en",
			"run --period=Agustus|blk.period: must be YYYY-MM",
			"run --blk.allocation-count=many|blk.allocation-count",
			"run --blk.training-window-months=0|blk.training-window-months",
			"run --blk.csv-charset=klingon|blk.csv-charset",
			"schedule --cron=nightly|blk.schedule.cron",
			"schedule --zone=Mars/Olympus|blk.schedule.zone" })
	void aBadSettingExits2BeforeAnyWorkNamingTheSetting(String line, String message) throws Exception {
		Cli cli = Cli.in(dir);
		Files.createDirectories(cli.input().resolve("labour-force"));
		Cli.Result r = cli.run(line.split(" "));
		assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
		assertThat(r.err()).contains(message);
		assertThat(cli.output()).doesNotExist();
	}

	@Test
	void anInputFolderThatDoesNotExistExits2NamingTheSetting() {
		Cli.Result r = Cli.raw("run", "--input=" + dir.resolve("nowhere"), "--output=" + dir.resolve("out"),
				"--blk.state=" + dir.resolve("state"));
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("blk.input").contains("does not exist");
	}

	@Test
	void anInputFolderThatIsAFileExits2NamingTheSetting() throws Exception {
		Path file = Files.writeString(dir.resolve("input.xlsx"), "not a folder");
		Cli.Result r = Cli.raw("validate", "--input=" + file, "--output=" + dir.resolve("out"),
				"--blk.state=" + dir.resolve("state"));
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("blk.input").contains("not a folder");
	}

	/** README's run command reads src/main/app/jvm.options (copied to target/app/): a misspelt option would stop the JVM. */
	@Test
	void theJvmOptionsOfReadmesRunCommandStartTheApplication() throws Exception {
		Path options = Path.of("src/main/app/jvm.options").toAbsolutePath();
		Path output = dir.resolve("jvm.out");
		// from a folder without target/app/: the archive is not there, and the JVM must go on without it
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + options,
				"-XX:+PrintCommandLineFlags", "-cp", System.getProperty("java.class.path"),
				"id.go.kemnaker.blk.BlkPipelineApplication", "--version")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean ended = p.waitFor(60, TimeUnit.SECONDS);
		if (!ended) {
			p.destroyForcibly();
		}
		String out = Files.readString(output);
		assertThat(ended).as(out).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
		assertThat(out).contains("-XX:+UseParallelGC").doesNotContain("Tier4")
			.contains("blk-pipeline ")
			.doesNotContain("Unrecognized", "Error:", "warning");
	}
}
