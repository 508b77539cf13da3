package id.go.kemnaker.blk.staging;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.InputFile;
import id.go.kemnaker.blk.ingest.LabourForceMerger;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.RecordKeys;
import id.go.kemnaker.blk.report.QualityData;

/**
 * The runs, their input files and ledger, and the staged rows of every dataset but the participants (see
 * {@link ParticipantTable}): rejects, totals and warnings included. Every row belongs to a run (its job
 * instance id); all SQL runs on HSQLDB and PostgreSQL alike.
 */
@Repository
public class StagingStore {

	/** The tables of staged rows, emptied of earlier runs when a new run starts. */
	static final List<String> STAGED_TABLES = List.of("stg_labour_force", "stg_blk", "stg_participant",
			"stg_training_summary", "stg_demand", "stg_total", "stg_program", "stg_dup_key", "stg_dup_row", "ind_value",
			"ind_run", "blk_file_count");

	/**
	 * Rows a page of a long read holds: under the datasource's {@code hsqldb.result_max_memory_rows}, past
	 * which HSQLDB builds a result on disk, slowly.
	 */
	static final int PAGE = 10_000;

	/** Earlier runs whose rejects and warnings are kept for the run history. */
	private static final int RUNS_WITH_REJECTS_KEPT = 20;

	private final JdbcTemplate jdbc;
	private final boolean postgres;
	/** Transactions of their own, for work too large for one transaction of the embedded database. */
	private final TransactionTemplate own;

