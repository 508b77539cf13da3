package id.go.kemnaker.blk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The summary of repeated runs: medians of pairs, not a ratio of medians from different moments. */
class MediansTest {

	private static Benchmark.Measure run(int i, double floor, double job, double reports, long peak) {
		return new Benchmark.Measure("xlsx", "xlsx#" + i, 1_000_000, floor, floor - 0.2, job,
				Map.of("ingest-training", job / 2, "writeReports", reports), peak, 93, "OK", 2 * floor, 2 * job);
	}

	@Test
	void takesTheMedianOfEachFigureAndListsEveryPair() {
		List<Benchmark.Measure> runs = List.of(run(1, 10.0, 21.0, 2.1, 170), run(2, 8.0, 19.0, 1.9, 177),
				run(3, 9.0, 17.1, 1.71, 172));

		assertThat(Medians.of(runs)).isEqualTo("xlsx, median of 3 side-by-side pairs: floor 9.0 s, job 19.0 s,"
				+ " job/floor 2.10 (pairs: 2.10 2.38 1.90; at most 2 in 1 of 3), writeReports 10% of the job,"
				+ " peak heap 170-177 MB");
	}

	@Test
	void leavesARunWithoutAPeakHeapOutOfTheRange() {
		List<Benchmark.Measure> runs = List.of(run(1, 10.0, 19.0, 1.0, 170), run(2, 8.0, 17.0, 1.0, -1),
				run(3, 8.0, 17.0, 1.0, 180));

		assertThat(Medians.of(runs)).endsWith("peak heap 170-180 MB");
	}

	@Test
	void averagesTheMiddleTwoOfAnEvenNumberOfRuns() {
		List<Benchmark.Measure> runs = List.of(run(1, 10.0, 19.0, 1.0, 170), run(2, 8.0, 17.0, 1.0, 170));

		assertThat(Medians.job(runs)).isEqualTo(18.0);
		assertThat(Medians.median(runs, Benchmark.Measure::ratio)).isEqualTo((1.9 + 2.125) / 2);
	}
}
