package id.go.kemnaker.blk.job;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.ingest.InputSet;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * First step of a new run: lists the input files with their SHA-256, checks they are the files the run
 * was started for, and records the run and its files; the staged rows of earlier runs are deleted.
 */
class PrepareRunTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PrepareRunTasklet.class);

	private final StagingStore store;

	PrepareRunTasklet(StagingStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		Map<String, Object> params = chunk.getStepContext().getJobParameters();
		String inputDir = JobParams.string(params, JobParams.INPUT_DIR);
		InputSet inputs = InputSet.scan(Path.of(inputDir));
		String expected = JobParams.string(params, JobParams.INPUT_FINGERPRINT);
		if (!inputs.fingerprint().equals(expected)) {
			throw new IllegalStateException("the input files changed between the start of the run and its first step;"
					+ " run again");
		}
		store.startRun(new StagingStore.Run(chunk.getStepContext().getJobInstanceId(),
				chunk.getStepContext().getJobName(), inputDir, JobParams.string(params, JobParams.OUTPUT_DIR), expected,
				JobParams.string(params, JobParams.PERIOD), true), inputs.files());
		log.info("input {}: {} files{}", inputDir, inputs.files().size(),
				inputs.missingFolders().isEmpty() ? "" : " (no folder " + String.join(", ", inputs.missingFolders()) + ")");
		return RepeatStatus.FINISHED;
	}
}
