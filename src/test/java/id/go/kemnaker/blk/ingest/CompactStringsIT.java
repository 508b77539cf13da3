package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.generate.XlsxRowWriter;

/** A workbook's shared strings past what a small heap holds, read in a JVM of its own. */
class CompactStringsIT {

	@TempDir
	Path dir;

	@Test
	void readsAWorkbookWithMoreDistinctTextThanTheHeapHolds() throws Exception {
		// 100,000 rows with a long, distinct address each (what a participant file with names and addresses
		// has): 40 MB of shared strings, read by a JVM with a 40 MB heap (with the optimising compiler, 32 MB was too close to the edge to pass every time)
		Path file = dir.resolve("alamat.xlsx");
		try (XlsxRowWriter w = new XlsxRowWriter(file, "Data")) {
			w.row("id_peserta", "alamat");
			for (int i = 0; i < 100_000; i++) {
				w.row("P" + i, "Jl. Merdeka No. " + i + ", " + "RT 01/RW 02, Kelurahan Sukamaju ".repeat(12));
			}
		}
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx40m",
				"-cp", System.getProperty("java.class.path"),
				ParseFloor.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
		assertThat(out).contains("(100,001 rows, 200,002 cells)");
	}
}
