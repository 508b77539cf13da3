package id.go.kemnaker.blk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Cli;

/** The benchmark command on a small generated set: floor and job in JVMs of their own, counts checked. */
class BenchmarkTest {

	@TempDir
	Path dir;

	@Test
	void timesTheJobAgainstTheFloorChecksItsCountsAndReportsCpu() {
		Cli.Result r = Cli.raw("benchmark", "--rows=2000", "--format=csv", "--output=" + dir);

		assertThat(r.exitCode()).as(r.all()).isZero();
		assertThat(r.out()).containsPattern("csv +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d\\d +\\d+ +\\d+ +\\d+ +\\d+ +"
				+ "OK: \\d+ province and programme counts equal");
		assertThat(r.out()).containsPattern("steps \\(csv\\): prepareRun \\d+\\.\\d s, .*writeReports \\d+\\.\\d s");
		assertThat(r.out()).containsPattern("\\(csv\\) CPU of the floor's JVM \\d+\\.\\d s, of it compiling \\d+\\.\\d s; "
				+ "of the job's JVM \\d+\\.\\d s, of it compiling \\d+\\.\\d s");
		assertThat(dir.resolve("benchmark/csv-2000-20251101/expected-counts.csv")).exists();
	}
}
