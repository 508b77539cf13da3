package id.go.kemnaker.blk.staging;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.ingest.DuplicateResolver;

/**
 * Finds the staged rows that may repeat another row's key, from the key hash every staged row carries, in
 * two parts. First the rows whose hash occurs more than once: on PostgreSQL the hashes by
 * {@code GROUP BY dup_hash HAVING COUNT(*) > 1} into {@code stg_dup_key}, then their rows by one join; on
 * HSQLDB by one pass over the run's sequences and hashes, a page at a time, held in memory (16 bytes a row,
 * 24 while the hashes are sorted once), after which each candidate row is read by its primary key. Then the
 * candidates, whole and with what the messages need, are read back in hash order and
 * {@link DuplicateResolver} compares them by their full key (equal hashes of different keys are left alone).
 * <p>
 * Why not {@code GROUP BY} on HSQLDB too: HSQLDB 2.7 builds a grouped result in memory, and a million
 * groups do not fit in a 256 MB heap; sorting the hashes in SQL ({@code ORDER BY dup_hash}) spills to a
 * disk-based index whose random inserts took minutes; an index on the hash costs more to keep than the
 * rows; joining every row to the repeated hashes reads each row's index entry again (docs/design.md).
 */
public final class DuplicateKeys {

	/**
	 * The staging tables checked for duplicates, with the SQL of their key and of its description: the
	 * arguments of the message {@code msg.dupkey.<table>}, separated by U+001F.
	 */
	public enum Table {
		BLK(Dataset.BLK, "stg_blk", "blk_code", "d.blk_code", "d.blk_code", "", "d.province_code"),
		TRAINING_SUMMARY(Dataset.TRAINING, "stg_training_summary", "blk_code, program, period",
				"d.blk_code || '|' || d.program || '|' || d.period",
				"d.blk_code || '" + Message.SEPARATOR + "' || COALESCE(p.label, d.program) || '" + Message.SEPARATOR
						+ "' || d.period",
				" LEFT JOIN stg_program p ON p.run_id = d.run_id AND p.program = d.program", BLK_PROVINCE),
		PARTICIPANT(Dataset.TRAINING, "stg_participant", "participant_id, blk_code, program, start_date",
				"d.participant_key || '|' || d.blk_code || '|' || d.program || '|' || CAST(d.start_date AS VARCHAR(10))",
				"d.blk_code || '" + Message.SEPARATOR + "' || COALESCE(p.label, d.program) || '" + Message.SEPARATOR + "'"
						+ " || CAST(d.start_date AS VARCHAR(10))",
				" LEFT JOIN stg_program p ON p.run_id = d.run_id AND p.program = d.program", BLK_PROVINCE),
		DEMAND(Dataset.DEMAND, "stg_demand", "province, period, source, program, project",
				"d.province_code || '|' || CASE WHEN d.whole_year THEN SUBSTRING(d.period, 1, 4) ELSE d.period END"
						+ " || '|' || d.source || '|' || LOWER(COALESCE(d.program, '')) || '|'"
						+ " || LOWER(COALESCE(d.project, ''))",
				"d.province_code || '" + Message.SEPARATOR + "' || d.period || '" + Message.SEPARATOR + "' || d.source", "",
				"d.province_code");

		private final Dataset dataset;
		private final String table;
		private final String keyColumns;
		private final String key;
		private final String keyText;
		private final String join;
		private final String province;

		Table(Dataset dataset, String table, String keyColumns, String key, String keyText, String join,
				String province) {
			this.dataset = dataset;
			this.table = table;
			this.keyColumns = keyColumns;
			this.key = key;
			this.keyText = keyText;
			this.join = join;
			this.province = province;
		}

		public Dataset dataset() {
			return dataset;
		}

		public String table() {
			return table;
		}

		/** The key's columns as the rejects name them. */
		public String keyColumns() {
			return keyColumns;
		}

		/** The province a rejected row is attributed to, as an expression over the table's own columns. */
		String provinceColumn() {
			return province.replace("d.", table + ".");
		}

