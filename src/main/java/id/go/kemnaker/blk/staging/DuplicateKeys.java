package id.go.kemnaker.blk.staging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.ingest.DuplicateResolver;

/**
 * Finds the staged rows that may repeat another row's key, in SQL over the key hashes every staged row
 * carries: one pass over the table in key-hash order, in which a hash seen more than once marks its rows as
 * candidates. Then only the candidates (about one row in a hundred in real files) are read whole, with
 * what the messages need, and compared by their full key by {@link DuplicateResolver}.
 * <p>
 * Why an ordered pass and not {@code GROUP BY dup_hash HAVING COUNT(*) > 1}: HSQLDB 2.7 builds a
 * {@code GROUP BY} result in memory, a million groups do not fit in a 256 MB heap, while it sorts a large
 * {@code ORDER BY} result on disk ({@code hsqldb.result_max_memory_rows} in the datasource URL). The
 * same statement serves PostgreSQL, where the rows stream through a cursor.
 */
public final class DuplicateKeys {

	/** The staging tables checked for duplicates, with the SQL of their key and of its description. */
	public enum Table {
		BLK(Dataset.BLK, "stg_blk", "blk_code", "d.blk_code", "'BLK ' || d.blk_code", "", "d.province_code"),
		TRAINING_SUMMARY(Dataset.TRAINING, "stg_training_summary", "blk_code, program, period",
				"d.blk_code || '|' || d.program || '|' || d.period",
				"'BLK ' || d.blk_code || ', programme ' || COALESCE(p.label, d.program) || ', ' || d.period",
				" LEFT JOIN stg_program p ON p.run_id = d.run_id AND p.program = d.program", BLK_PROVINCE),
		PARTICIPANT(Dataset.TRAINING, "stg_participant", "participant_id, blk_code, program, start_date",
				"d.participant_key || '|' || d.blk_code || '|' || d.program || '|' || CAST(d.start_date AS VARCHAR(10))",
				"'participant, BLK ' || d.blk_code || ', programme ' || COALESCE(p.label, d.program) || ', start '"
						+ " || CAST(d.start_date AS VARCHAR(10))",
				" LEFT JOIN stg_program p ON p.run_id = d.run_id AND p.program = d.program", BLK_PROVINCE),
		DEMAND(Dataset.DEMAND, "stg_demand", "province, period, source, program, project",
				"d.province_code || '|' || CASE WHEN d.whole_year THEN SUBSTRING(d.period, 1, 4) ELSE d.period END"
						+ " || '|' || d.source || '|' || LOWER(COALESCE(d.program, '')) || '|'"
						+ " || LOWER(COALESCE(d.project, ''))",
				"'province ' || d.province_code || ', ' || d.period || ', ' || d.source", "", "d.province_code");

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

	private static final int IN_LIST = 500;

	private DuplicateKeys() {
	}

	/**
	 * The rows of the run in the table whose key hash occurs more than once, with their full key and what
	 * the messages need, ordered by key and then file order.
	 */
	static List<DuplicateResolver.Keyed> candidates(JdbcTemplate jdbc, long run, Table table) {
		List<Long> seqs = new ArrayList<>();
		jdbc.query("SELECT dup_hash, seq FROM " + table.table + " WHERE run_id = ? ORDER BY dup_hash, seq",
				new org.springframework.jdbc.core.RowCallbackHandler() {
					private long hash;
					private long first = -1;
					private boolean repeated;

					@Override
					public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
						long h = rs.getLong(1);
						long seq = rs.getLong(2);
						if (first >= 0 && h == hash) {
							if (!repeated) {
								seqs.add(first);
								repeated = true;
							}
							seqs.add(seq);
							return;
						}
						hash = h;
						first = seq;
						repeated = false;
					}
				}, run);
		if (seqs.isEmpty()) {
			return List.of();
		}
		Collections.sort(seqs);
		List<DuplicateResolver.Keyed> rows = new ArrayList<>(seqs.size());
		for (int from = 0; from < seqs.size(); from += IN_LIST) {
			List<Long> part = seqs.subList(from, Math.min(seqs.size(), from + IN_LIST));
			List<Object> args = new ArrayList<>(part.size() + 1);
			args.add(run);
			args.addAll(part);
			rows.addAll(jdbc.query("SELECT d.seq, " + table.key + ", d.val_hash, i.name, d.sheet, d.row_no, "
					+ table.keyText + " FROM " + table.table + " d JOIN blk_input i ON i.run_id = d.run_id"
					+ " AND i.file_id = d.file_id" + table.join + " WHERE d.run_id = ? AND d.seq IN ("
					+ String.join(",", Collections.nCopies(part.size(), "?")) + ")",
					(rs, i) -> new DuplicateResolver.Keyed(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getInt(6), rs.getString(7)),
					args.toArray()));
		}
		rows.sort(Comparator.comparing(DuplicateResolver.Keyed::key).thenComparingLong(DuplicateResolver.Keyed::seq));
		return rows;
	}
}
