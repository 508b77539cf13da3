package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureLineTest {

	@Test
	void aStackTraceBecomesItsFirstMessageThatIsNotSpringBatchs() {
		String trace = """
				org.springframework.batch.core.step.StepExecutionException: Unable to process chunk
					at org.springframework.batch.core.step.item.ChunkOrientedStep.doExecute(ChunkOrientedStep.java:100)
					at java.base/java.lang.Thread.run(Thread.java:840)
				Caused by: java.io.UncheckedIOException: cannot write the reports to /out/2025-08: No space left on device
					at id.go.kemnaker.blk.job.WriteReportsTasklet.execute(WriteReportsTasklet.java:90)
				Caused by: java.io.IOException: No space left on device
					... 4 more
				""";
		assertThat(RunHistory.oneLine(trace)).isEqualTo("cannot write the reports to /out/2025-08: No space left on device");
	}

	@Test
	void anIdentityNumberInAMessageIsMasked() {
		assertThat(RunHistory.oneLine("java.lang.IllegalStateException: row of 3201234567890001 does not balance"))
			.isEqualTo("row of 3201********0001 does not balance");
	}

	@Test
	void aWrapperWithoutAnyOtherMessageIsShownAsItIs() {
		assertThat(RunHistory.oneLine("org.springframework.batch.core.job.JobInterruptedException: Job interrupted"))
			.isEqualTo("Job interrupted");
		assertThat(RunHistory.oneLine(null)).isNull();
		assertThat(RunHistory.oneLine("")).isNull();
	}
}
