package id.go.kemnaker.blk.job;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.indicator.Flag;
import id.go.kemnaker.blk.indicator.Indicator;
import id.go.kemnaker.blk.indicator.DayCounts;
import id.go.kemnaker.blk.indicator.IndicatorInputs;
import id.go.kemnaker.blk.indicator.IndicatorValue;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;
import id.go.kemnaker.blk.ingest.LabourForceMerger;

/**
 * Reads the staged data as counts for the indicators (aggregated in SQL where rows are many), and keeps
 * the computed indicators of the run in {@code ind_value} so that writing the reports is a step of its
 * own that a restart can repeat.
 */
@Repository
public class IndicatorStore {

	private final JdbcTemplate jdbc;
	private final StagingStore staging;
	private final StagedParticipants participants;
	/**
	 * The results this process saved last, once their transaction has committed: what {@link #load} would
	 * read back, kept so that the report step after the computation does not read 150,000 values again. A
	 * restarted report step in a new process reads them from the database.
	 */
	private final java.util.concurrent.atomic.AtomicReference<Saved> saved = new java.util.concurrent.atomic.AtomicReference<>();

	/** The saved indicators in the order in which {@link #load} reads them (the same objects, not copies). */
	private record Saved(Period period, LocalDate windowStart, LocalDate windowEnd, List<IndicatorValue> values) {
	}

