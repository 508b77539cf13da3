package id.go.kemnaker.blk.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The summary of a format's repeated runs ({@code --repeat=N}): the medians of the floor, the job and
 * the job/floor ratio of each side-by-side pair, and the range of what a target is read from. On a
 * machine whose speed drifts (a shared virtual machine), one floor and one job can fall in different
 * phases; the median of pairs run alternately is the steadier figure.
 */
final class Medians {

	private Medians() {
	}

	static String of(List<Benchmark.Measure> runs) {
		String format = runs.get(0).format();
		String ratios = runs.stream()
			.map(m -> String.format(Locale.ROOT, "%.2f", m.ratio()))
			.collect(Collectors.joining(" "));
		long met = runs.stream().filter(m -> m.ratio() <= 2.0).count();
		return String.format(Locale.ROOT,
				"%s, median of %d side-by-side pairs: floor %.1f s, job %.1f s, job/floor %.2f (pairs: %s; at most 2 in %d"
						+ " of %d), writeReports %.0f%% of the job, peak heap %d-%d MB",
				format, runs.size(), median(runs, Benchmark.Measure::floorSeconds), job(runs),
				median(runs, Benchmark.Measure::ratio), ratios, met, runs.size(),
				100 * median(runs, m -> m.steps().getOrDefault("writeReports", 0.0) / m.jobSeconds()),
				runs.stream().mapToLong(Benchmark.Measure::peakHeapMb).filter(mb -> mb >= 0).min().orElse(-1),
				runs.stream().mapToLong(Benchmark.Measure::peakHeapMb).filter(mb -> mb >= 0).max().orElse(-1));
	}

	/** The median job time of these runs. */
	static double job(List<Benchmark.Measure> runs) {
		return median(runs, Benchmark.Measure::jobSeconds);
	}

	static double median(List<Benchmark.Measure> runs, ToDoubleFunction<Benchmark.Measure> figure) {
		double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
		int n = v.length;
		return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	}
}
