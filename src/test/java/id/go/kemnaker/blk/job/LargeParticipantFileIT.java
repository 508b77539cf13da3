package id.go.kemnaker.blk.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.generate.XlsxRowWriter;

/**
 * A 100,000-row participant workbook (shared strings, date cells, a distinct id per row), delivered twice,
 * is staged in full by a child JVM whose heap is capped at 128 MB: reading streams, rows go to
 * {@code stg_participant}, and the duplicate check, for which every row of the second copy is a duplicate,
 * holds no more of a row than its sequence and key hash (16 bytes, 24 while sorting) and reads the candidates
 * a page at a time.
 */
class LargeParticipantFileIT {

	static final int ROWS = 100_000;

	@TempDir
	Path dir;

	@Test
	void stagesEveryRowOfA100000RowWorkbookDeliveredTwiceWithA128MbHeap() throws Exception {
		Path input = dir.resolve("input");
		Files.createDirectories(input.resolve("blk"));
		Files.writeString(input.resolve("blk/blk.csv"), "blk_code,name,province,type,annual_capacity\n"
				+ "B1,BLK Satu,Kaltara,UPTD,640\nB2,BLK Dua,Jawa Barat,KOMUNITAS,160\n", StandardCharsets.UTF_8);
		Files.createDirectories(input.resolve("training"));
		writeParticipants(input.resolve("training/peserta-100k.xlsx"));
		Files.copy(input.resolve("training/peserta-100k.xlsx"), input.resolve("training/peserta-100k-kirim-ulang.xlsx"));

		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx128m", "-cp", System.getProperty("java.class.path"), "id.go.kemnaker.blk.BlkPipelineApplication",
				"validate", "--input=" + input, "--output=" + dir.resolve("output"), "--blk.state=" + dir.resolve("state")));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
			.start();
		assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String log = Files.readString(dir.resolve("child.log"));
		assertThat(child.exitValue()).as(log).isZero();
		assertThat(log).doesNotContain("OutOfMemoryError")
			.contains("peserta-100k.xlsx: 100000 rows read: 100000 accepted")
			.contains("peserta-100k-kirim-ulang.xlsx: 100000 rows read: 100000 accepted")
			.contains("training: 100000 duplicate rows rejected");

		// the data-quality workbook lists every rejected row (its sheet outgrew memory and went through a file)
		long rejectRows = 0;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
				dir.resolve("output/validasi/kualitas-data-validasi.xlsx").toFile())) {
			for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
				if (e.getName().startsWith("xl/worksheets/sheet")) {
					String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
					rejectRows = Math.max(rejectRows, xml.split("<row ", -1).length - 1);
				}
			}
		}
		assertThat(rejectRows).isGreaterThan(ROWS);

		try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + dir.resolve("state/blkdb")
				+ ";shutdown=true;ifexists=true", "SA", "");
				ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT participant_key),"
						+ " SUM(CASE WHEN graduated THEN 1 ELSE 0 END) FROM stg_participant")) {
			rs.next();
			assertThat(rs.getLong(1)).as("rows staged once: the copy's rows went to the rejects").isEqualTo(ROWS);
			assertThat(rs.getLong(2)).isEqualTo(ROWS);
			assertThat(rs.getLong(3)).isEqualTo(ROWS - ROWS / 10);
		}
		// nothing of the run beside the database
		try (var files = Files.list(dir.resolve("state"))) {
			assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.startsWith("blkdb") || n.endsWith(".lock"));
		}
	}

	private static void writeParticipants(Path file) throws Exception {
		String[] programs = { "Pengelasan", "Listrik", "Teknologi Informasi", "Garmen", "Otomotif" };
		LocalDate base = LocalDate.of(2025, 1, 6);
		try (XlsxRowWriter w = new XlsxRowWriter(file, "Peserta")) {
			w.row("participant_id", "blk_code", "program", "gender", "birth_date", "education", "start_date", "end_date",
					"graduated", "certified", "placement_status", "placement_date");
			for (int r = 1; r <= ROWS; r++) {
				LocalDate start = base.plusDays(r % 120);
				boolean graduated = r % 10 != 0;
				w.row(String.format("PST-%07d", r), r % 3 == 0 ? "B2" : "B1", programs[r % programs.length],
						r % 2 == 0 ? "L" : "P", base.minusYears(20).minusDays(r % 3000), "SMK", start, start.plusDays(60),
						graduated ? "Y" : "N", graduated && r % 4 != 0 ? "Y" : "N",
						graduated ? (r % 5 == 0 ? "wirausaha" : "bekerja") : null, graduated ? start.plusDays(90) : null);
			}
		}
	}
}
