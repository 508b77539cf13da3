package id.go.kemnaker.blk.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.FileLedger;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.InputFile;
import id.go.kemnaker.blk.ingest.LabourForceMerger;
import id.go.kemnaker.blk.ingest.RecordKeys;
import id.go.kemnaker.blk.report.QualityData;

/**
 * The staging tables: checked rows, rejects, totals, warnings and the per-file ledger of the current
 * run. All SQL of the pipeline's own tables is here; it runs on HSQLDB and PostgreSQL alike.
 */
@Repository
public class StagingStore {

	private static final String[] STAGING_TABLES = { "stg_labour_force", "stg_blk", "stg_spill",
			"stg_training_summary", "stg_demand", "stg_total", "stg_reject", "stg_warning", "blk_file_ledger",
			"blk_input", "blk_run", "ind_value", "ind_run", "blk_sheet", "stg_program", "stg_dup_candidate" };

	private final JdbcTemplate jdbc;

	public StagingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The run whose data the staging tables hold. */
	public record Run(long jobInstanceId, String jobName, String inputDir, String outputDir, String inputFingerprint,
			String requestedPeriod) {
	}

	// ---------------------------------------------------------------- run

	public void startRun(Run run, List<InputFile> files) {
		for (String table : STAGING_TABLES) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("INSERT INTO blk_run (id, job_instance_id, job_name, input_dir, output_dir, input_fingerprint,"
				+ " requested_period) VALUES (1, ?, ?, ?, ?, ?, ?)", run.jobInstanceId(), run.jobName(), run.inputDir(),
				run.outputDir(), run.inputFingerprint(), run.requestedPeriod());
		jdbc.batchUpdate("INSERT INTO blk_input (file_id, dataset, name, path, size_bytes, modified, sha256, skip_reason)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", files, 500, (ps, f) -> {
					ps.setInt(1, f.id());
					ps.setString(2, f.dataset().name());
					ps.setString(3, f.name());
					ps.setString(4, f.path().toString());
					ps.setLong(5, f.size());
					ps.setString(6, f.modified() == null ? null : f.modified().toString());
					ps.setString(7, f.sha256());
					ps.setString(8, f.skipReason());
				});
	}

