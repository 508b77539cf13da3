package id.go.kemnaker.blk.job;

import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.step.StepExecution;

/** Names of the job parameters, and typed access to them from a step. */
public final class JobParams {

	/** Identifying: SHA-256 over names, sizes and SHA-256 of every input file. */
	public static final String INPUT_FINGERPRINT = "input.fingerprint";

	/** Identifying: SHA-256 over the settings that change results. */
	public static final String CONFIG_FINGERPRINT = "config.fingerprint";

	/** Identifying: the requested report period, or {@code latest}. */
	public static final String PERIOD = "period";

	/** Identifying: 0, or how many times the same inputs were run again on purpose ({@code --force}). */
	public static final String RERUN = "rerun";

	public static final String INPUT_DIR = "input.dir";
	public static final String OUTPUT_DIR = "output.dir";

	/** Not identifying (the language is in the configuration fingerprint): {@code id} or {@code en}. */
	public static final String LANG = "lang";

	/** Not identifying: who launched the execution ({@code cli:USER}, {@code schedule}, {@code console:NAME}). */
	public static final String LAUNCHED_BY = "launched.by";

	public static final String LATEST = "latest";

	private JobParams() {
	}

	/**
	 * The report language of a run: its {@link #LANG} parameter, or for runs launched before there was one,
	 * the {@code blk.lang} setting.
	 */
	static Locale locale(StepExecution step, PipelineProperties props) {
		String lang = step.getJobExecution().getJobParameters().getString(LANG);
		return lang == null || lang.isBlank() ? props.locale() : Locale.forLanguageTag(lang);
	}

	static String string(Map<String, Object> params, String name) {
		Object v = params.get(name);
		if (v == null) {
			throw new IllegalStateException("job parameter " + name + " is missing");
		}
		return v.toString();
	}
}
