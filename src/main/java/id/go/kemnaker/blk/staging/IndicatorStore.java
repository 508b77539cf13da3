package id.go.kemnaker.blk.staging;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.IndicatorInputs;
import id.go.kemnaker.blk.indicator.IndicatorValue;
import id.go.kemnaker.blk.indicator.ParticipantCounts;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;
import id.go.kemnaker.blk.ingest.LabourForceMerger;

/**
 * Reads a run's staged data as the indicators take it (aggregated in SQL where rows are few, counted in one
 * pass over the participant rows), and keeps the computed indicators of the run in {@code ind_value}, a
 * row per value, so that writing the reports is a step of its own that a restart can repeat.
 */
@Repository
public class IndicatorStore {

	private final JdbcTemplate jdbc;
	private final StagingStore staging;
	private final ParticipantTable participants;

	public IndicatorStore(JdbcTemplate jdbc, StagingStore staging, ParticipantTable participants) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.participants = participants;
	}

	/** Labour figures merged per province and round (conflicts were rejected when staged). */
	public List<LabourForceRecord> labour(long run) {
		return new ArrayList<>(LabourForceMerger.merge(staging.labourForceRows(run)).merged().values());
	}

	/** The national total rows ({@code INDONESIA}) of the labour-force files. */
	public List<LabourForceRecord> nationalRows(long run) {
		return jdbc.query("SELECT t.period, t.wap, t.lf, t.employed, t.unemployed, t.tpt, t.tpak, t.youth_lf,"
				+ " t.youth_unemployed FROM stg_total t JOIN blk_input i ON i.run_id = t.run_id AND i.file_id = t.file_id"
				+ " WHERE t.run_id = ? AND i.dataset = 'LABOUR_FORCE' AND t.period IS NOT NULL ORDER BY t.seq",
				(rs, i) -> new LabourForceRecord(LabourForceRecord.NATIONAL_CODE, Period.parse(rs.getString(1)).orElseThrow(),
						StagingStore.getLong(rs, 2), StagingStore.getLong(rs, 3), StagingStore.getLong(rs, 4),
						StagingStore.getLong(rs, 5), StagingStore.getDouble(rs, 6), StagingStore.getDouble(rs, 7),
						StagingStore.getLong(rs, 8), StagingStore.getLong(rs, 9)),
				run);
	}

	public List<BlkRecord> blks(long run) {
		return jdbc.query("SELECT blk_code, name, province_code, regency, blk_type, status, capacity, planned_year, note"
				+ " FROM stg_blk WHERE run_id = ? ORDER BY blk_code", (rs, i) -> new BlkRecord(rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getString(4), BlkType.valueOf(rs.getString(5)),
						BlkStatus.valueOf(rs.getString(6)), StagingStore.getLong(rs, 7),
						rs.getObject(8) == null ? null : rs.getInt(8), rs.getString(9)),
				run);
	}

	/**
	 * The participant and summary counts of a training window, as the indicator engine takes them, and the
	 * outcome counts of the window of the same length just before it.
	 */
	public record TrainingCells(List<IndicatorInputs.OutcomeCell> outcomes, List<IndicatorInputs.DaysCell> days,
			List<IndicatorInputs.OutcomeCell> previous) {
	}

	/**
	 * The trainees whose training ended in the window, and those of the previous window, counted per BLK,
	 * programme and gender in one pass over the staged participant rows; then the summary rows of each
	 * window's months, summed in SQL.
	 *
	 * @param previousStart the first day of the previous window (it ends the day before {@code start})
	 */
	public TrainingCells training(long run, LocalDate previousStart, LocalDate start, LocalDate end) {
		ParticipantCounts counts = new ParticipantCounts();
		ParticipantCounts earlier = new ParticipantCounts();
		participants.forEachEndedIn(run, previousStart, end,
				p -> (p.endDate().isBefore(start) ? earlier : counts).add(p));
		List<IndicatorInputs.OutcomeCell> outcomes = counts.outcomes();
		outcomes.addAll(summaries(run, start, end));
		List<IndicatorInputs.OutcomeCell> previous = earlier.outcomes();
		previous.addAll(summaries(run, previousStart, start.minusDays(1)));
		return new TrainingCells(outcomes, counts.days(), previous);
	}

	private List<IndicatorInputs.OutcomeCell> summaries(long run, LocalDate start, LocalDate end) {
		List<String> months = new ArrayList<>();
		for (Period p = Period.of(start); !p.isAfter(Period.of(end)); p = p.plusMonths(1)) {
			months.add(p.toString());
		}
		List<Object> args = new ArrayList<>();
		args.add(run);
		args.addAll(months);
		return jdbc.query("SELECT blk_code, program, SUM(participants), SUM(graduates), SUM(certified),"
				+ " SUM(graduates - unknown), SUM(employed), SUM(self_employed) FROM stg_training_summary"
				+ " WHERE run_id = ? AND period IN (" + String.join(",", java.util.Collections.nCopies(months.size(), "?"))
				+ ") GROUP BY blk_code, program ORDER BY blk_code, program",
				(rs, i) -> new IndicatorInputs.OutcomeCell(rs.getString(1), rs.getString(2), null, rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				args.toArray());
	}

	/** How each programme is shown: the first spelling in file order of its case-folded name. */
	public Map<String, String> programLabels(long run) {
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.query("SELECT program, label FROM stg_program WHERE run_id = ? ORDER BY seq", rs -> {
			labels.putIfAbsent(rs.getString(1), rs.getString(2));
		}, run);
		return labels;
	}

	public List<DemandRecord> demand(long run) {
		return jdbc.query("SELECT province_code, period, whole_year, source, workers, program, project FROM stg_demand"
				+ " WHERE run_id = ? ORDER BY seq", (rs, i) -> new DemandRecord(rs.getString(1),
						Period.parse(rs.getString(2)).orElseThrow(), rs.getBoolean(3), DemandSource.valueOf(rs.getString(4)),
						rs.getLong(5), rs.getString(6), rs.getString(7)),
				run);
	}

	// ---------------------------------------------------------------- results

	/**
	 * Keeps the indicators of the run, a row per value, grouped by scope, key and gender in the order in
	 * which each group first appears (the order {@link #load} gives them back in). Returns them in that order.
	 */
	public List<IndicatorValue> save(long run, Results results) {
		jdbc.update("DELETE FROM ind_value WHERE run_id = ?", run);
		jdbc.update("DELETE FROM ind_run WHERE run_id = ?", run);
		jdbc.update("INSERT INTO ind_run (run_id, report_period, window_start, window_end) VALUES (?, ?, ?, ?)", run,
				results.period().toString(), Date.valueOf(results.windowStart()), Date.valueOf(results.windowEnd()));
		Map<List<Object>, List<IndicatorValue>> groups = new LinkedHashMap<>();
		for (IndicatorValue v : results.values()) {
			String key = StagingStore.clip(v.key(), 600);
			IndicatorValue kept = key == v.key() ? v
					: new IndicatorValue(v.scope(), key, v.indicator(), v.gender(), v.value(), v.flag());
			groups.computeIfAbsent(List.of(kept.scope(), kept.key(), kept.gender()), k -> new ArrayList<>()).add(kept);
		}
		List<IndicatorValue> ordered = new ArrayList<>(results.values().size());
		groups.values().forEach(ordered::addAll);
		int[] ord = { 0 };
		jdbc.batchUpdate("INSERT INTO ind_value (run_id, ord, scope, scope_key, indicator, gender, val, flag)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ordered, 5000, (ps, v) -> {
					ps.setLong(1, run);
					ps.setInt(2, ord[0]++);
					ps.setString(3, v.scope().name());
					ps.setString(4, v.key());
					ps.setString(5, v.indicator().name());
					ps.setString(6, v.gender());
					if (v.value() == null) {
						ps.setNull(7, java.sql.Types.DOUBLE);
					}
					else {
						ps.setDouble(7, v.value());
					}
					ps.setString(8, v.flag() == null ? null : v.flag().name());
				});
		return ordered;
	}

	/** The report period of the indicators a run kept. */
	public String period(long run) {
		return jdbc.queryForObject("SELECT report_period FROM ind_run WHERE run_id = ?", String.class, run);
	}

	/** The indicators a run kept, in the order {@link #save} gave them. */
	public Results load(long run, List<String> notes) {
		Object[] period = jdbc.queryForObject("SELECT report_period, window_start, window_end FROM ind_run WHERE run_id = ?",
				(rs, i) -> new Object[] { rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate() }, run);
		List<IndicatorValue> values = new ArrayList<>();
		int before;
		do {
			before = values.size();
			// a page at a time in order: under HSQLDB's in-memory result size (StagingStore.PAGE)
			values.addAll(jdbc.query("SELECT scope, scope_key, indicator, gender, val, flag FROM ind_value"
					+ " WHERE run_id = ? AND ord >= ? ORDER BY run_id, ord LIMIT " + StagingStore.PAGE, (rs, i) -> {
						String flag = rs.getString(6);
						return new IndicatorValue(Scope.valueOf(rs.getString(1)), rs.getString(2),
								Indicator.valueOf(rs.getString(3)), rs.getString(4), StagingStore.getDouble(rs, 5),
								flag == null ? null : Flag.valueOf(flag));
					}, run, before));
		}
		while (values.size() - before == StagingStore.PAGE);
		return new Results(Period.parse((String) period[0]).orElseThrow(), (LocalDate) period[1], (LocalDate) period[2],
				values, notes);
	}

	/** Cross-check notes of the national totals, kept as warnings on the total rows of their round. */
	public void saveNotes(long run, List<String> notes) {
		jdbc.update("DELETE FROM stg_warning WHERE run_id = ? AND code = 'TOTAL_MISMATCH'", run);
		for (String note : notes) {
			Period period = Period.parse(note.substring(0, 7)).orElse(null);
			String p = period == null ? "" : period.toString();
			// the note goes with the INDONESIA row that carries the figure it is about, once (a wide table's
			// row holds several periods under one sequence number)
			String column = note.contains("TPAK") ? "tpak" : note.contains("TPT") ? "tpt"
					: note.contains("unemployed") ? "unemployed" : "lf";
			List<Long> seqs = jdbc.queryForList("SELECT seq FROM stg_total WHERE run_id = ? AND period = ?"
					+ " ORDER BY CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, seq", Long.class, run, p);
			if (seqs.isEmpty()) {
				continue;
			}
			jdbc.update("INSERT INTO stg_warning (run_id, seq, file_id, sheet, row_no, column_name, code, message,"
					+ " province_code) SELECT run_id, seq, file_id, sheet, row_no, NULL, 'TOTAL_MISMATCH', ?, NULL"
					+ " FROM stg_total WHERE run_id = ? AND seq = ? AND period = ?", StagingStore.clip(note, 2000), run,
					seqs.get(0), p);
		}
	}
}
