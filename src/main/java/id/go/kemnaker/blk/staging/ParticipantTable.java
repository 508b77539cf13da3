package id.go.kemnaker.blk.staging;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.RecordKeys;

/**
 * {@code stg_participant}: one row per accepted trainee, with its run, file, sheet and row. A national set
 * has a million of them, so they are written the fastest way each database offers inside the chunk's
 * transaction (a JDBC batch on HSQLDB, {@code COPY} through the PostgreSQL driver's {@code CopyManager} on
 * PostgreSQL), and read back in one pass in file order, a page at a time.
 */
@Repository
public class ParticipantTable {

	private static final String COLUMNS = "run_id, seq, file_id, sheet, row_no, participant_key, blk_code, program,"
			+ " gender, education, start_date, end_date, graduated, certified, placement, placement_date, dup_hash,"
			+ " val_hash";

	/**
	 * Rows a page of the pass holds: a few megabytes, whatever the table's size, and under the datasource's
	 * {@code hsqldb.result_max_memory_rows}, past which HSQLDB builds a result on disk, slowly.
	 */
	static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final boolean postgres;

	public ParticipantTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.postgres = StagingStore.isPostgres(jdbc);
	}

	/** Stages accepted participant rows, in the caller's transaction. */
	public void insert(long run, List<Staged<ParticipantRecord>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (postgres) {
			copy(run, rows);
			return;
		}
		jdbc.batchUpdate("INSERT INTO stg_participant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?)", rows, rows.size(), (ps, s) -> {
					ParticipantRecord r = s.record();
					long prefix = RecordKeys.participantPrefix(r);
					StagingStore.location(ps, run, s.location());
					ps.setString(6, r.participantKey());
					ps.setString(7, StagingStore.clip(r.blkCode(), 100));
					ps.setString(8, StagingStore.clip(r.program(), 500));
					ps.setString(9, r.gender() == null ? null : r.gender().code());
					ps.setString(10, StagingStore.clip(r.education(), 200));
					ps.setDate(11, Date.valueOf(r.startDate()));
					ps.setDate(12, Date.valueOf(r.endDate()));
					ps.setBoolean(13, r.graduated());
					ps.setBoolean(14, r.certified());
					ps.setString(15, r.placementStatus().name());
					if (r.placementDate() == null) {
						ps.setNull(16, Types.DATE);
					}
					else {
						ps.setDate(16, Date.valueOf(r.placementDate()));
					}
					ps.setLong(17, RecordKeys.participantKeyHash(r, prefix));
					ps.setLong(18, RecordKeys.participantValueHash(r, prefix));
				});
	}

	/** The rows as CSV through {@code COPY ... FROM STDIN}, on the connection of the chunk's transaction. */
	private void copy(long run, List<Staged<ParticipantRecord>> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 160);
		for (Staged<ParticipantRecord> s : rows) {
			ParticipantRecord r = s.record();
			Location l = s.location();
			long prefix = RecordKeys.participantPrefix(r);
			csv.append(run).append(',').append(l.sequence()).append(',').append(l.fileId()).append(',');
			quoted(csv, StagingStore.clip(l.sheet(), 200)).append(',').append(l.row()).append(',');
			quoted(csv, r.participantKey()).append(',');
			quoted(csv, StagingStore.clip(r.blkCode(), 100)).append(',');
			quoted(csv, StagingStore.clip(r.program(), 500)).append(',');
			quoted(csv, r.gender() == null ? null : r.gender().code()).append(',');
			quoted(csv, StagingStore.clip(r.education(), 200)).append(',');
			csv.append(r.startDate()).append(',').append(r.endDate()).append(',');
			csv.append(r.graduated()).append(',').append(r.certified()).append(',');
			csv.append(r.placementStatus().name()).append(',');
			csv.append(r.placementDate() == null ? "" : r.placementDate().toString()).append(',');
			csv.append(RecordKeys.participantKeyHash(r, prefix)).append(',');
			csv.append(RecordKeys.participantValueHash(r, prefix)).append('\n');
		}
		Connection c = DataSourceUtils.getConnection(dataSource);
		try {
			c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY stg_participant (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot stage participant rows: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(c, dataSource);
		}
	}

	/** A CSV field: null as nothing, any text quoted (an empty text is then told apart from null). */
	private static StringBuilder quoted(StringBuilder csv, String s) {
		if (s == null) {
			return csv;
		}
		csv.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"') {
				csv.append('"');
			}
			csv.append(c);
		}
		return csv.append('"');
	}

	/**
	 * Every staged row of the run whose training ended in {@code [from, to]}, in file order, as a record
	 * without what no indicator needs (the participant key, education and start date are left null, the
	 * programme's label is its case-folded name). One pass, a page of {@link #PAGE} rows at a time on the primary key.
	 */
	public void forEachEndedIn(long run, LocalDate from, LocalDate to, Consumer<ParticipantRecord> action) {
		long[] last = { -1 };
		int[] rows = new int[1];
		do {
			rows[0] = 0;
			jdbc.query("SELECT seq, blk_code, program, gender, end_date, graduated, certified, placement, placement_date"
					+ " FROM stg_participant WHERE run_id = ? AND seq > ? AND end_date >= ? AND end_date <= ?"
					+ " ORDER BY run_id, seq LIMIT " + PAGE, rs -> {
						last[0] = rs.getLong(1);
						rows[0]++;
						String gender = rs.getString(4);
						action.accept(new ParticipantRecord(null, rs.getString(2), rs.getString(3), rs.getString(3),
								gender == null ? null : Gender.ofCode(gender), null, null, rs.getObject(5, LocalDate.class),
								rs.getBoolean(6), rs.getBoolean(7), PlacementStatus.valueOf(rs.getString(8)),
								rs.getObject(9, LocalDate.class)));
					}, run, last[0], Date.valueOf(from), Date.valueOf(to));
		}
		while (rows[0] == PAGE);
	}
}
