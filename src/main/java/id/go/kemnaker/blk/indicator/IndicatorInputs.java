package id.go.kemnaker.blk.indicator;

import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.LabourForceRecord;

/**
 * Everything the indicators are computed from, as counts: labour figures merged per province and
 * round, the national total rows of the sources, the BLK inventory, training outcomes counted per BLK,
 * programme and gender (cohorts that ended in the training window), labour demand, and the outcomes of
 * the training window of the same length just before (for the placement rate a window earlier).
 */
public record IndicatorInputs(List<LabourForceRecord> labour, List<LabourForceRecord> nationalRows,
		List<BlkRecord> blks, List<OutcomeCell> outcomes, List<DaysCell> days, Map<String, String> programLabels,
		List<DemandRecord> demand, List<OutcomeCell> previousOutcomes) {

	/** Inputs without outcomes of the previous window. */
	public IndicatorInputs(List<LabourForceRecord> labour, List<LabourForceRecord> nationalRows, List<BlkRecord> blks,
			List<OutcomeCell> outcomes, List<DaysCell> days, Map<String, String> programLabels, List<DemandRecord> demand) {
		this(labour, nationalRows, blks, outcomes, days, programLabels, demand, List.of());
	}

	public IndicatorInputs {
		labour = List.copyOf(labour);
		nationalRows = List.copyOf(nationalRows);
		blks = List.copyOf(blks);
		// the two largest lists (tens of thousands of cells) are taken as they are, not copied
		outcomes = java.util.Collections.unmodifiableList(outcomes);
		days = java.util.Collections.unmodifiableList(days);
		programLabels = Map.copyOf(programLabels);
		demand = List.copyOf(demand);
		previousOutcomes = java.util.Collections.unmodifiableList(previousOutcomes);
	}

	/**
	 * Training outcome counts of one BLK, programme and gender ({@code L}, {@code P} or null when not
	 * recorded): trainees, graduates, and among graduates those certified, traced (placement status
	 * known), employed and self-employed.
	 */
	public record OutcomeCell(String blkCode, String program, String gender, long participants, long graduates,
			long certified, long traced, long employed, long selfEmployed) {
	}

	/** How many placed graduates of a BLK, programme and gender took {@code days} days to placement. */
	public record DaysCell(String blkCode, String program, String gender, int days, long count) {
	}
}
