package id.go.kemnaker.blk.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.ingest.PersonalData;

/**
 * Every query the console makes on the pipeline's own tables (not the job repository, not its own audit
 * table), in one place so that it follows their layout. Every row there belongs to a run (its job instance
 * id, {@code run_id}): the input files and ledger of every run are kept, the rejects of the last 20 runs
 * (see {@code StagingStore}). A run that never got as far as recording its files answers {@link #kept}
 * false. Each method takes the run it is about.
 */
@Component
@ConditionalOnWebApplication
class PipelineTables {

	/** Rejected rows shown per reason. */
	static final int EXAMPLES = 3;

	private final JdbcTemplate jdbc;

	PipelineTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One input file of a run and what became of it. */
	record FileLedger(String dataset, String name, long size, String sha256, String status, String failure,
			String message, String sheetsRead, String sheetsSkipped, long rowsRead, long accepted, long rejected,
			long totals, long blank) {

		boolean balances() {
			return rowsRead == accepted + rejected + totals + blank;
		}
	}

	/** A rejected row as shown: where it is, the value (masked) and why. */
	record Reject(String file, String sheet, int row, String column, String value, String message) {
	}

	/** Rejected rows of one reason: how many, and the first few as examples. */
	record ReasonGroup(String reason, long count, List<Reject> examples) {
	}

	/** The latest run (job instance id) that recorded its input files, or null. */
	Long stagedRun() {
		return jdbc.queryForObject("SELECT MAX(run_id) FROM blk_run", Long.class);
	}

	/** Whether the tables hold the input files and ledger of this run. */
	boolean kept(long runId) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM blk_run WHERE run_id = ?", Integer.class, runId);
		return n != null && n > 0;
	}

	/** The per-file ledger of a run, in input order; empty when it is no longer kept. */
	List<FileLedger> ledger(long runId) {
		if (!kept(runId)) {
			return List.of();
		}
		return jdbc.query("SELECT i.dataset, i.name, i.size_bytes, i.sha256, COALESCE(l.status, 'MISSING'), l.failure,"
				+ " l.message, l.sheets_read, l.sheets_skipped, COALESCE(l.rows_read, 0), COALESCE(l.rows_accepted, 0),"
				+ " COALESCE(l.rows_rejected, 0), COALESCE(l.rows_total, 0), COALESCE(l.rows_blank, 0), l.message_key,"
				+ " l.message_args, l.sheets_read_msgs, l.sheets_skipped_msgs"
				+ " FROM blk_input i LEFT JOIN blk_file_ledger l ON l.run_id = i.run_id AND l.file_id = i.file_id"
				+ " WHERE i.run_id = ? ORDER BY i.file_id",
				(rs, i) -> new FileLedger(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getString(6), PersonalData.maskIdentifiers(text(rs.getString(15), rs.getString(16), rs.getString(7))),
						lines(rs.getString(17), rs.getString(8)), lines(rs.getString(18), rs.getString(9)),
						rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
				runId);
	}

	/** A stored message in the user's language; a row stored without a key shows its text. */
	private static String text(String key, String args, String text) {
		return key == null && text == null ? null : Formats.text(Message.stored(key, args, text));
	}

	/** Stored messages one per line in the user's language, or the stored lines of text. */
	private static String lines(String encoded, String text) {
		return encoded == null ? text
				: String.join("\n", Message.decodeList(encoded).stream().map(Formats::text).toList());
	}

	/**
	 * Rejected rows of a run by reason, most frequent first, each with its first {@value #EXAMPLES} rows in file
	 * order. Values and messages were masked when they were staged, and are masked again here.
	 */
	List<ReasonGroup> rejectsByReason(long runId) {
		if (!kept(runId)) {
			return List.of();
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query("SELECT reason, COUNT(*) FROM stg_reject WHERE run_id = ? GROUP BY reason ORDER BY COUNT(*) DESC,"
				+ " reason", rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, runId);
		Map<String, List<Reject>> examples = new HashMap<>();
		for (String reason : counts.keySet()) {
			// the primary key is the row's place in file order: the first rows of a reason, read in that order
			examples.put(reason, jdbc.query("SELECT i.name, r.sheet, r.row_no, r.column_name, r.cell_value, r.message,"
					+ " r.message_key, r.message_args FROM stg_reject r JOIN blk_input i ON i.run_id = r.run_id"
					+ " AND i.file_id = r.file_id WHERE r.run_id = ? AND r.reason = ? ORDER BY r.seq LIMIT " + EXAMPLES,
					(rs, i) -> new Reject(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
							PersonalData.maskIdentifiers(rs.getString(5)),
							PersonalData.maskIdentifiers(text(rs.getString(7), rs.getString(8), rs.getString(6)))),
					runId, reason));
		}
		List<ReasonGroup> out = new ArrayList<>();
		counts.forEach((reason, n) -> out.add(new ReasonGroup(reason, n, examples.getOrDefault(reason, List.of()))));
		return out;
	}

	/** What the latest run (of either job) made of each input file, by its name under the input folder. */
	Map<String, FileLedger> lastRunFiles() {
		Long staged = stagedRun();
		Map<String, FileLedger> out = new HashMap<>();
		if (staged != null) {
			for (FileLedger f : ledger(staged)) {
				out.put(f.name(), f);
			}
		}
		return out;
	}
}
