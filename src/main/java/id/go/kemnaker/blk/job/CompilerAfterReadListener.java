package id.go.kemnaker.blk.job;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.JMException;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Once the participant rows are read, tells the JVM to compile no more methods with its optimising
 * compiler (HotSpot's C2) for the rest of the process. By then C2 has compiled the read's few hot loops
 * (parse, checks, staging), which run for millions of rows. What runs after the read (duplicates,
 * indicators, workbooks) is a great deal of code, most of it run for a moment; on two cores C2 compiling
 * it takes the core the work needs, and the quick compiler (C1) alone finishes sooner: a run of the shipped
 * sample data and one of 1,000,000 rows are both 0.4-0.7 s shorter on two cores (docs/performance.md).
 *
 * <p>Only in a process that runs one job and exits ({@code run}, {@code validate}): a method that C2 was
 * told not to compile stays so for the life of the JVM, which a {@code schedule} process would carry into
 * every later night's read. It goes through HotSpot's diagnostic command {@code Compiler.directives_add}
 * (what {@code jcmd PID Compiler.directives_add FILE} sends); on a JVM without it nothing changes but a
 * debug line. {@code blk.debug.compiler-after-read=false} turns it off (to measure what it saves).
 */
class CompilerAfterReadListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(CompilerAfterReadListener.class);

	/** A compiler directive (JEP 165): every method, C2 excluded. */
	static final String NO_C2 = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

	static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

	/** The directive is the JVM's, for every job after it: added once. */
	private static final AtomicBoolean added = new AtomicBoolean();

	private final boolean enabled;

	CompilerAfterReadListener(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (enabled && step.getStatus() == BatchStatus.COMPLETED && added.compareAndSet(false, true)) {
			// off the job's thread: loading the JVM's management beans takes a few tens of milliseconds
			Thread t = new Thread(() -> {
				String outcome = stopOptimisingCompiler();
				log.debug("optimising compiler after the read: {}", outcome);
			}, "compiler after read");
			t.setDaemon(true);
			t.start();
		}
		return null;
	}

	/** Adds the {@link #NO_C2} directive to this JVM; returns what the JVM answered, or why it could not. */
	static String stopOptimisingCompiler() {
		Path file = null;
		try {
			file = Files.createTempFile("blk-compiler-", ".json");
			Files.writeString(file, NO_C2);
			Object answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND),
					"compilerDirectivesAdd", new Object[] { new String[] { file.toString() } },
					new String[] { String[].class.getName() });
			return String.valueOf(answer).strip();
		}
		catch (IOException | JMException | RuntimeException e) {
			return "not available (" + e + ")";
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}
}
