package id.go.kemnaker.blk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark on a small generated set: floor and job (the built jar, {@code target/blk-pipeline.jar}) in
 * JVMs of their own, alternately, counts checked, heap read from the job's GC log, medians of the
 * side-by-side pairs.
 */
class BenchmarkIT {

	@TempDir
	Path dir;

	record Output(int exitCode, String out, String err) {
	}

	private static Output benchmark(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Benchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void timesTheJobAgainstTheFloorSideBySideChecksItsCountsAndReportsCpu() {
		Output r = benchmark("--rows=2000", "--format=csv", "--repeat=2", "--output=" + dir);

		assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
		assertThat(r.out()).containsSubsequence("floor (csv#1)", "job (csv#1)", "floor (csv#2)", "job (csv#2)");
		assertThat(r.out()).contains("job:   java -Xmx256m -Xlog:gc:file=... -jar target/blk-pipeline.jar run ...");
		for (String run : new String[] { "csv#1", "csv#2" }) {
			assertThat(r.out()).containsPattern(run + " +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d\\d +\\d+ +\\d+ +\\d+ +"
					+ "OK: \\d+ province and programme counts equal");
			assertThat(r.out()).containsPattern("steps \\(" + run + "\\): prepareRun \\d+\\.\\d s, .*writeReports \\d+\\.\\d s");
			assertThat(r.out()).containsPattern("\\(" + run + "\\) CPU of the floor's JVM \\d+\\.\\d s; of the job's JVM"
					+ " \\d+\\.\\d s");
		}
		assertThat(r.out()).containsPattern("csv, median of 2 side-by-side pairs: floor \\d+\\.\\d s, job \\d+\\.\\d s, "
				+ "job/floor \\d+\\.\\d\\d \\(pairs: \\d+\\.\\d\\d \\d+\\.\\d\\d; at most 2 in [012] of 2\\)");
		assertThat(dir.resolve("benchmark/csv-2000-20251101/expected-counts.csv")).exists();
		assertThat(dir.resolve("benchmark/csv-2000-20251101/job-csv-2.log")).exists();
		assertThat(dir.resolve("benchmark/csv-2000-20251101/job-csv-2-gc.log")).exists();
	}

	@Test
	void refusesARepeatBelowOne() {
		Output r = benchmark("--rows=2000", "--format=csv", "--repeat=0", "--output=" + dir);

		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("--repeat must be at least 1");
	}
}
