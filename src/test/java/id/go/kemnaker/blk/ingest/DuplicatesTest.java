package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/** Same key twice: counted once when equal, all rejected when different; labour-force tables merge by key. */
class DuplicatesTest {

	private static final Period AUG_2025 = Period.of(2025, 8);

	private static DuplicateResolver.Keyed keyed(long seq, String key, String hash, String file, int row) {
		return new DuplicateResolver.Keyed(seq, key, hash.hashCode(), file, "Data", row, Message.of("msg.dupkey.BLK", key));
	}

	@Test
	void keepsTheFirstOfIdenticalRowsAndMarksTheOthersDuplicateRow() {
		List<DuplicateResolver.Decision> decisions = DuplicateResolver.resolve(List.of(
				keyed(1, "BLK-01", "h1", "blk/a.xlsx", 2), keyed(2, "BLK-01", "h1", "blk/a.xlsx", 7),
				keyed(3, "BLK-01", "h1", "blk/b.xlsx", 2)));

		assertThat(decisions).extracting(DuplicateResolver.Decision::seq).containsExactly(2L, 3L);
		assertThat(decisions).extracting(DuplicateResolver.Decision::reason).containsOnly(RejectReason.DUPLICATE_ROW);
		assertThat(decisions.get(0).message().english()).isEqualTo("identical to sheet 'Data' row 2 (BLK BLK-01); counted once");
		assertThat(decisions.get(1).message().english()).isEqualTo("identical to blk/a.xlsx, sheet 'Data' row 2 (BLK BLK-01); counted once");
	}

	@Test
	void rejectsEveryRowOfAKeyWithDifferentValuesAsDuplicateConflict() {
		List<DuplicateResolver.Decision> decisions = DuplicateResolver.resolve(List.of(
				keyed(1, "BLK-01", "h1", "blk/a.xlsx", 2), keyed(2, "BLK-01", "h2", "blk/a.xlsx", 7),
				keyed(3, "BLK-01", "h1", "blk/b.xlsx", 2), keyed(4, "BLK-02", "h9", "blk/a.xlsx", 3)));

		assertThat(decisions).extracting(DuplicateResolver.Decision::seq).containsExactly(1L, 2L, 3L);
		assertThat(decisions).extracting(DuplicateResolver.Decision::reason)
			.containsOnly(RejectReason.DUPLICATE_CONFLICT);
		assertThat(decisions.get(0).message().english()).contains("row 7").contains("blk/b.xlsx").contains("none is guessed");
	}

	@Test
	void decidesNothingForKeysThatOccurOnce() {
		assertThat(DuplicateResolver.resolve(List.of(keyed(1, "BLK-01", "h1", "f", 2), keyed(2, "BLK-02", "h1", "f", 3))))
			.isEmpty();
	}

	private static LabourForceMerger.Row lf(long seq, String file, int row, Long lf, Long unemployed, Double tpt,
			Double tpak) {
		return new LabourForceMerger.Row(seq, file, "Data", row,
				new LabourForceRecord("65", AUG_2025, null, lf, null, unemployed, tpt, tpak, null, null));
	}

	@Test
	void mergesARatesOnlyRowAndACountsRowOfTheSameProvinceAndRound() {
		LabourForceMerger.Result result = LabourForceMerger.merge(List.of(
				lf(1, "labour-force/tpt.xlsx", 5, null, null, 3.85, null),
				lf(2, "labour-force/counts.xlsx", 3, 395_803L, 15_231L, null, null),
				lf(3, "labour-force/tpak.xlsx", 9, null, null, null, 69.55)));

		assertThat(result.rejected()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.merged()).containsOnlyKeys(LabourForceMerger.key("65", AUG_2025));
		assertThat(result.merged().get("65|2025-08")).isEqualTo(new LabourForceRecord("65", AUG_2025, null, 395_803L,
				null, 15_231L, 3.85, 69.55, null, null));
	}

	@Test
	void rejectsBothRowsWhenTwoTablesPublishDifferentRates() {
		LabourForceMerger.Result result = LabourForceMerger.merge(List.of(
				lf(1, "labour-force/tpt-a.xlsx", 5, null, null, 3.85, null),
				lf(2, "labour-force/tpt-b.xlsx", 5, null, null, 4.01, null),
				lf(3, "labour-force/counts.xlsx", 3, 395_803L, 15_231L, null, null)));

		assertThat(result.merged()).isEmpty();
		assertThat(result.rejected()).extracting(DuplicateResolver.Decision::reason)
			.containsOnly(RejectReason.DUPLICATE_CONFLICT);
		assertThat(result.rejected()).extracting(DuplicateResolver.Decision::seq).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(result.rejected().get(0).message().english()).contains("TPT is 3.85").contains("3.85").contains("4.01");
	}

	@Test
	void mergesIdenticalRowsIntoOneRecordWithoutRejectingEither() {
		// a wide BPS table and a long table often repeat the same published rate: both rows stay accepted
		// (a wide row holds other rounds too) and the figure counts once, in the one merged record
		LabourForceMerger.Result result = LabourForceMerger.merge(List.of(
				lf(1, "labour-force/tpt.xlsx", 5, null, null, 3.85, null),
				lf(2, "labour-force/tpt-copy.xlsx", 5, null, null, 3.85, null)));

		assertThat(result.rejected()).isEmpty();
		assertThat(result.merged()).hasSize(1);
		assertThat(result.merged().get("65|2025-08").publishedTpt()).isEqualTo(3.85);
	}

	@Test
	void warnsOnTheRateRowWhenAMergedPublishedRateDoesNotMatchTheCounts() {
		LabourForceMerger.Result result = LabourForceMerger.merge(List.of(
				lf(1, "labour-force/counts.xlsx", 3, 395_803L, 15_231L, null, null),
				lf(2, "labour-force/tpt.xlsx", 5, null, null, 4.85, null)));

		assertThat(result.rejected()).isEmpty();
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.seq()).isEqualTo(2L);
			assertThat(w.code()).isEqualTo("RATE_MISMATCH");
			assertThat(w.message().english()).contains("4.85").contains("3.85");
		});
	}
}