	public StagingStore(JdbcTemplate jdbc, PlatformTransactionManager tx) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(jdbc);
		this.own = new TransactionTemplate(tx);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether the datasource is PostgreSQL (else the embedded HSQLDB). */
	static boolean isPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres")));
	}

	/** A run and what it was started on; {@code staged}: its staged rows are still in the tables. */
	public record Run(long id, String jobName, String inputDir, String outputDir, String inputFingerprint,
			String requestedPeriod, boolean staged) {
	}

	// ---------------------------------------------------------------- runs

	/**
	 * Starts a run: the staged rows of every other run are deleted (a run whose staged rows are gone can no
	 * longer be restarted where it stopped), as are this run's own if its first step is repeated; then the
	 * run and its input files are recorded.
	 */
	public void startRun(Run run, List<InputFile> files) {
		jdbc.update("UPDATE blk_run SET staged = FALSE WHERE run_id <> ?", run.id());
		for (String table : STAGED_TABLES) {
			// every row of these belongs to an earlier run, or to this one's first attempt: emptied whole, which
			// on HSQLDB takes a moment where deleting a million rows one by one takes minutes
			jdbc.execute("TRUNCATE TABLE " + table);
		}
		for (String table : List.of("stg_reject", "stg_warning", "blk_file_ledger", "blk_input", "blk_run")) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", run.id());
		}
		List<Long> old = jdbc.queryForList("SELECT run_id FROM blk_run ORDER BY run_id DESC", Long.class);
		for (Long gone : old.subList(Math.min(old.size(), RUNS_WITH_REJECTS_KEPT - 1), old.size())) {
			jdbc.update("DELETE FROM stg_reject WHERE run_id = ?", gone);
			jdbc.update("DELETE FROM stg_warning WHERE run_id = ?", gone);
		}
		jdbc.update("INSERT INTO blk_run (run_id, job_name, input_dir, output_dir, input_fingerprint, requested_period,"
				+ " staged) VALUES (?, ?, ?, ?, ?, ?, TRUE)", run.id(), run.jobName(), run.inputDir(), run.outputDir(),
				run.inputFingerprint(), run.requestedPeriod());
		jdbc.batchUpdate("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, modified, sha256,"
				+ " skip_reason, home_affairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)", files, 500, (ps, f) -> {
					ps.setLong(1, run.id());
					ps.setInt(2, f.id());
					ps.setString(3, f.dataset().name());
					ps.setString(4, f.name());
					ps.setString(5, f.path().toString());
					ps.setLong(6, f.size());
					ps.setString(7, f.modified() == null ? null : f.modified().toString());
					ps.setString(8, f.sha256());
					ps.setString(9, f.skipReason());
				});
	}

	/** The run with this id, or null when none was recorded. */
	public Run run(long id) {
		List<Run> runs = jdbc.query("SELECT run_id, job_name, input_dir, output_dir, input_fingerprint, requested_period,"
				+ " staged FROM blk_run WHERE run_id = ?", (rs, i) -> new Run(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)), id);
		return runs.isEmpty() ? null : runs.get(0);
	}

	public List<InputFile> inputs(long run, Dataset dataset) {
		return jdbc.query("SELECT file_id, dataset, name, path, size_bytes, modified, sha256, skip_reason FROM blk_input"
				+ " WHERE run_id = ? AND dataset = ? ORDER BY file_id", (rs, i) -> inputFile(rs), run, dataset.name());
	}

	private static InputFile inputFile(ResultSet rs) throws SQLException {
		String modified = rs.getString(6);
		return new InputFile(rs.getInt(1), Dataset.valueOf(rs.getString(2)), Path.of(rs.getString(4)), rs.getString(3),
				rs.getLong(5), modified == null ? null : Instant.parse(modified), rs.getString(7), rs.getString(8));
	}

	// ---------------------------------------------------------------- accepted rows

	public void insertLabourForce(long run, List<Staged<LabourForceRecord>> rows) {
		jdbc.batchUpdate("INSERT INTO stg_labour_force (run_id, seq, file_id, sheet, row_no, province_code, period, wap, lf,"
				+ " employed, unemployed, tpt, tpak, youth_lf, youth_unemployed, bare_code)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, s) -> {
					LabourForceRecord r = s.record();
					location(ps, run, s.location());
					ps.setString(6, r.provinceCode());
					ps.setString(7, r.period().toString());
					figures(ps, 8, r);
					ps.setBoolean(16, s.bareProvinceCode());
				});
	}

	private static void figures(PreparedStatement ps, int at, LabourForceRecord r) throws SQLException {
		setLong(ps, at, r.workingAgePopulation());
		setLong(ps, at + 1, r.labourForce());
		setLong(ps, at + 2, r.employed());
		setLong(ps, at + 3, r.unemployed());
		setDouble(ps, at + 4, r.publishedTpt());
		setDouble(ps, at + 5, r.publishedTpak());
		setLong(ps, at + 6, r.youthLabourForce());
		setLong(ps, at + 7, r.youthUnemployed());
	}

	public void insertBlk(long run, List<Staged<BlkRecord>> rows) {
		jdbc.batchUpdate("INSERT INTO stg_blk (run_id, seq, file_id, sheet, row_no, blk_code, name, province_code, regency,"
				+ " blk_type, status, capacity, planned_year, bare_code, dup_hash, val_hash, note)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, s) -> {
					BlkRecord r = s.record();
					location(ps, run, s.location());
					ps.setString(6, clip(r.code(), 100));
					ps.setString(7, clip(r.name(), 500));
					ps.setString(8, r.provinceCode());
					ps.setString(9, clip(r.regency(), 500));
					ps.setString(10, r.type().name());
					ps.setString(11, r.status().name());
					setLong(ps, 12, r.annualCapacity());
					if (r.plannedYear() == null) {
						ps.setNull(13, Types.INTEGER);
					}
					else {
						ps.setInt(13, r.plannedYear());
					}
					ps.setBoolean(14, s.bareProvinceCode());
					keys(ps, 15, r);
					ps.setString(17, clip(r.note(), 2000));
				});
	}

	public void insertSummaries(long run, List<Staged<TrainingSummaryRecord>> rows) {
		jdbc.batchUpdate("INSERT INTO stg_training_summary (run_id, seq, file_id, sheet, row_no, blk_code, program,"
				+ " period, participants, graduates, certified, employed, self_employed, unemployed, unknown, dup_hash,"
				+ " val_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, s) -> {
					TrainingSummaryRecord r = s.record();
					location(ps, run, s.location());
					ps.setString(6, clip(r.blkCode(), 100));
					ps.setString(7, clip(r.program(), 500));
					ps.setString(8, r.period().toString());
					ps.setLong(9, r.participants());
					ps.setLong(10, r.graduates());
					ps.setLong(11, r.certified());
					ps.setLong(12, r.employed());
					ps.setLong(13, r.selfEmployed());
					ps.setLong(14, r.unemployed());
					ps.setLong(15, r.unknown());
					keys(ps, 16, r);
				});
	}

	public void insertDemand(long run, List<Staged<DemandRecord>> rows) {
		jdbc.batchUpdate("INSERT INTO stg_demand (run_id, seq, file_id, sheet, row_no, province_code, period, whole_year,"
				+ " source, workers, program, project, bare_code, dup_hash, val_hash)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, s) -> {
					DemandRecord r = s.record();
					location(ps, run, s.location());
					ps.setString(6, r.provinceCode());
					ps.setString(7, r.period().toString());
					ps.setBoolean(8, r.wholeYear());
					ps.setString(9, r.source().name());
					ps.setLong(10, r.workersNeeded());
					ps.setString(11, clip(r.program(), 500));
					ps.setString(12, clip(r.project(), 500));
					ps.setBoolean(13, s.bareProvinceCode());
					keys(ps, 14, r);
				});
	}

	/** The hash of the duplicate key and the hash of the values. */
	private static void keys(PreparedStatement ps, int at, Object record) throws SQLException {
		ps.setLong(at, RecordKeys.keyHash(record));
		ps.setLong(at + 1, RecordKeys.valueHash(record));
	}

	/** Records how a programme is written the first time it is seen (rows carry the case-folded name). */
	public void registerProgram(long run, String program, String label, long seq) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM stg_program WHERE run_id = ? AND program = ?",
				Integer.class, run, clip(program, 500));
		if (n != null && n == 0) {
			jdbc.update("INSERT INTO stg_program (run_id, program, label, seq) VALUES (?, ?, ?, ?)", run,
					clip(program, 500), clip(label, 500), seq);
		}
	}

	// ---------------------------------------------------------------- rejects, totals, warnings, file ends

	public void insertRejects(long run, List<IngestEvent.Rejected> rows) {
		jdbc.batchUpdate("INSERT INTO stg_reject (run_id, seq, file_id, sheet, row_no, dataset, column_name, cell_value,"
				+ " reason, message, province_code, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (ps, r) -> {
					location(ps, run, r.location());
					ps.setString(6, r.dataset().name());
					ps.setString(7, clip(r.column(), 400));
					ps.setString(8, clip(r.value(), 1000));
					ps.setString(9, r.reason().name());
					message(ps, 10, 12, r.message());
					ps.setString(11, r.provinceCode());
				});
	}

	public void insertTotals(long run, List<IngestEvent.Total> rows) {
		jdbc.batchUpdate("INSERT INTO stg_total (run_id, seq, file_id, sheet, row_no, label, period, wap, lf, employed,"
				+ " unemployed, tpt, tpak, youth_lf, youth_unemployed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (ps, t) -> {
					location(ps, run, t.location());
					ps.setString(6, clip(t.label(), 200));
					LabourForceRecord f = t.figures();
					ps.setString(7, f == null || f.period() == null ? null : f.period().toString());
					figures(ps, 8, f == null ? new LabourForceRecord(null, null, null, null, null, null, null, null, null, null)
							: f);
				});
	}

	public void insertWarnings(long run, List<IngestEvent.Warning> rows) {
		jdbc.batchUpdate("INSERT INTO stg_warning (run_id, seq, file_id, sheet, row_no, column_name, code, message,"
				+ " province_code, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(),
				(ps, w) -> {
					location(ps, run, w.location());
					ps.setString(6, clip(w.column(), 400));
					ps.setString(7, w.code());
					message(ps, 8, 10, w.message());
					ps.setString(9, w.provinceCode());
				});
	}

	/** The file showed Home Affairs province numbering (a 93) in a bare code column. */
	public void markHomeAffairsNumbering(long run, int fileId) {
		jdbc.update("UPDATE blk_input SET home_affairs = TRUE WHERE run_id = ? AND file_id = ?", run, fileId);
	}

	/**
	 * Records the end of a file. A file that failed contributes nothing: whatever was staged from it before
	 * it failed is removed. In a file that uses Home Affairs numbering somewhere (a code 93), every row whose
	 * province came from a bare Papua-region code is moved to the rejects: ambiguous, not guessed.
	 */
	public void finishFile(long run, FileLedger ledger) {
		int id = ledger.fileId();
		boolean homeAffairs = Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT home_affairs FROM blk_input WHERE run_id = ? AND file_id = ?", Boolean.class, run, id));
		if (ledger.status() == FileLedger.Status.FAILED) {
			for (String table : List.of("stg_labour_force", "stg_blk", "stg_participant", "stg_training_summary",
					"stg_demand", "stg_total", "stg_reject", "stg_warning", "stg_program")) {
				jdbc.update("DELETE FROM " + table + " WHERE run_id = ? AND seq >= ? AND seq < ?", run, fileStart(id),
						fileStart(id + 1));
			}
		}
		else if (homeAffairs) {
			// the English text with the code in its place, for the message column
			String english = Message.of(BARE_PAPUA_CODE, "\u0000").english().replace("'", "''");
			int at = english.indexOf('\u0000');
			for (String[] t : new String[][] { { "stg_labour_force", "LABOUR_FORCE" }, { "stg_blk", "BLK" },
					{ "stg_demand", "DEMAND" } }) {
				jdbc.update("INSERT INTO stg_reject (run_id, seq, file_id, sheet, row_no, dataset, column_name, cell_value,"
						+ " reason, message, province_code, message_key, message_args) SELECT DISTINCT run_id, seq, file_id,"
						+ " sheet, row_no, '" + t[1] + "', 'province_code', province_code, 'AMBIGUOUS_PROVINCE_CODE', '"
						+ english.substring(0, at) + "' || province_code || '" + english.substring(at + 1) + "', NULL, '"
						+ BARE_PAPUA_CODE + "', province_code FROM " + t[0] + " WHERE run_id = ? AND file_id = ? AND bare_code",
						run, id);
				jdbc.update("DELETE FROM " + t[0] + " WHERE run_id = ? AND file_id = ? AND bare_code", run, id);
			}
		}
		Message m = ledger.message();
		jdbc.update("INSERT INTO blk_file_ledger (run_id, file_id, status, failure, message, sheets_read, sheets_skipped,"
				+ " rows_read, rows_blank, home_affairs, message_key, message_args, sheets_read_msgs, sheets_skipped_msgs)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run, id, ledger.status().name(), ledger.failure(),
				m == null ? null : clip(m.english(), 4000), clip(english(ledger.sheetsRead()), 4000),
				clip(english(ledger.sheetsSkipped()), 8000), ledger.rowsRead(), ledger.blank(), homeAffairs,
				m == null ? null : m.key(), m == null ? null : args(m, 4000), messages(ledger.sheetsRead(), 8000),
				messages(ledger.sheetsSkipped(), 16000));
	}

	// ---------------------------------------------------------------- duplicates

	/**
	 * Finds the rows of a staging table that repeat another row's key (see {@link DuplicateKeys}) and moves
	 * those that {@link DuplicateResolver} decides against to the rejects. Returns how many. The work is
	 * done in transactions of its own, each leaving the tables consistent: a page of keys is decided and
	 * moved whole, so that doing it all again after a crash finds only the keys not yet decided (HSQLDB
	 * keeps what an open transaction changed in memory, and a file delivered twice changes every row).
	 */
	public int rejectDuplicates(long run, DuplicateKeys.Table table) {
		return DuplicateKeys.resolve(jdbc, postgres, run, table, work -> own.executeWithoutResult(status -> work.run()),
				decisions -> moveToRejects(run, table.table(), table.dataset(), table.keyColumns(), table.provinceColumn(),
						decisions),
				DuplicateKeys.GROUP_PAGE);
	}

	/** Moves labour-force rows that conflict with another file's figures for the same round to the rejects. */
	public void rejectMerged(long run, List<DuplicateResolver.Decision> decisions) {
		moveToRejects(run, "stg_labour_force", Dataset.LABOUR_FORCE, "province, period", "province_code", decisions);
	}

	private void moveToRejects(long run, String table, Dataset dataset, String keyColumns, String province,
			List<DuplicateResolver.Decision> decisions) {
		if (decisions.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO stg_reject (run_id, seq, file_id, sheet, row_no, dataset, column_name, cell_value,"
				+ " reason, message, message_key, message_args, province_code) SELECT DISTINCT run_id, seq, file_id,"
				+ " sheet, row_no, ?, ?, NULL, ?, ?, ?, ?, " + province + " FROM " + table + " WHERE run_id = ? AND seq = ?",
				decisions, 500, (ps, d) -> {
					ps.setString(1, dataset.name());
					ps.setString(2, keyColumns);
					ps.setString(3, d.reason().name());
					message(ps, 4, 5, d.message());
					ps.setLong(7, run);
					ps.setLong(8, d.seq());
				});
		jdbc.batchUpdate("DELETE FROM " + table + " WHERE run_id = ? AND seq = ?", decisions, 500, (ps, d) -> {
			ps.setLong(1, run);
			ps.setLong(2, d.seq());
		});
	}

	public List<LabourForceMerger.Row> labourForceRows(long run) {
		return jdbc.query("SELECT l.seq, i.name, l.sheet, l.row_no, l.province_code, l.period, l.wap, l.lf, l.employed,"
				+ " l.unemployed, l.tpt, l.tpak, l.youth_lf, l.youth_unemployed FROM stg_labour_force l"
				+ " JOIN blk_input i ON i.run_id = l.run_id AND i.file_id = l.file_id WHERE l.run_id = ? ORDER BY l.seq",
				(rs, i) -> new LabourForceMerger.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						new LabourForceRecord(rs.getString(5), Period.parse(rs.getString(6)).orElseThrow(), getLong(rs, 7),
								getLong(rs, 8), getLong(rs, 9), getLong(rs, 10), getDouble(rs, 11), getDouble(rs, 12),
								getLong(rs, 13), getLong(rs, 14))),
				run);
	}

	public void insertMergeWarnings(long run, List<LabourForceMerger.MergeWarning> warnings) {
		jdbc.batchUpdate("INSERT INTO stg_warning (run_id, seq, file_id, sheet, row_no, column_name, code, message,"
				+ " message_key, message_args, province_code) SELECT DISTINCT run_id, seq, file_id, sheet, row_no, NULL, ?, ?,"
				+ " ?, ?, ? FROM stg_labour_force WHERE run_id = ? AND seq = ?", warnings, 500, (ps, w) -> {
					ps.setString(1, w.code());
					message(ps, 2, 3, w.message());
					ps.setString(5, w.provinceCode());
					ps.setLong(6, run);
					ps.setLong(7, w.seq());
				});
	}

	// ---------------------------------------------------------------- ledger

	/**
	 * Counts the accepted, rejected and total rows of every file from what is staged, stores them in the
	 * ledger, and returns it. A row of a wide table staged as several records counts once. The accepted rows
	 * are counted per file and province in one pass over each table and kept in {@code blk_file_count}, from
	 * which the province workbooks' ledgers are read.
	 */
	public List<QualityData.FileRow> closeLedger(long run) {
		Map<Integer, Map<String, Long>> byFile = countAccepted(run);
		jdbc.update("DELETE FROM blk_file_count WHERE run_id = ?", run);
		List<Object[]> rows = new ArrayList<>();
		Map<Integer, Long> accepted = new HashMap<>();
		byFile.forEach((file, provinces) -> provinces.forEach((province, n) -> {
			rows.add(new Object[] { run, file, province, n });
			accepted.merge(file, n, Long::sum);
		}));
		jdbc.batchUpdate("INSERT INTO blk_file_count (run_id, file_id, province_code, accepted) VALUES (?, ?, ?, ?)",
				rows);
		Map<Integer, Long> rejected = countByFile(run, "stg_reject", new HashMap<>());
		Map<Integer, Long> totals = countByFile(run, "stg_total", new HashMap<>());
		jdbc.batchUpdate("UPDATE blk_file_ledger SET rows_accepted = ?, rows_rejected = ?, rows_total = ?"
				+ " WHERE run_id = ? AND file_id = ?", jdbc.queryForList("SELECT file_id FROM blk_input WHERE run_id = ?",
						Integer.class, run), 500, (ps, id) -> {
							ps.setLong(1, accepted.getOrDefault(id, 0L));
							ps.setLong(2, rejected.getOrDefault(id, 0L));
							ps.setLong(3, totals.getOrDefault(id, 0L));
							ps.setLong(4, run);
							ps.setInt(5, id);
						});
		return ledger(run);
	}

	/**
	 * The accepted rows of the run per file and province (null: not known), one query per table: participants
	 * and training summaries belong to the province of their BLK, counted per BLK (a few thousand groups).
	 */
	private Map<Integer, Map<String, Long>> countAccepted(long run) {
		Map<Integer, Map<String, Long>> counts = new TreeMap<>();
		for (String table : List.of("stg_labour_force", "stg_blk", "stg_demand")) {
			// a wide table's row is one record per period, all with the row's seq (and province): counted once
			String count = table.equals("stg_labour_force") ? "COUNT(DISTINCT seq)" : "COUNT(*)";
			jdbc.query("SELECT file_id, province_code, " + count + " FROM " + table + " WHERE run_id = ?"
					+ " GROUP BY file_id, province_code", rs -> {
						counts.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).merge(rs.getString(2), rs.getLong(3),
								Long::sum);
					}, run);
		}
		Map<String, String> blkProvinces = blkProvinces(run);
		for (String table : List.of("stg_participant", "stg_training_summary")) {
			jdbc.query("SELECT file_id, blk_code, COUNT(*) FROM " + table + " WHERE run_id = ? GROUP BY file_id, blk_code",
					rs -> {
						counts.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
							.merge(blkProvinces.get(rs.getString(2)), rs.getLong(3), Long::sum);
					}, run);
		}
		return counts;
	}

	private Map<Integer, Long> countByFile(long run, String table, Map<Integer, Long> into) {
		String count = table.equals("stg_total") ? "COUNT(DISTINCT seq)" : "COUNT(*)";
		jdbc.query("SELECT file_id, " + count + " FROM " + table + " WHERE run_id = ? GROUP BY file_id", rs -> {
			into.merge(rs.getInt(1), rs.getLong(2), Long::sum);
		}, run);
		return into;
	}

	/** The first row sequence of a file (see {@link Location#sequence()}). */
	static long fileStart(int fileId) {
		return (long) fileId << 40;
	}

	public List<QualityData.FileRow> ledger(long run) {
		return jdbc.query("SELECT i.file_id, i.dataset, i.name, i.size_bytes, i.modified, i.sha256,"
				+ " COALESCE(l.status, 'MISSING'), l.failure, l.message, l.sheets_read, l.sheets_skipped,"
				+ " COALESCE(l.rows_read, 0), COALESCE(l.rows_accepted, 0), COALESCE(l.rows_rejected, 0),"
				+ " COALESCE(l.rows_total, 0), COALESCE(l.rows_blank, 0), l.message_key, l.message_args,"
				+ " l.sheets_read_msgs, l.sheets_skipped_msgs FROM blk_input i"
				+ " LEFT JOIN blk_file_ledger l ON l.run_id = i.run_id AND l.file_id = i.file_id"
				+ " WHERE i.run_id = ? ORDER BY i.file_id",
				(rs, i) -> new QualityData.FileRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9) == null && rs.getString(17) == null ? null
								: Message.stored(rs.getString(17), rs.getString(18), rs.getString(9)),
						messages(rs.getString(19), rs.getString(10)), messages(rs.getString(20), rs.getString(11)),
						rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16)),
				run);
	}

	// ---------------------------------------------------------------- data quality

	/** Rejected rows in file order, of all provinces ({@code provinceCode} null) or one. */
	public void forEachReject(long run, String provinceCode, Consumer<QualityData.RejectRow> action) {
		Map<Integer, String> files = new HashMap<>();
		jdbc.query("SELECT file_id, name FROM blk_input WHERE run_id = ?", rs -> {
			files.put(rs.getInt(1), rs.getString(2));
		}, run);
		String where = provinceCode == null ? "" : " AND province_code = ?";
		long[] last = { -1 };
		int[] rows = new int[1];
		do {
			rows[0] = 0;
			Object[] args = provinceCode == null ? new Object[] { run, last[0] }
					: new Object[] { run, last[0], provinceCode };
			// a page at a time in file order: a run with many rejects never needs them all in memory at once
			jdbc.query("SELECT seq, dataset, file_id, sheet, row_no, column_name, cell_value, reason, message, province_code,"
					+ " message_key, message_args FROM stg_reject WHERE run_id = ? AND seq > ?" + where
					+ " ORDER BY run_id, seq LIMIT " + PAGE, rs -> {
						last[0] = rs.getLong(1);
						rows[0]++;
						action.accept(new QualityData.RejectRow(rs.getString(2), files.get(rs.getInt(3)), rs.getString(4),
								rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
								Message.stored(rs.getString(11), rs.getString(12), rs.getString(9)), rs.getString(10)));
					}, args);
		}
		while (rows[0] == PAGE);
	}

	/** Rejected rows counted by reason, most frequent first, each with its first row (in file order) as example. */
	public List<QualityData.ReasonRow> rejectsByReason(long run) {
		return qualities(run, List.of(), code -> List.of()).get(null).reasons();
	}

	/**
	 * The data-quality picture of the whole run (key null) and of each of the given provinces, read with one
	 * query per table, however many provinces: the per-file ledger, rejected rows counted by reason (most
	 * frequent first, each with its first row in file order as example) and warnings.
	 */
	public Map<String, QualityData> qualities(long run, Collection<String> provinceCodes,
			Function<String, List<QualityData.BlankIndicator>> blanks) {
		List<QualityData.FileRow> ledger = ledger(run);
		Map<String, Map<String, long[]>> counts = new HashMap<>();
		jdbc.query("SELECT province_code, reason, COUNT(*), MIN(seq) FROM stg_reject WHERE run_id = ?"
				+ " GROUP BY province_code, reason", rs -> {
					String province = rs.getString(1);
					String reason = rs.getString(2);
					long n = rs.getLong(3);
					long first = rs.getLong(4);
					long[] all = counts.computeIfAbsent(null, k -> new TreeMap<>()).computeIfAbsent(reason,
							k -> new long[] { 0, Long.MAX_VALUE });
					all[0] += n;
					all[1] = Math.min(all[1], first);
					if (province != null) {
						counts.computeIfAbsent(province, k -> new TreeMap<>()).put(reason, new long[] { n, first });
					}
				}, run);
		// the first row of each province and reason, which includes the first of each reason overall
		Map<Long, Message> examples = new HashMap<>();
		jdbc.query("SELECT r.seq, i.name, r.sheet, r.row_no, r.column_name, r.message, r.message_key, r.message_args"
				+ " FROM stg_reject r JOIN blk_input i ON i.run_id = r.run_id AND i.file_id = r.file_id WHERE r.run_id = ?"
				+ " AND r.seq IN (SELECT MIN(seq) FROM stg_reject WHERE run_id = ? GROUP BY province_code, reason)", rs -> {
					examples.put(rs.getLong(1), Message.of("msg.example", where(rs.getString(2), rs.getString(3), rs.getInt(4),
							rs.getString(5)), Message.stored(rs.getString(7), rs.getString(8), rs.getString(6))));
				}, run, run);
		List<QualityData.WarningRow> warnings = jdbc.query("SELECT i.name, w.sheet, w.row_no, w.column_name, w.code,"
				+ " w.message, w.province_code, w.message_key, w.message_args FROM stg_warning w JOIN blk_input i"
				+ " ON i.run_id = w.run_id AND i.file_id = w.file_id WHERE w.run_id = ? ORDER BY w.seq, w.id",
				(rs, i) -> new QualityData.WarningRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getString(5), Message.stored(rs.getString(8), rs.getString(9), rs.getString(6)), rs.getString(7)),
				run);
		Map<String, Map<Integer, long[]>> byProvince = provinceFileCounts(run, provinceCodes);
		Map<String, QualityData> out = new HashMap<>();
		List<String> scopes = new ArrayList<>();
		scopes.add(null);
		scopes.addAll(provinceCodes);
		for (String scope : scopes) {
			List<QualityData.ReasonRow> reasons = new ArrayList<>();
			counts.getOrDefault(scope, Map.of()).forEach((reason, n) -> reasons.add(new QualityData.ReasonRow(reason,
					n[0], examples.get(n[1]))));
			reasons.sort((a, b) -> Long.compare(b.count(), a.count()));
			List<QualityData.WarningRow> own = scope == null ? warnings
					: warnings.stream().filter(w -> scope.equals(w.provinceCode())).toList();
			List<QualityData.FileRow> files = scope == null ? ledger : provinceLedger(ledger, byProvince.get(scope));
			out.put(scope, new QualityData(files, reasons, own, blanks.apply(scope)));
		}
		return out;
	}

	/**
	 * Per province, per file: the province's accepted and rejected rows in that file ({@code [accepted,
	 * rejected]}). Participants and training summaries belong to the province of their BLK.
	 */
	private Map<String, Map<Integer, long[]>> provinceFileCounts(long run, Collection<String> provinceCodes) {
		Map<String, Map<Integer, long[]>> counts = new HashMap<>();
		if (provinceCodes.isEmpty()) {
			return counts;
		}
		// counted when the ledger closed (closeLedger); a run whose ledger was closed by a version without
		// blk_file_count, and resumed by this one at its reports, is counted now
		boolean[] stored = { false };
		jdbc.query("SELECT province_code, file_id, accepted FROM blk_file_count WHERE run_id = ?", rs -> {
			stored[0] = true;
			add(counts, rs.getString(1), rs.getInt(2), 0, rs.getLong(3));
		}, run);
		if (!stored[0]) {
			countAccepted(run).forEach((file, provinces) -> provinces.forEach((province, n) -> add(counts, province, file,
					0, n)));
		}
		jdbc.query("SELECT province_code, file_id, COUNT(*) FROM stg_reject WHERE run_id = ?"
				+ " AND province_code IS NOT NULL GROUP BY province_code, file_id", rs -> {
					add(counts, rs.getString(1), rs.getInt(2), 1, rs.getLong(3));
				}, run);
		return counts;
	}

	private static void add(Map<String, Map<Integer, long[]>> counts, String province, int file, int slot, long n) {
		if (province != null) {
			counts.computeIfAbsent(province, k -> new TreeMap<>()).computeIfAbsent(file, k -> new long[2])[slot] += n;
		}
	}

	/**
	 * A province's ledger: the files that hold its rows, each with the province's rows only (read =
	 * accepted + rejected; total rows and blank rows belong to no province).
	 */
	private static List<QualityData.FileRow> provinceLedger(List<QualityData.FileRow> ledger, Map<Integer, long[]> own) {
		List<QualityData.FileRow> out = new ArrayList<>();
		if (own == null) {
			return out;
		}
		for (QualityData.FileRow f : ledger) {
			long[] n = own.get(f.fileId());
			if (n != null) {
				out.add(new QualityData.FileRow(f.fileId(), f.dataset(), f.name(), f.size(), f.modified(), f.sha256(),
						f.status(), f.failure(), f.message(), f.sheetsRead(), f.sheetsSkipped(), n[0] + n[1], n[0], n[1], 0,
						0));
			}
		}
		return out;
	}

	/** Where a row is, for the user: file, sheet, row, column. */
	public static Message where(String file, String sheet, int row, String column) {
		List<Message> parts = new ArrayList<>();
		parts.add(Message.literal(file));
		if (sheet != null && !file.endsWith(sheet)) {
			parts.add(Message.of("msg.where.sheet", sheet));
		}
		if (row > 0) {
			parts.add(Message.of("msg.where.row", row));
		}
		if (column != null) {
			parts.add(Message.of("msg.where.column", column));
		}
		return Message.of("msg.text", Message.joined(parts));
	}

	/** Where a row is, as the log says it: file, sheet, row, column. */
	public static String locationText(String file, String sheet, int row, String column) {
		StringBuilder sb = new StringBuilder(file);
		if (sheet != null && !file.endsWith(sheet)) {
			sb.append(", sheet '").append(sheet).append('\'');
		}
		if (row > 0) {
			sb.append(", row ").append(row);
		}
		if (column != null) {
			sb.append(", column ").append(column);
		}
		return sb.toString();
	}

	/** BLK code to BPS province code, for checking training rows. */
	public Map<String, String> blkProvinces(long run) {
		Map<String, String> map = new HashMap<>();
		jdbc.query("SELECT blk_code, province_code FROM stg_blk WHERE run_id = ?", rs -> {
			map.put(rs.getString(1), rs.getString(2));
		}, run);
		return map;
	}

	/** Rows of a run in a table. */
	public long count(long run, String table) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Long.class, run);
		return n == null ? 0 : n;
	}

	// ---------------------------------------------------------------- helpers

	static void location(PreparedStatement ps, long run, Location l) throws SQLException {
		ps.setLong(1, run);
		ps.setLong(2, l.sequence());
		ps.setInt(3, l.fileId());
		ps.setString(4, clip(l.sheet(), 200));
		ps.setInt(5, l.row());
	}

	private static final String BARE_PAPUA_CODE = "msg.province.bare-papua-code";

	/** A message in its two columns: the English text (for operators) and the key and arguments. */
	private static void message(PreparedStatement ps, int text, int key, Message m) throws SQLException {
		ps.setString(text, m == null ? null : clip(m.english(), 2000));
		ps.setString(key, m == null ? null : m.key());
		ps.setString(key + 1, m == null ? null : args(m, 4000));
	}

	/** The arguments of a message for a column of {@code max}; cut arguments are better than none. */
	private static String args(Message m, int max) {
		String a = m.encodedArgs();
		return a.length() <= max ? a : new Message(m.key(), m.args().stream().map(s -> clip(s, 400)).toList()).encodedArgs();
	}

	private static String english(List<Message> messages) {
		return String.join("\n", messages.stream().map(Message::english).toList());
	}

	/** Messages for a column of {@code max}: as many whole ones as fit. */
	private static String messages(List<Message> messages, int max) {
		List<Message> fit = new ArrayList<>(messages);
		String s = Message.encodeList(fit);
		while (s.length() > max && !fit.isEmpty()) {
			fit.remove(fit.size() - 1);
			s = Message.encodeList(fit);
		}
		return s;
	}

	/** The stored messages, or for a row stored before they were, its lines of text. */
	private static List<Message> messages(String encoded, String text) {
		if (encoded != null) {
			return Message.decodeList(encoded);
		}
		return text == null || text.isEmpty() ? List.of()
				: Stream.of(text.split("\n")).map(Message::literal).toList();
	}

	/** The text cut to {@code max} characters, ending with an ellipsis when cut. */
	public static String clip(String s, int max) {
		if (s == null || s.length() <= max) {
			return s;
		}
		return s.substring(0, max - 1) + "\u2026";
	}

	private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
		if (v == null) {
			ps.setNull(i, Types.BIGINT);
		}
		else {
			ps.setLong(i, v);
		}
	}

	private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
		if (v == null) {
			ps.setNull(i, Types.DOUBLE);
		}
		else {
			ps.setDouble(i, v);
		}
	}

	static Long getLong(ResultSet rs, int i) throws SQLException {
		long v = rs.getLong(i);
		return rs.wasNull() ? null : v;
	}

	static Double getDouble(ResultSet rs, int i) throws SQLException {
		double v = rs.getDouble(i);
		return rs.wasNull() ? null : v;
	}
}