		public static List<Table> of(Dataset dataset) {
			List<Table> tables = new ArrayList<>();
			for (Table t : values()) {
				if (t.dataset == dataset) {
					tables.add(t);
				}
			}
			return tables;
		}
	}

	/** The province of a row's BLK (the same expression is rewritten for the table's own alias). */
	private static final String BLK_PROVINCE = "(SELECT MIN(b.province_code) FROM stg_blk b WHERE b.run_id = d.run_id"
			+ " AND b.blk_code = d.blk_code)";

	private DuplicateKeys() {
	}

	/**
	 * Rows a page of the pass holds: under the datasource's {@code hsqldb.result_max_memory_rows}, past which
	 * HSQLDB builds a result on disk, slowly.
	 */
	private static final int PAGE = 10_000;

	/** Candidate rows handled at a time: memory holds one page, however many rows repeat a key. */
	static final int GROUP_PAGE = 10_000;

	/**
	 * Finds the run's rows in the table whose key repeats another row's, and hands {@code apply} what
	 * {@link DuplicateResolver} decides for them, a page of key hashes at a time ({@code pageSize} rows, more
	 * when one key repeats on more rows). Every change runs through {@code inTransaction}, in parts that each
	 * leave the tables consistent. Returns how many rows it decided against.
	 */
	static int resolve(JdbcTemplate jdbc, boolean postgres, long run, Table table, Consumer<Runnable> inTransaction,
			Consumer<List<DuplicateResolver.Decision>> apply, int pageSize) {
		String copy = "INSERT INTO stg_dup_row (run_id, tbl, dup_hash, seq, dup_key, val_hash, file_name, sheet, row_no,"
				+ " key_text) SELECT d.run_id, ?, d.dup_hash, d.seq, " + table.key + ", d.val_hash, i.name, d.sheet,"
				+ " d.row_no, " + table.keyText + " FROM " + table.table + " d"
				+ " JOIN blk_input i ON i.run_id = d.run_id AND i.file_id = d.file_id" + table.join;
		inTransaction.accept(() -> {
			jdbc.update("DELETE FROM stg_dup_key WHERE run_id = ? AND tbl = ?", run, table.table);
			jdbc.update("DELETE FROM stg_dup_row WHERE run_id = ? AND tbl = ?", run, table.table);
			if (postgres) {
				// a table filled by COPY in this run has no statistics yet: without them the planner takes it for a
				// few rows and joins the candidates to it by a nested loop over every row, once per repeated key
				jdbc.execute("ANALYZE " + table.table);
				jdbc.update("INSERT INTO stg_dup_key (run_id, tbl, dup_hash) SELECT run_id, ?, dup_hash FROM "
						+ table.table + " WHERE run_id = ? GROUP BY run_id, dup_hash HAVING COUNT(*) > 1", table.table, run);
				jdbc.execute("ANALYZE stg_dup_key");
				jdbc.update(copy + " JOIN stg_dup_key k ON k.run_id = d.run_id AND k.tbl = ? AND k.dup_hash = d.dup_hash"
						+ " WHERE d.run_id = ?", table.table, table.table, run);
			}
		});
		if (!postgres) {
			long[] candidates = candidates(jdbc, run, table);
			for (int from = 0; from < candidates.length; from += pageSize) {
				int start = from;
				int end = Math.min(candidates.length, from + pageSize);
				inTransaction.accept(() -> jdbc.batchUpdate(copy + " WHERE d.run_id = ? AND d.seq = ?", new CandidateRows(
						table.table, run, Arrays.copyOfRange(candidates, start, end))));
			}
		}
		int decided = 0;
		long afterHash = Long.MIN_VALUE;
		boolean first = true;
		int page = pageSize;
		while (true) {
			List<Long> hashes = new ArrayList<>();
			List<DuplicateResolver.Keyed> rows = jdbc.query("SELECT dup_hash, seq, dup_key, val_hash, file_name, sheet,"
					+ " row_no, key_text FROM stg_dup_row WHERE run_id = ? AND tbl = ? AND dup_hash " + (first ? ">=" : ">")
					+ " ? ORDER BY run_id, tbl, dup_hash, seq LIMIT " + page, (rs, i) -> {
						hashes.add(rs.getLong(1));
						return new DuplicateResolver.Keyed(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
								rs.getString(6), rs.getInt(7), Message.stored("msg.dupkey." + table.name(), rs.getString(8), null));
					}, run, table.table, afterHash);
			if (rows.isEmpty()) {
				return decided;
			}
			int end = rows.size();
			if (end == page) {
				// the last hash of a full page may go on in the next one: it is left for that page
				long last = hashes.get(end - 1);
				while (end > 0 && hashes.get(end - 1) == last) {
					end--;
				}
				if (end == 0) {
					page *= 2; // one key repeated on more rows than a page holds
					continue;
				}
			}
			List<DuplicateResolver.Keyed> group = new ArrayList<>(rows.subList(0, end));
			group.sort(Comparator.comparing(DuplicateResolver.Keyed::key).thenComparingLong(DuplicateResolver.Keyed::seq));
			List<DuplicateResolver.Decision> decisions = DuplicateResolver.resolve(group);
			if (!decisions.isEmpty()) {
				inTransaction.accept(() -> apply.accept(decisions));
				decided += decisions.size();
			}
			if (rows.size() < page) {
				return decided;
			}
			afterHash = hashes.get(end - 1);
			first = false;
		}
	}