	public IndicatorStore(JdbcTemplate jdbc, StagingStore staging, StagedParticipants participants) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.participants = participants;
	}

	/** Labour figures merged per province and round (conflicts were rejected when staged). */
	public List<LabourForceRecord> labour() {
		return new ArrayList<>(LabourForceMerger.merge(staging.labourForceRows()).merged().values());
	}

	/** The national total rows ({@code INDONESIA}) of the labour-force files. */
	public List<LabourForceRecord> nationalRows() {
		return jdbc.query("SELECT t.period, t.wap, t.lf, t.employed, t.unemployed, t.tpt, t.tpak, t.youth_lf,"
				+ " t.youth_unemployed FROM stg_total t JOIN blk_input i ON i.file_id = t.file_id"
				+ " WHERE i.dataset = 'LABOUR_FORCE' AND t.period IS NOT NULL ORDER BY t.seq",
				(rs, i) -> new LabourForceRecord(LabourForceRecord.NATIONAL_CODE, Period.parse(rs.getString(1)).orElseThrow(),
						StagingStore.getLong(rs, 2), StagingStore.getLong(rs, 3), StagingStore.getLong(rs, 4),
						StagingStore.getLong(rs, 5), StagingStore.getDouble(rs, 6), StagingStore.getDouble(rs, 7),
						StagingStore.getLong(rs, 8), StagingStore.getLong(rs, 9)));
	}

	public List<BlkRecord> blks() {
		return jdbc.query("SELECT blk_code, name, province_code, regency, blk_type, status, capacity, planned_year"
				+ " FROM stg_blk ORDER BY blk_code", (rs, i) -> new BlkRecord(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), StagingStore.type(rs.getString(5)),
						StagingStore.status(rs.getString(6)), StagingStore.getLong(rs, 7),
						rs.getObject(8) == null ? null : rs.getInt(8)));
	}

	/** The participant and summary counts of a training window, as the indicator engine takes them. */
	public record TrainingCells(List<IndicatorInputs.OutcomeCell> outcomes, List<IndicatorInputs.DaysCell> days) {
	}

	/**
	 * In one pass over the staged participant rows whose training ended in the window: outcome counts per
	 * BLK, programme and gender, and how many graduates were placed after how many days. Then the summary
	 * rows of the window's months.
	 */
	public TrainingCells training(LocalDate start, LocalDate end) {
		return training(start, end, Runtime.getRuntime().availableProcessors(), StagedParticipants.ROWS_PER_PART);
	}

	TrainingCells training(LocalDate start, LocalDate end, int maxParts, long rowsPerPart) {
		// a large set is read in parts side by side, one per core, each into cells of its own, then merged
		List<CellCounter> parts = participants.forEachViewInParts(maxParts, rowsPerPart,
				() -> new CellCounter(start.toEpochDay(), end.toEpochDay()));
		for (CellCounter part : parts.subList(1, parts.size())) {
			parts.get(0).addAll(part);
		}
		Map<String, Map<String, Cell[]>> byBlk = parts.get(0).byBlk;
		// in the order of BLK code, programme and gender (not recorded first, then L, P)
		List<IndicatorInputs.OutcomeCell> outcomes = new ArrayList<>();
		List<IndicatorInputs.DaysCell> days = new ArrayList<>();
		for (String blk : new TreeSet<>(byBlk.keySet())) {
			Map<String, Cell[]> programs = byBlk.get(blk);
			for (String program : new TreeSet<>(programs.keySet())) {
				Cell[] genders = programs.get(program);
				for (int g = 0; g < genders.length; g++) {
					if (genders[g] == null) {
						continue;
					}
					long[] c = genders[g].counts;
					outcomes.add(new IndicatorInputs.OutcomeCell(blk, program, GENDERS[g], c[0], c[1], c[2], c[3], c[4],
							c[5]));
					DayCounts d = genders[g].days;
					for (int i = 0; i < d.size(); i++) {
						days.add(new IndicatorInputs.DaysCell(blk, program, GENDERS[g], d.day(i), d.count(i)));
					}
				}
			}
		}
		List<String> months = new ArrayList<>();
		for (Period p = Period.of(start); !p.isAfter(Period.of(end)); p = p.plusMonths(1)) {
			months.add(p.toString());
		}
		String in = String.join(",", months.stream().map(m -> "'" + m + "'").toList());
		outcomes.addAll(jdbc.query("SELECT blk_code, program, SUM(participants), SUM(graduates), SUM(certified),"
				+ " SUM(graduates - unknown), SUM(employed), SUM(self_employed) FROM stg_training_summary"
				+ " WHERE period IN (" + in + ") GROUP BY blk_code, program ORDER BY blk_code, program",
				(rs, i) -> new IndicatorInputs.OutcomeCell(rs.getString(1), rs.getString(2), null, rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))));
		return new TrainingCells(outcomes, days);
	}

	/** Gender codes of the staged rows by index: not recorded, L, P. */
	private static final String[] GENDERS = { null, Gender.MALE.code(), Gender.FEMALE.code() };

	private static int genderIndex(String gender) {
		return gender == null ? 0 : Gender.ofCode(gender).ordinal() + 1;
	}

	/** The counts of one BLK, programme and gender, and how many were placed after how many days. */
	private static final class Cell {

		final long[] counts = new long[6];
		final DayCounts days = new DayCounts();

		/** Adds the other cell's counts to this one's; returns this one. */
		Cell add(Cell other) {
			for (int i = 0; i < counts.length; i++) {
				counts[i] += other.counts[i];
			}
			days.addAll(other.days);
			return this;
		}
	}

	/**
	 * Counts the staged rows whose training ended in the window into cells by BLK, then programme, then
	 * gender (none, L, P). Codes and programmes come from the pool of the reader of its part of the rows,
	 * one String per value with its hash kept, so a row costs two lookups and no new key object, and a BLK
	 * code is recognised by identity (a counter sees one part, so one pool).
	 */
	private static final class CellCounter implements Consumer<StagedParticipants.View> {

		final Map<String, Map<String, Cell[]>> byBlk = new HashMap<>();
		private final long first;
		private final long last;
		// rows of one BLK often follow each other: its programmes are tried first
		private String blk;
		private Map<String, Cell[]> programs;

		CellCounter(long first, long last) {
			this.first = first;
			this.last = last;
		}

		/** Adds the cells another counter made (of other rows) to this one's. */
		void addAll(CellCounter other) {
			other.byBlk.forEach((code, otherPrograms) -> {
				Map<String, Cell[]> into = byBlk.computeIfAbsent(code, k -> new HashMap<>());
				otherPrograms.forEach((program, genders) -> {
					Cell[] cells = into.computeIfAbsent(program, k -> new Cell[GENDERS.length]);
					for (int g = 0; g < genders.length; g++) {
						if (genders[g] != null) {
							cells[g] = cells[g] == null ? genders[g] : cells[g].add(genders[g]);
						}
					}
				});
			});
		}

		@Override
		public void accept(StagedParticipants.View r) {
			if (r.endDay() < first || r.endDay() > last) {
				return;
			}
			if (r.blkCode() != blk) {
				blk = r.blkCode();
				programs = byBlk.computeIfAbsent(blk, k -> new HashMap<>());
			}
			Cell[] genders = programs.computeIfAbsent(r.program(), k -> new Cell[GENDERS.length]);
			int g = genderIndex(r.gender());
			Cell c = genders[g];
			if (c == null) {
				c = genders[g] = new Cell();
			}
			c.counts[0]++;
			if (r.graduated()) {
				c.counts[1]++;
				c.counts[2] += r.certified() ? 1 : 0;
				c.counts[3] += r.placement() != PlacementStatus.UNKNOWN ? 1 : 0;
				c.counts[4] += r.placement() == PlacementStatus.EMPLOYED ? 1 : 0;
				c.counts[5] += r.placement() == PlacementStatus.SELF_EMPLOYED ? 1 : 0;
			}
			if (r.hasDaysToPlacement()) {
				c.days.add(r.daysToPlacement(), 1);
			}
		}
	}

	/** How each programme is shown: the first spelling in file order of its case-folded name. */
	public Map<String, String> programLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.query("SELECT program, label FROM stg_program ORDER BY seq", rs -> {
					labels.putIfAbsent(rs.getString(1), rs.getString(2));
				});
		return labels;
	}

	public List<DemandRecord> demand() {
		return jdbc.query("SELECT province_code, period, whole_year, source, workers, program, project FROM stg_demand"
				+ " ORDER BY seq", (rs, i) -> new DemandRecord(rs.getString(1), Period.parse(rs.getString(2)).orElseThrow(),
						rs.getBoolean(3), StagingStore.source(rs.getString(4)), rs.getLong(5), rs.getString(6),
						rs.getString(7)));
	}

	// ---------------------------------------------------------------- results

	/** Keeps the indicators of the run: one row per scope, key and gender, its values in one text field. */
	public void save(Results results) {
		saved.set(null);
		jdbc.update("DELETE FROM ind_value");
		jdbc.update("DELETE FROM ind_run");
		jdbc.update("INSERT INTO ind_run (id, report_period, window_start, window_end) VALUES (1, ?, ?, ?)",
				results.period().toString(), Date.valueOf(results.windowStart()), Date.valueOf(results.windowEnd()));
		// rows in the order in which their scope, key and gender first appear; written a batch at a time
		List<IndicatorValue> values = results.values();
		Map<List<Object>, Integer> groups = new HashMap<>();
		int[] group = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			IndicatorValue v = values.get(i);
			group[i] = groups.computeIfAbsent(List.of(v.scope(), v.key(), v.gender()), k -> groups.size());
		}
		int[] start = new int[groups.size() + 1];
		for (int g : group) {
			start[g + 1]++;
		}
		for (int g = 0; g < groups.size(); g++) {
			start[g + 1] += start[g];
		}
		int[] order = new int[values.size()];
		int[] next = java.util.Arrays.copyOf(start, groups.size());
		for (int i = 0; i < values.size(); i++) {
			order[next[group[i]]++] = i;
		}
		List<IndicatorValue> asLoaded = new ArrayList<>(values.size());
		List<Object[]> batch = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			StringBuilder sb = new StringBuilder();
			IndicatorValue first = values.get(order[start[g]]);
			for (int p = start[g]; p < start[g + 1]; p++) {
				IndicatorValue v = values.get(order[p]);
				String key = StagingStore.clip(v.key(), 600);
				asLoaded.add(key == v.key() ? v : new IndicatorValue(v.scope(), key, v.indicator(), v.gender(), v.value(),
						v.flag()));
				if (!sb.isEmpty()) {
					sb.append(';');
				}
				sb.append(v.indicator().name()).append('=').append(v.value() == null ? "" : Double.toString(v.value()));
				if (v.flag() != null) {
					sb.append(':').append(v.flag().name());
				}
			}
			batch.add(new Object[] { g, first.scope().name(), StagingStore.clip(first.key(), 600), first.gender(),
					sb.toString() });
			if (batch.size() == 2000 || g == groups.size() - 1) {
				jdbc.batchUpdate("INSERT INTO ind_value (ord, scope, scope_key, gender, vals) VALUES (?, ?, ?, ?, ?)",
						batch);
				batch.clear();
			}
		}
		Saved copy = new Saved(results.period(), results.windowStart(), results.windowEnd(), asLoaded);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					saved.set(status == STATUS_COMMITTED ? copy : null);
				}
			});
		}
		else {
			saved.set(copy);
		}
	}

	public Results load(List<String> notes) {
		Saved kept = saved.get();
		if (kept != null) {
			return new Results(kept.period(), kept.windowStart(), kept.windowEnd(), kept.values(), notes);
		}
		Object[] run = jdbc.queryForObject("SELECT report_period, window_start, window_end FROM ind_run WHERE id = 1",
				(rs, i) -> new Object[] { rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate() });
		List<IndicatorValue> values = new ArrayList<>();
		jdbc.query("SELECT scope, scope_key, gender, vals FROM ind_value ORDER BY ord", rs -> {
			Scope scope = Scope.valueOf(rs.getString(1));
			String key = rs.getString(2);
			String gender = rs.getString(3);
			for (String item : rs.getString(4).split(";")) {
				int eq = item.indexOf('=');
				int colon = item.indexOf(':', eq);
				String number = colon < 0 ? item.substring(eq + 1) : item.substring(eq + 1, colon);
				values.add(new IndicatorValue(scope, key, Indicator.valueOf(item.substring(0, eq)), gender,
						number.isEmpty() ? null : Double.valueOf(number), colon < 0 ? null : Flag.valueOf(item.substring(colon + 1))));
			}
		});
		return new Results(Period.parse((String) run[0]).orElseThrow(), (LocalDate) run[1], (LocalDate) run[2], values,
				notes);
	}

	/** Cross-check notes of the national totals, kept as warnings on the total rows of their round. */
	public void saveNotes(List<String> notes) {
		jdbc.update("DELETE FROM stg_warning WHERE code = 'TOTAL_MISMATCH'");
		for (String note : notes) {
			Period period = Period.parse(note.substring(0, 7)).orElse(null);
			List<Long> seqs = jdbc.queryForList("SELECT MIN(seq) FROM stg_total WHERE period = ?", Long.class,
					period == null ? "" : period.toString());
			Long seq = seqs.isEmpty() ? null : seqs.get(0);
			if (seq == null) {
				continue;
			}
			jdbc.update("INSERT INTO stg_warning (seq, file_id, sheet, row_no, column_name, code, message, province_code)"
					+ " SELECT seq, file_id, sheet, row_no, NULL, 'TOTAL_MISMATCH', ?, NULL FROM stg_total WHERE seq = ?",
					StagingStore.clip(note, 2000), seq);
		}
	}
}
