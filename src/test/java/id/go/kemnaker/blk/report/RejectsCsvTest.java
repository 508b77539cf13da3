package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Message;

/** The rejects file as Excel opens it: its language's headers and texts, {@code ;}, a BOM, no formulas. */
class RejectsCsvTest {

	@TempDir
	Path dir;

	private static final QualityData.RejectRow ROW = new QualityData.RejectRow("LABOUR_FORCE", "labour-force/a.csv",
			"a.csv", 4, "A (provinsi)", "Kalimantan; Tenggara", "UNKNOWN_PROVINCE",
			Message.of("msg.province.unknown-name", "Kalimantan; Tenggara"), null);

	private static final QualityData.RejectRow FORMULA = new QualityData.RejectRow("BLK", "blk/b.csv", "b.csv", 2,
			"B (nama_blk)", "=1+1", "NEGATIVE_COUNT", Message.of("msg.value.negative", "-5"), null);

	@Test
	void theIndonesianFileHasIndonesianHeadersAndTextsSeparatedBySemicolonsAfterABom() throws Exception {
		Path csv = dir.resolve("rejects-2025-08.csv");
		long n = RejectsCsv.write(csv, Labels.of(Locale.forLanguageTag("id")), each -> List.of(ROW, FORMULA).forEach(each));

		assertThat(n).isEqualTo(2);
		byte[] bytes = Files.readAllBytes(csv);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).isEqualTo("data;berkas;lembar;baris;kolom;nilai;kode_alasan;alasan;keterangan");
		List<CSVRecord> records = read(csv);
		assertThat(records.get(0).toList()).containsExactly("LABOUR_FORCE", "labour-force/a.csv", "a.csv", "4",
				"A (provinsi)", "Kalimantan; Tenggara", "UNKNOWN_PROVINCE", "Provinsi tidak dikenal",
				"'Kalimantan; Tenggara' bukan nama provinsi yang dikenal");
		assertThat(records.get(1).get(5)).as("a formula is written as text").isEqualTo("'=1+1");
		assertThat(records.get(1).get(8)).isEqualTo("'-5' bernilai negatif");
	}

	@Test
	void theEnglishFileHasEnglishHeadersAndTexts() throws Exception {
		Path csv = dir.resolve("rejects-2025-08.csv");
		RejectsCsv.write(csv, Labels.of(Locale.ENGLISH), each -> each.accept(ROW));

		assertThat(Files.readString(csv).substring(1).lines().findFirst().orElseThrow())
			.isEqualTo("dataset;file;sheet;row;column;value;reason;reason_text;message");
		assertThat(read(csv).get(0).get(8)).isEqualTo("'Kalimantan; Tenggara' is not a known province name");
	}

	private static List<CSVRecord> read(Path csv) throws Exception {
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			r.read(); // the BOM
			return RejectsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
		}
	}
}
