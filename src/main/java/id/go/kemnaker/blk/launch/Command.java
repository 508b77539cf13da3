package id.go.kemnaker.blk.launch;

import java.util.List;
import java.util.Locale;

/** The sub-commands of the jar and the options each one takes. */
enum Command {

	RUN("run", "one run of the main job: read and check every input, compute the indicators, write the reports",
			List.of("input", "output", "period", "lang", "force")),
	VALIDATE("validate", "read and check every input; write only the data-quality workbook and the rejects file",
			List.of("input", "output", "period", "lang")),
	SCHEDULE("schedule", "stay running and do what 'run' does on a schedule (default 02:00 Asia/Jakarta every night)",
			List.of("input", "output", "period", "lang", "cron", "zone")),
	HISTORY("history", "recent runs: id, start, end, duration, status, period, rows, reports written",
			List.of("limit")),
	CONSOLE("console", "web console for staff: runs, launch, reports, inputs and uploads; also runs the nightly schedule",
			List.of("input", "output", "period", "lang", "cron", "zone")),
	PASSWORD("password", "read a password (not shown) and print its {bcrypt} hash for blk.console.users", List.of()),
	TEMPLATES("templates", "write blank input workbooks (header row, instructions, drop-down lists)",
			List.of("output"));

	private final String word;
	private final String summary;
	private final List<String> options;

	Command(String word, String summary, List<String> options) {
		this.word = word;
		this.summary = summary;
		this.options = options;
	}

	String word() {
		return word;
	}

	String summary() {
		return summary;
	}

	List<String> options() {
		return options;
	}

	static Command of(String word) {
		for (Command c : values()) {
			if (c.word.equals(word.toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return null;
	}
}