	/** The run the staging tables belong to, or null when they hold none. */
	public Run run() {
		List<Run> runs = jdbc.query("SELECT job_instance_id, job_name, input_dir, output_dir, input_fingerprint,"
				+ " requested_period FROM blk_run WHERE id = 1", (rs, i) -> new Run(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
		return runs.isEmpty() ? null : runs.get(0);
	}

	public List<InputFile> inputs(Dataset dataset) {
		return jdbc.query("SELECT file_id, dataset, name, path, size_bytes, modified, sha256, skip_reason FROM blk_input"
				+ " WHERE dataset = ? ORDER BY file_id", (rs, i) -> inputFile(rs), dataset.name());
	}

	public List<InputFile> inputs() {
		return jdbc.query("SELECT file_id, dataset, name, path, size_bytes, modified, sha256, skip_reason FROM blk_input"
				+ " ORDER BY file_id", (rs, i) -> inputFile(rs));
	}

	private static InputFile inputFile(java.sql.ResultSet rs) throws SQLException {
		String modified = rs.getString(6);
		return new InputFile(rs.getInt(1), Dataset.valueOf(rs.getString(2)), java.nio.file.Path.of(rs.getString(4)),
				rs.getString(3), rs.getLong(5), modified == null ? null : java.time.Instant.parse(modified),
				rs.getString(7), rs.getString(8));
	}

	// ---------------------------------------------------------------- writing events

	public void insertLabourForce(List<IngestEvent.Accepted> rows) {
		jdbc.batchUpdate("INSERT INTO stg_labour_force (seq, file_id, sheet, row_no, province_code, period, wap, lf,"
				+ " employed, unemployed, tpt, tpak, youth_lf, youth_unemployed, bare_code)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, a) -> {
					LabourForceRecord r = (LabourForceRecord) a.record();
					location(ps, a.location());
					ps.setString(5, r.provinceCode());
					ps.setString(6, r.period().toString());
					figures(ps, 7, r);
					ps.setBoolean(15, a.bareProvinceCode());
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

	public void insertBlk(List<IngestEvent.Accepted> rows) {
		jdbc.batchUpdate("INSERT INTO stg_blk (seq, file_id, sheet, row_no, blk_code, name, province_code, regency,"
				+ " blk_type, status, capacity, planned_year, bare_code, dup_hash, val_hash)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, a) -> {
					BlkRecord r = (BlkRecord) a.record();
					location(ps, a.location());
					ps.setString(5, clip(r.code(), 100));
					ps.setString(6, clip(r.name(), 500));
					ps.setString(7, r.provinceCode());
					ps.setString(8, clip(r.regency(), 500));
					ps.setString(9, r.type().name());
					ps.setString(10, r.status().name());
					setLong(ps, 11, r.annualCapacity());
					if (r.plannedYear() == null) {
						ps.setNull(12, Types.INTEGER);
					}
					else {
						ps.setInt(12, r.plannedYear());
					}
					ps.setBoolean(13, a.bareProvinceCode());
					keys(ps, 14, a);
				});
	}

	/** Records a sheet's name once (participant rows carry only its index). */
	public void registerSheet(int fileId, int sheetIndex, String name) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM blk_sheet WHERE file_id = ? AND sheet_index = ?",
				Integer.class, fileId, sheetIndex);
		if (n != null && n == 0) {
			jdbc.update("INSERT INTO blk_sheet (file_id, sheet_index, name) VALUES (?, ?, ?)", fileId, sheetIndex,
					clip(name, 200));
		}
	}

	/** Records how a programme is written the first time it is seen (rows carry the case-folded name). */
	public void registerProgram(String program, String label, long seq) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM stg_program WHERE program = ?", Integer.class,
				clip(program, 500));
		if (n != null && n == 0) {
			jdbc.update("INSERT INTO stg_program (program, label, seq) VALUES (?, ?, ?)", clip(program, 500),
					clip(label, 500), seq);
		}
	}

	/** Remembers rows that may repeat an earlier row's key, with the sequence of that earlier row. */
	public void insertDuplicateCandidates(String table, List<IngestEvent.Accepted> rows) {
		jdbc.batchUpdate("INSERT INTO stg_dup_candidate (tbl, seq, first_seq) VALUES (?, ?, ?)", rows, 500, (ps, a) -> {
			ps.setString(1, table);
			ps.setLong(2, a.location().sequence());
			ps.setLong(3, a.duplicateOf());
		});
	}

	public void insertSummaries(List<IngestEvent.Accepted> rows) {
		jdbc.batchUpdate("INSERT INTO stg_training_summary (seq, file_id, sheet, row_no, blk_code, program,"
				+ " period, participants, graduates, certified, employed, self_employed, unemployed, unknown, dup_hash,"
				+ " val_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, a) -> {
					TrainingSummaryRecord r = (TrainingSummaryRecord) a.record();
					location(ps, a.location());
					ps.setString(5, clip(r.blkCode(), 100));
					ps.setString(6, clip(r.program(), 500));
					ps.setString(7, r.period().toString());
					ps.setLong(8, r.participants());
					ps.setLong(9, r.graduates());
					ps.setLong(10, r.certified());
					ps.setLong(11, r.employed());
					ps.setLong(12, r.selfEmployed());
					ps.setLong(13, r.unemployed());
					ps.setLong(14, r.unknown());
					keys(ps, 15, a);
				});
	}

	public void insertDemand(List<IngestEvent.Accepted> rows) {
		jdbc.batchUpdate("INSERT INTO stg_demand (seq, file_id, sheet, row_no, province_code, period, whole_year, source,"
				+ " workers, program, project, bare_code, dup_hash, val_hash)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (ps, a) -> {
					DemandRecord r = (DemandRecord) a.record();
					location(ps, a.location());
					ps.setString(5, r.provinceCode());
					ps.setString(6, r.period().toString());
					ps.setBoolean(7, r.wholeYear());
					ps.setString(8, r.source().name());
					ps.setLong(9, r.workersNeeded());
					ps.setString(10, clip(r.program(), 500));
					ps.setString(11, clip(r.project(), 500));
					ps.setBoolean(12, a.bareProvinceCode());
					keys(ps, 13, a);
				});
	}

	/** The hash of the duplicate key and the hash of the values. */
	private static void keys(PreparedStatement ps, int at, IngestEvent.Accepted a) throws SQLException {
		ps.setLong(at, RecordKeys.keyHash(a.record()));
		ps.setLong(at + 1, RecordKeys.valueHash(a.record()));
	}

	public void insertRejects(List<IngestEvent.Rejected> rows) {
		jdbc.batchUpdate("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
				+ " message, province_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, r) -> {
					location(ps, r.location());
					ps.setString(5, r.dataset().name());
					ps.setString(6, clip(r.column(), 400));
					ps.setString(7, clip(r.value(), 1000));
					ps.setString(8, r.reason().name());
					ps.setString(9, clip(r.message(), 2000));
					ps.setString(10, r.provinceCode());
				});
	}

	public void insertTotals(List<IngestEvent.Total> rows) {
		jdbc.batchUpdate("INSERT INTO stg_total (seq, file_id, sheet, row_no, label, period, wap, lf, employed, unemployed,"
				+ " tpt, tpak, youth_lf, youth_unemployed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
				rows.size(), (ps, t) -> {
					location(ps, t.location());
					ps.setString(5, clip(t.label(), 200));
					LabourForceRecord f = t.figures();
					ps.setString(6, f == null || f.period() == null ? null : f.period().toString());
					figures(ps, 7, f == null ? new LabourForceRecord(null, null, null, null, null, null, null, null, null, null) : f);
				});
	}

	public void insertWarnings(List<IngestEvent.Warning> rows) {
		jdbc.batchUpdate("INSERT INTO stg_warning (seq, file_id, sheet, row_no, column_name, code, message, province_code)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, w) -> {
					location(ps, w.location());
					ps.setString(5, clip(w.column(), 400));
					ps.setString(6, w.code());
					ps.setString(7, clip(w.message(), 2000));
					ps.setString(8, w.provinceCode());
				});
	}

	/**
	 * Records a file's ledger. A file that failed contributes nothing: whatever was staged from it before
	 * it failed is removed. In a file that uses Home Affairs numbering somewhere (a code 93), every row
	 * whose province came from a bare Papua-region code is moved to the rejects: ambiguous, not guessed.
	 */
	public void finishFile(FileLedger ledger) {
		int id = ledger.fileId();
		if (ledger.status() == FileLedger.Status.FAILED) {
			// its participant rows stay in the staged file, where readers skip the rows of failed files
			for (String table : new String[] { "stg_labour_force", "stg_blk", "stg_training_summary",
					"stg_demand", "stg_total", "stg_reject", "stg_warning" }) {
				jdbc.update("DELETE FROM " + table + " WHERE seq >= ? AND seq < ?", fileStart(id), fileStart(id + 1));
			}
			jdbc.update("DELETE FROM stg_program WHERE seq >= ? AND seq < ?", fileStart(id), fileStart(id + 1));
		}
		if (ledger.homeAffairsNumbering()) {
			for (String[] t : new String[][] { { "stg_labour_force", "LABOUR_FORCE" }, { "stg_blk", "BLK" },
					{ "stg_demand", "DEMAND" } }) {
				jdbc.update("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
						+ " message, province_code) SELECT DISTINCT seq, file_id, sheet, row_no, '" + t[1] + "', 'province_code',"
						+ " province_code, 'AMBIGUOUS_PROVINCE_CODE', 'bare code ' || province_code || ' is a Papua-region"
						+ " code and this file uses Home Affairs numbering elsewhere (a 93): BPS and Home Affairs codes differ"
						+ " there, so the province is not guessed', NULL FROM " + t[0] + " WHERE file_id = ? AND bare_code",
						id);
				jdbc.update("DELETE FROM " + t[0] + " WHERE file_id = ? AND bare_code", id);
			}
		}
		jdbc.update("INSERT INTO blk_file_ledger (file_id, status, failure, message, sheets_read, sheets_skipped, rows_read,"
				+ " rows_blank, home_affairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, ledger.status().name(),
				ledger.failure(), clip(ledger.message(), 4000), clip(String.join("\n", ledger.sheetsRead()), 4000),
				clip(String.join("\n", ledger.sheetsSkipped()), 8000), ledger.rowsRead(), ledger.blank(),
				ledger.homeAffairsNumbering());
	}

	// ---------------------------------------------------------------- duplicates

	private static final Map<Dataset, String[]> DEDUP_TABLES = Map.of(Dataset.BLK, new String[] { "stg_blk" },
			Dataset.TRAINING, new String[] { "stg_training_summary" }, Dataset.DEMAND,
			new String[] { "stg_demand" });

	/**
	 * The rows of a staging table that may repeat a key, and the first rows they may repeat; empty when no
	 * row was flagged. Looked up by sequence on the primary key: no scan of a million-row table.
	 */
	public List<DuplicateResolver.Keyed> duplicateCandidates(String table) {
		java.util.TreeSet<Long> seqs = new java.util.TreeSet<>();
		jdbc.query("SELECT seq, first_seq FROM stg_dup_candidate WHERE tbl = ?", rs -> {
			seqs.add(rs.getLong(1));
			seqs.add(rs.getLong(2));
		}, table);
		if (seqs.isEmpty()) {
			return List.of();
		}
		String[] q = switch (table) {
			case "stg_blk" -> new String[] { "d.blk_code", "'BLK ' || d.blk_code", "d.sheet", "" };
			case "stg_training_summary" -> new String[] { "d.blk_code || '|' || d.program || '|' || d.period",
					"'BLK ' || d.blk_code || ', programme ' || COALESCE(p.label, d.program) || ', ' || d.period", "d.sheet",
					" LEFT JOIN stg_program p ON p.program = d.program" };
			default -> new String[] { "d.province_code || '|' || CASE WHEN d.whole_year THEN SUBSTRING(d.period, 1, 4)"
					+ " ELSE d.period END || '|' || d.source || '|' || LOWER(COALESCE(d.program, '')) || '|'"
					+ " || LOWER(COALESCE(d.project, ''))", "'province ' || d.province_code || ', ' || d.period || ', '"
							+ " || d.source", "d.sheet", "" };
		};
		List<DuplicateResolver.Keyed> rows = new ArrayList<>();
		List<Long> all = new ArrayList<>(seqs);
		for (int from = 0; from < all.size(); from += 500) {
			List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
			String in = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
			rows.addAll(jdbc.query("SELECT d.seq, " + q[0] + ", d.val_hash, i.name, " + q[2] + ", d.row_no, " + q[1]
					+ " FROM " + table + " d JOIN blk_input i ON i.file_id = d.file_id" + q[3] + " WHERE d.seq IN (" + in + ")",
					(rs, i) -> new DuplicateResolver.Keyed(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getInt(6), rs.getString(7)), part.toArray()));
		}
		rows.sort(java.util.Comparator.comparing(DuplicateResolver.Keyed::key).thenComparingLong(DuplicateResolver.Keyed::seq));
		return rows;
	}

	/** The staging tables of a dataset whose rows are checked for duplicates (participants: see StagedParticipants). */
	public static List<String> dedupTables(Dataset dataset) {
		return List.of(DEDUP_TABLES.getOrDefault(dataset, new String[0]));
	}

	/** Moves rows from a staging table to the rejects, with the reason decided for each. */
	public void reject(String table, Dataset dataset, List<DuplicateResolver.Decision> decisions) {
		if (decisions.isEmpty()) {
			return;
		}
		String column = switch (table) {
			case "stg_blk" -> "blk_code";
			case "stg_labour_force" -> "province, period";
			case "stg_demand" -> "province, period, source, program, project";
			default -> "blk_code, program, period";
		};
		String province = switch (table) {
			case "stg_blk", "stg_labour_force", "stg_demand" -> "province_code";
			default -> "(SELECT MIN(b.province_code) FROM stg_blk b WHERE b.blk_code = " + table + ".blk_code)";
		};
		String sheet = "sheet";
		jdbc.batchUpdate("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
				+ " message, province_code) SELECT DISTINCT seq, file_id, " + sheet + ", row_no, ?, ?, NULL, ?, ?, " + province
				+ " FROM "
				+ table + " WHERE seq = ?", decisions, 500, (ps, d) -> {
					ps.setString(1, dataset.name());
					ps.setString(2, column);
					ps.setString(3, d.reason().name());
					ps.setString(4, clip(d.message(), 2000));
					ps.setLong(5, d.seq());
				});
		jdbc.batchUpdate("DELETE FROM " + table + " WHERE seq = ?", decisions, 500, (ps, d) -> ps.setLong(1, d.seq()));
	}

	public List<LabourForceMerger.Row> labourForceRows() {
		return jdbc.query("SELECT l.seq, i.name, l.sheet, l.row_no, l.province_code, l.period, l.wap, l.lf, l.employed,"
				+ " l.unemployed, l.tpt, l.tpak, l.youth_lf, l.youth_unemployed FROM stg_labour_force l"
				+ " JOIN blk_input i ON i.file_id = l.file_id ORDER BY l.seq", (rs, i) -> new LabourForceMerger.Row(
						rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						new LabourForceRecord(rs.getString(5), Period.parse(rs.getString(6)).orElseThrow(),
								getLong(rs, 7), getLong(rs, 8), getLong(rs, 9), getLong(rs, 10), getDouble(rs, 11),
								getDouble(rs, 12), getLong(rs, 13), getLong(rs, 14))));
	}

	public void insertMergeWarnings(List<LabourForceMerger.MergeWarning> warnings) {
		jdbc.batchUpdate("INSERT INTO stg_warning (seq, file_id, sheet, row_no, column_name, code, message, province_code)"
				+ " SELECT seq, file_id, sheet, row_no, NULL, ?, ?, ? FROM stg_labour_force WHERE seq = ?", warnings, 500,
				(ps, w) -> {
					ps.setString(1, w.code());
					ps.setString(2, clip(w.message(), 2000));
					ps.setString(3, w.provinceCode());
					ps.setLong(4, w.seq());
				});
	}

	// ---------------------------------------------------------------- ledger

	/**
	 * Counts accepted, rejected and total rows per file from the tables (and the staged participant rows
	 * counted by the caller) and stores them in the ledger.
	 */
	public List<QualityData.FileRow> closeLedger(Map<Integer, Long> participantRows) {
		Map<Integer, Long> accepted = new HashMap<>(participantRows);
		for (String table : new String[] { "stg_labour_force", "stg_blk", "stg_training_summary",
				"stg_demand" }) {
			countByFile(table, accepted);
		}
		Map<Integer, Long> rejected = countByFile("stg_reject", new HashMap<>());
		Map<Integer, Long> totals = countByFile("stg_total", new HashMap<>());
		for (InputFile f : inputs()) {
			jdbc.update("UPDATE blk_file_ledger SET rows_accepted = ?, rows_rejected = ?, rows_total = ? WHERE file_id = ?",
					accepted.getOrDefault(f.id(), 0L), rejected.getOrDefault(f.id(), 0L), totals.getOrDefault(f.id(), 0L),
					f.id());
		}
		return ledger();
	}

	/**
	 * Rows per file, counted on the row sequence, which starts with the file's number; a row of a wide
	 * table staged as several records counts once.
	 */
	private Map<Integer, Long> countByFile(String table, Map<Integer, Long> into) {
		String count = table.equals("stg_labour_force") || table.equals("stg_total") ? "COUNT(DISTINCT seq)" : "COUNT(*)";
		for (InputFile f : inputs()) {
			Long n = jdbc.queryForObject("SELECT " + count + " FROM " + table + " WHERE seq >= ? AND seq < ?", Long.class,
					fileStart(f.id()), fileStart(f.id() + 1));
			if (n != null && n > 0) {
				into.merge(f.id(), n, Long::sum);
			}
		}
		return into;
	}

	/** The first row sequence of a file (see {@link id.go.kemnaker.blk.ingest.Location#sequence()}). */
	static long fileStart(int fileId) {
		return (long) fileId << 40;
	}

	public List<QualityData.FileRow> ledger() {
		return jdbc.query("SELECT i.file_id, i.dataset, i.name, i.size_bytes, i.modified, i.sha256,"
				+ " COALESCE(l.status, 'MISSING'), l.failure, l.message, l.sheets_read, l.sheets_skipped,"
				+ " COALESCE(l.rows_read, 0), COALESCE(l.rows_accepted, 0), COALESCE(l.rows_rejected, 0),"
				+ " COALESCE(l.rows_total, 0), COALESCE(l.rows_blank, 0)"
				+ " FROM blk_input i LEFT JOIN blk_file_ledger l ON l.file_id = i.file_id ORDER BY i.file_id",
				(rs, i) -> new QualityData.FileRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
						rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16)));
	}

	/** Rejected rows in file order; {@code provinceCode} null for all of them. */
	public void forEachReject(String provinceCode, java.util.function.Consumer<QualityData.RejectRow> action) {
		String where = provinceCode == null ? "" : " WHERE r.province_code = ?";
		Object[] args = provinceCode == null ? new Object[0] : new Object[] { provinceCode };
		jdbc.query("SELECT r.dataset, i.name, r.sheet, r.row_no, r.column_name, r.cell_value, r.reason, r.message,"
				+ " r.province_code FROM stg_reject r JOIN blk_input i ON i.file_id = r.file_id" + where + " ORDER BY r.seq",
				rs -> {
					action.accept(new QualityData.RejectRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
				}, args);
	}

	/** Rejected rows counted by reason, most frequent first, each with its first row (in file order) as example. */
	public List<QualityData.ReasonRow> rejectsByReason(String provinceCode) {
		return quality(provinceCode, List.of()).reasons();
	}

	/** The data-quality picture of the run, for all provinces (null) or one. */
	public QualityData quality(String provinceCode, List<QualityData.BlankIndicator> blanks) {
		return qualities(provinceCode == null ? List.of() : List.of(provinceCode), code -> blanks).get(provinceCode);
	}

	/**
	 * The data-quality picture of the whole run (key null) and of each of the given provinces, read with one
	 * query per table, however many provinces: the per-file ledger, rejected rows counted by reason (most
	 * frequent first, each with its first row in file order as example) and warnings.
	 */
	public Map<String, QualityData> qualities(java.util.Collection<String> provinceCodes,
			java.util.function.Function<String, List<QualityData.BlankIndicator>> blanks) {
		List<QualityData.FileRow> ledger = ledger();
		// reason counts and first row, all provinces together (key null) and per province
		Map<String, Map<String, long[]>> counts = new HashMap<>();
		jdbc.query("SELECT province_code, reason, COUNT(*), MIN(seq) FROM stg_reject GROUP BY province_code, reason", rs -> {
			String province = rs.getString(1);
			String reason = rs.getString(2);
			long n = rs.getLong(3);
			long first = rs.getLong(4);
			long[] all = counts.computeIfAbsent(null, k -> new java.util.TreeMap<>()).computeIfAbsent(reason,
					k -> new long[] { 0, Long.MAX_VALUE });
			all[0] += n;
			all[1] = Math.min(all[1], first);
			if (province != null) {
				counts.computeIfAbsent(province, k -> new java.util.TreeMap<>()).put(reason, new long[] { n, first });
			}
		});
		// the first row of each province and reason, which includes the first of each reason overall
		Map<Long, String> examples = new HashMap<>();
		jdbc.query("SELECT r.seq, i.name, r.sheet, r.row_no, r.column_name, r.message FROM stg_reject r"
				+ " JOIN blk_input i ON i.file_id = r.file_id"
				+ " WHERE r.seq IN (SELECT MIN(seq) FROM stg_reject GROUP BY province_code, reason)", rs -> {
					examples.put(rs.getLong(1), locationText(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5))
							+ ": " + rs.getString(6));
				});
		List<QualityData.WarningRow> warnings = jdbc.query("SELECT i.name, w.sheet, w.row_no, w.column_name, w.code,"
				+ " w.message, w.province_code FROM stg_warning w JOIN blk_input i ON i.file_id = w.file_id ORDER BY w.seq, w.id",
				(rs, i) -> new QualityData.WarningRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
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
			out.put(scope, new QualityData(ledger, reasons, own, blanks.apply(scope)));
		}
		return out;
	}

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

	/** The key hashes already staged in a table in file order, to rebuild the duplicate tracker of a restarted step. */
	public void forEachKeyHash(String table, java.util.function.BiConsumer<Long, Long> action) {
		jdbc.query("SELECT dup_hash, seq FROM " + table + " ORDER BY seq", rs -> {
			action.accept(rs.getLong(1), rs.getLong(2));
		});
	}

	/** BLK code to BPS province code, for checking training rows. */
	public Map<String, String> blkProvinces() {
		Map<String, String> map = new HashMap<>();
		jdbc.query("SELECT blk_code, province_code FROM stg_blk", rs -> {
			map.put(rs.getString(1), rs.getString(2));
		});
		return map;
	}

	public long count(String table) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return n == null ? 0 : n;
	}

	// ---------------------------------------------------------------- helpers

	private static void location(PreparedStatement ps, id.go.kemnaker.blk.ingest.Location l) throws SQLException {
		ps.setLong(1, l.sequence());
		ps.setInt(2, l.fileId());
		ps.setString(3, clip(l.sheet(), 200));
		ps.setInt(4, l.row());
	}

	static String clip(String s, int max) {
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

	static Long getLong(java.sql.ResultSet rs, int i) throws SQLException {
		long v = rs.getLong(i);
		return rs.wasNull() ? null : v;
	}

	static Double getDouble(java.sql.ResultSet rs, int i) throws SQLException {
		double v = rs.getDouble(i);
		return rs.wasNull() ? null : v;
	}

	static Gender gender(String code) {
		return code == null ? null : Gender.ofCode(code);
	}

	static BlkType type(String s) {
		return BlkType.valueOf(s);
	}

	static BlkStatus status(String s) {
		return BlkStatus.valueOf(s);
	}

	static DemandSource source(String s) {
		return DemandSource.valueOf(s);
	}
}
