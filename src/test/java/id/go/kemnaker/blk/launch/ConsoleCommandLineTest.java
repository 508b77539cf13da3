package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import id.go.kemnaker.blk.support.Cli;

/** The command line of the console: no user, no start; the password command; the help. */
class ConsoleCommandLineTest {

	@Test
	void theConsoleWithoutAnyUserExits2SayingHowToAddOne(@TempDir Path dir) throws Exception {
		Cli cli = Cli.in(dir);
		Cli.Result r = cli.run("console", "--server.port=0", "--cron=-");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("blk.console.users", "no default password", "password", "OPERATOR", "VIEWER",
				"blk.console.users-file");
		assertThat(cli.state().resolve("blkdb.script")).as("nothing opened").doesNotExist();
	}

	@Test
	void aMalformedUserExits2NamingTheSettingNotThePassword(@TempDir Path dir) throws Exception {
		Cli.Result r = Cli.in(dir).run("console", "--server.port=0", "--cron=-",
				"--blk.console.users=budi:rahasia123:OPERATOR");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("blk.console.users", "hash").doesNotContain("rahasia123");
	}

	@Test
	void passwordPrintsABcryptHashOfWhatItReadsAndNeverThePassword() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = PasswordCommand.run(null, new ByteArrayInputStream("kata-sandi-panjang\n".getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(0);
		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("kata-sandi");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("kata-sandi-panjang", hash)).isTrue();
		assertThat(PasswordCommand.run(null, new ByteArrayInputStream("pendek\n".getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
	}

	@Test
	void helpListsTheConsoleAndThePasswordCommands() {
		Cli.Result r = Cli.raw("--help");
		assertThat(r.out()).contains("console ", "password ", "--server.port");
		Cli.Result c = Cli.raw("console", "--help");
		assertThat(c.out()).contains("--cron=EXPR", "--blk.console.users", "--server.address", "--blk.console.max-upload");
	}
}
