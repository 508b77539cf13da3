package id.go.kemnaker.blk.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.ingest.InputSet;
import id.go.kemnaker.blk.job.JobParams;
import id.go.kemnaker.blk.job.PipelineProperties;

/**
 * What identifies a run: the report period asked for, a fingerprint of the input files and one of the
 * settings that change results. No timestamp and no counter, so launching again on the same inputs finds
 * the same job instance: done (nothing to do), or failed (restart it). {@code rerun} is above 0 only when
 * the same inputs are run again on purpose.
 */
record JobIdentity(String period, String inputFingerprint, String configFingerprint, Path inputDir, Path outputDir,
		String lang) {

	/** The identity of a launch with the period and language of {@code props} (already validated). */
	static JobIdentity of(InputSet inputs, PipelineProperties props, IndicatorSettings settings) {
		Path input = props.input().toAbsolutePath().normalize();
		Path output = props.output().toAbsolutePath().normalize();
		String period = props.period().isEmpty() ? JobParams.LATEST : props.period();
		String config = String.join("\n", settings.describe(), "lang=" + props.lang(), "csv=" + props.csvCharset(),
				"output=" + output, "input=" + input, "period=" + period, "format=1");
		return new JobIdentity(period, inputs.fingerprint(), sha256(config), input, output, props.lang());
	}

	/** The identifying parameters only: enough to find the job instance. */
	JobParameters parameters(long rerun) {
		return parameters(rerun, null);
	}

	/** All parameters of a launch, with who launched it (not identifying; null leaves it out). */
	JobParameters parameters(long rerun, String launchedBy) {
		JobParametersBuilder b = new JobParametersBuilder().addString(JobParams.PERIOD, period)
			.addString(JobParams.INPUT_FINGERPRINT, inputFingerprint)
			.addString(JobParams.CONFIG_FINGERPRINT, configFingerprint)
			.addLong(JobParams.RERUN, rerun)
			.addString(JobParams.INPUT_DIR, inputDir.toString(), false)
			.addString(JobParams.OUTPUT_DIR, outputDir.toString(), false)
			.addString(JobParams.LANG, lang, false);
		if (launchedBy != null) {
			b.addString(JobParams.LAUNCHED_BY, launchedBy, false);
		}
		return b.toJobParameters();
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
