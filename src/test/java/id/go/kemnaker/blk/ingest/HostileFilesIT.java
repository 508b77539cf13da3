package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.support.Fixtures;

/**
 * Hostile files read by the command line in a JVM of its own with a small heap: a file too large for it
 * fails alone, and a small file that would be large once read does not fill it.
 */
class HostileFilesIT {

	@TempDir
	Path dir;

	@Test
	void failsAnXlsWorkbookTooLargeForA64MbHeapAloneAndReadsTheOtherFiles() throws Exception {
		// 40,000 rows of ten cells, which POI would need about eight times the workbook stream to load whole,
		// beside the rest of a run in 64 MB (in 96 MB it is read)
		Path input = dir.resolve("input");
		Files.createDirectories(input.resolve("training"));
		Fixtures.text(input.resolve("blk/blk.csv"), "blk_code,name,province,type,annual_capacity\n"
				+ "B1,BLK Satu,Kaltara,UPTD,640\n");
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row((Object[]) Fixtures.PARTICIPANT_HEADER));
		for (int i = 0; i < 40_000; i++) {
			rows.add(row("P" + i, "B1", "Las", "L", java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2025, 1, 6),
					java.time.LocalDate.of(2025, 2, 6), "ya", "bekerja", java.time.LocalDate.of(2025, 3, 1)));
		}
		Fixtures.xls(input.resolve("training"), "peserta-lama.xls", rows);

		String out = validateInA64MbHeap(input);

		assertThat(out).doesNotContain("OutOfMemoryError")
			.contains("training/peserta-lama.xls: FAILED (TOO_LARGE): an .xls workbook is read whole")
			.contains("blk/blk.csv: 1 rows read: 1 accepted");
	}

	@Test
	void readsASmallWorkbookWhoseEveryCellRefersToOneLongStringInA64MbHeap() throws Exception {
		// 120 kB on disk: 3,000 rows of twelve cells, all the same 30,000-character shared string; read as copies,
		// the rows read ahead would hold a gigabyte
		Path input = dir.resolve("input");
		Files.createDirectories(input.resolve("training"));
		String text = "Jl. Merdeka ".repeat(2_500);
		try (id.go.kemnaker.blk.generate.XlsxRowWriter w = new id.go.kemnaker.blk.generate.XlsxRowWriter(
				input.resolve("training/peserta.xlsx"), "Data")) {
			w.row((Object[]) new String[] { "participant_id", "blk_code", "program", "gender", "birth_date", "education",
					"start_date", "end_date", "graduated", "certified", "placement_status", "placement_date" });
			Object[] row = new Object[12];
			java.util.Arrays.fill(row, text);
			for (int i = 0; i < 3_000; i++) {
				w.row(row);
			}
		}

		String out = validateInA64MbHeap(input);

		assertThat(out).doesNotContain("OutOfMemoryError")
			.contains("training/peserta.xlsx: 3000 rows read: 0 accepted, 3000 rejected");
	}

	/** {@code validate} on this input in a JVM of its own with a 64 MB heap; its output, once it exited 0. */
	private String validateInA64MbHeap(Path input) throws Exception {
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
				"-cp", System.getProperty("java.class.path"),
				"id.go.kemnaker.blk.BlkPipelineApplication", "validate", "--input=" + input, "--output=" + dir.resolve("out"),
				"--blk.state=" + dir.resolve("state"))
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).as(out).isZero();
		return out;
	}
}
