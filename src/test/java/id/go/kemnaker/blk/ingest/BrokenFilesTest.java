package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.LABOUR_HEADER;
import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.support.Fixtures;

/** Files that claim to be spreadsheets and are not: each fails alone, with a reason, and the others are read. */
class BrokenFilesTest {

	@TempDir
	Path dir;

	private Path goodWorkbook(Path folder, String name) throws IOException {
		return Fixtures.xlsx(folder, name, List.of(row((Object[]) LABOUR_HEADER),
				row("Kalimantan Timur", "2025-08", 2_900_000, 1_950_000, 1_840_000, 110_000),
				row("Kalimantan Utara", "2025-08", 569_126, 395_803, 380_572, 15_231)));
	}

	@Test
	void failsAWorkbookOfRandomBytesBehindAZipHeaderWithoutThrowing() throws IOException {
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		junk[0] = 'P';
		junk[1] = 'K';
		junk[2] = 3;
		junk[3] = 4;
		Path corrupt = Fixtures.bytes(dir, "angkatan-kerja.xlsx", junk);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, corrupt);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("CORRUPT");
		assertThat(ledger.message().english()).contains("not a valid .xlsx workbook").contains("none of its rows are used");
		assertThat(result.accepted()).isEmpty();
	}

	@Test
	void failsATruncatedWorkbookWithoutThrowing() throws IOException {
		List<List<Object>> rows = new java.util.ArrayList<>();
		rows.add(row((Object[]) LABOUR_HEADER));
		for (int i = 0; i < 300; i++) {
			rows.add(row("Kalimantan Utara", "2025-08", 569_126 + i, 395_803, 380_572, 15_231));
		}
		Path whole = Fixtures.xlsx(dir, "whole.xlsx", rows);
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Fixtures.bytes(dir, "terpotong.xlsx", Arrays.copyOf(bytes, bytes.length * 2 / 3));

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, truncated);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("CORRUPT");
		assertThat(ledger.message().english()).containsAnyOf("truncated", "damaged", "not a valid .xlsx");
	}

	@Test
	void failsAWorkbookWhoseSheetIsCutOffPartWayAndUsesNoneOfItsRows() throws IOException {
		List<List<Object>> rows = new java.util.ArrayList<>();
		rows.add(row((Object[]) LABOUR_HEADER));
		for (int i = 0; i < 200; i++) {
			rows.add(row("Kalimantan Utara", "2025-08", 569_126 + i, 395_803, 380_572, 15_231));
		}
		Path whole = Fixtures.xlsx(dir, "whole.xlsx", rows);
		Path cut = Fixtures.rewriteParts(whole, dir.resolve("sheet-terpotong.xlsx"),
				(name, content) -> name.equals("xl/worksheets/sheet1.xml") ? Arrays.copyOf(content, content.length / 2)
						: content);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, cut);

		FileLedger ledger = result.ledger();
		assertThat(result.accepted()).as("rows streamed before the damage").isNotEmpty();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("CORRUPT");
		assertThat(ledger.message().english()).contains("after row " + (result.accepted().size() + 1))
			.contains("none of its rows are used");
	}

	@Test
	void failsAnXlsxThatIsReallyACsvAsNotASpreadsheet() throws IOException {
		Path fake = Fixtures.text(dir, "angkatan-kerja.xlsx",
				"provinsi,periode,angkatan_kerja,pengangguran\nAceh,2025-08,2600000,150000\n", StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, fake);

		FileLedger ledger = result.ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("NOT_A_SPREADSHEET");
		assertThat(ledger.message().english()).contains("named .xlsx").contains("CSV");
		assertThat(result.accepted()).isEmpty();
	}

	@Test
	void failsAnEmptyFileAsEmpty() throws IOException {
		Path empty = Fixtures.bytes(dir, "kosong.xlsx", new byte[0]);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, empty).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("EMPTY");
		assertThat(ledger.message().english()).contains("empty");
	}

	@Test
	void failsAFolderNamedLikeAWorkbookSayingItIsAFolder() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("x.xlsx"));

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, folder).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("NOT_A_FILE");
		assertThat(ledger.message().english()).contains("folder");
	}

	@Test
	void readsTheGoodFileOfAFolderWhoseOtherFilesAreBroken() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("labour-force"));
		byte[] junk = new byte[2048];
		new Random(7).nextBytes(junk);
		junk[0] = 'P';
		junk[1] = 'K';
		junk[2] = 3;
		junk[3] = 4;
		Fixtures.bytes(folder, "a-rusak.xlsx", junk);
		Fixtures.text(folder, "b-teks.xlsx", "provinsi;periode;tpt\nAceh;2025-08;5,5\n", StandardCharsets.UTF_8);
		Fixtures.bytes(folder, "c-kosong.csv", new byte[0]);
		goodWorkbook(folder, "d-baik.xlsx");

		InputSet set = InputSet.scan(dir);
		Map<String, Ingestion.Result> results = new LinkedHashMap<>();
		for (InputFile f : set.files(Dataset.LABOUR_FORCE)) {
			assertThat(f.skipped()).as(f.name()).isFalse();
			results.put(f.name(), Ingestion.read(f.source()));
		}

		assertThat(results).containsOnlyKeys("labour-force/a-rusak.xlsx", "labour-force/b-teks.xlsx",
				"labour-force/c-kosong.csv", "labour-force/d-baik.xlsx");
		assertThat(results.get("labour-force/a-rusak.xlsx").ledger().failure()).isEqualTo("CORRUPT");
		assertThat(results.get("labour-force/b-teks.xlsx").ledger().failure()).isEqualTo("NOT_A_SPREADSHEET");
		assertThat(results.get("labour-force/c-kosong.csv").ledger().failure()).isEqualTo("EMPTY");
		Ingestion.Result good = results.get("labour-force/d-baik.xlsx");
		assertThat(good.ledger().status()).isEqualTo(FileLedger.Status.READ);
		assertThat(good.ledger().accepted()).isEqualTo(2);
		assertThat(good.records(LabourForceRecord.class)).extracting(LabourForceRecord::provinceCode)
			.containsExactly("64", "65");
	}
}
