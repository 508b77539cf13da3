package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;

/**
 * Counts trainees, one at a time, into the outcome cells the indicators are computed from: per BLK,
 * programme and gender, how many took part, graduated, were certified, traced, employed and self-employed,
 * and how many placed graduates took how many days to placement. Memory follows the number of cells, not
 * of trainees.
 */
public final class ParticipantCounts {

	/** Gender codes by index: not recorded, L, P. */
	private static final String[] GENDERS = { null, Gender.MALE.code(), Gender.FEMALE.code() };

	private final Map<String, Map<String, Cell[]>> byBlk = new HashMap<>();

	/** The counts of one BLK, programme and gender. */
	private static final class Cell {

		final long[] counts = new long[6];
		final DayCounts days = new DayCounts();
	}

	public void add(ParticipantRecord r) {
		Cell[] genders = byBlk.computeIfAbsent(r.blkCode(), k -> new HashMap<>())
			.computeIfAbsent(r.program(), k -> new Cell[GENDERS.length]);
		int g = r.gender() == null ? 0 : r.gender().ordinal() + 1;
		Cell c = genders[g];
		if (c == null) {
			c = genders[g] = new Cell();
		}
		c.counts[0]++;
		if (r.graduated()) {
			c.counts[1]++;
			c.counts[2] += r.certified() ? 1 : 0;
			c.counts[3] += r.placementStatus() != PlacementStatus.UNKNOWN ? 1 : 0;
			c.counts[4] += r.placementStatus() == PlacementStatus.EMPLOYED ? 1 : 0;
			c.counts[5] += r.placementStatus() == PlacementStatus.SELF_EMPLOYED ? 1 : 0;
		}
		Integer days = r.daysToPlacement();
		if (days != null) {
			c.days.add(days, 1);
		}
	}

	/** The outcome cells in the order of BLK code, programme and gender (not recorded first, then L, P). */
	public List<IndicatorInputs.OutcomeCell> outcomes() {
		List<IndicatorInputs.OutcomeCell> out = new ArrayList<>();
		forEachCell((blk, program, gender, c) -> out.add(new IndicatorInputs.OutcomeCell(blk, program, gender,
				c.counts[0], c.counts[1], c.counts[2], c.counts[3], c.counts[4], c.counts[5])));
		return out;
	}

	/** The days to placement of each cell, in the same order, each day ascending. */
	public List<IndicatorInputs.DaysCell> days() {
		List<IndicatorInputs.DaysCell> out = new ArrayList<>();
		forEachCell((blk, program, gender, c) -> {
			for (int i = 0; i < c.days.size(); i++) {
				out.add(new IndicatorInputs.DaysCell(blk, program, gender, c.days.day(i), c.days.count(i)));
			}
		});
		return out;
	}

	private interface CellAction {

		void accept(String blk, String program, String gender, Cell cell);
	}

	private void forEachCell(CellAction action) {
		for (String blk : new TreeSet<>(byBlk.keySet())) {
			Map<String, Cell[]> programs = byBlk.get(blk);
			for (String program : new TreeSet<>(programs.keySet())) {
				Cell[] genders = programs.get(program);
				for (int g = 0; g < genders.length; g++) {
					if (genders[g] != null) {
						action.accept(blk, program, GENDERS[g], genders[g]);
					}
				}
			}
		}
	}
}