	/**
	 * The sequences, in file order, of the run's rows in the table whose key hash another of its rows shares:
	 * one pass over the sequences and hashes, a page of {@link #PAGE} rows at a time on the primary key, held
	 * in two arrays (16 bytes a row, up to twice that as they grow); the hashes that repeat are found by
	 * sorting a copy (8 bytes a row more, while it lasts).
	 */
	static long[] candidates(JdbcTemplate jdbc, long run, Table table) {
		long[][] seqs = { new long[1 << 16] };
		long[][] hashes = { new long[1 << 16] };
		int[] n = new int[1];
		int[] rows = new int[1];
		do {
			rows[0] = 0;
			jdbc.query("SELECT seq, dup_hash FROM " + table.table + " WHERE run_id = ? AND seq > ? ORDER BY run_id, seq"
					+ " LIMIT " + PAGE, rs -> {
						if (n[0] == seqs[0].length) {
							seqs[0] = Arrays.copyOf(seqs[0], n[0] * 2);
							hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
						}
						seqs[0][n[0]] = rs.getLong(1);
						hashes[0][n[0]] = rs.getLong(2);
						n[0]++;
						rows[0]++;
					}, run, n[0] == 0 ? -1 : seqs[0][n[0] - 1]);
		}
		while (rows[0] == PAGE);
		long[] repeated = repeated(Arrays.copyOf(hashes[0], n[0]));
		// the candidates, in file order, overwrite the sequences read before them
		long[] out = seqs[0];
		int found = 0;
		for (int i = 0; i < n[0]; i++) {
			if (Arrays.binarySearch(repeated, hashes[0][i]) >= 0) {
				out[found++] = out[i];
			}
		}
		return Arrays.copyOf(out, found);
	}

	/** The values that occur more than once in {@code values} (which it sorts), each once, in ascending order. */
	static long[] repeated(long[] values) {
		Arrays.sort(values);
		long[] out = new long[16];
		int found = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] == values[i - 1] && (found == 0 || out[found - 1] != values[i])) {
				if (found == out.length) {
					out = Arrays.copyOf(out, found * 2);
				}
				out[found++] = values[i];
			}
		}
		return Arrays.copyOf(out, found);
	}

	/** Parameters of the candidates' copy: the table's name, the run, a row's sequence. */
	private record CandidateRows(String table, long run, long[] seqs) implements BatchPreparedStatementSetter {

		@Override
		public void setValues(PreparedStatement ps, int i) throws SQLException {
			ps.setString(1, table);
			ps.setLong(2, run);
			ps.setLong(3, seqs[i]);
		}

		@Override
		public int getBatchSize() {
			return seqs.length;
		}
	}
}
