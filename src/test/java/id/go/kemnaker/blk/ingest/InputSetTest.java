package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.support.Fixtures;

/** Listing the input folder: what is read, what is skipped and why. */
class InputSetTest {

	@TempDir
	Path root;

	private Map<String, InputFile> byName(InputSet set) {
		return set.files().stream().collect(Collectors.toMap(InputFile::name, Function.identity()));
	}

	@Test
	void listsLockFilesHiddenFilesAndPdfsAsSkippedWithAReason() throws IOException {
		Path folder = Files.createDirectories(root.resolve("training"));
		Fixtures.bytes(folder, ".DS_Store", new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
		Fixtures.bytes(folder, "~$peserta.xlsx", new byte[162]);
		Fixtures.bytes(folder, "panduan.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
		Fixtures.text(folder, "peserta.csv", "id_peserta,kode_blk\n", StandardCharsets.UTF_8);

		InputSet set = InputSet.scan(root);

		Map<String, InputFile> files = byName(set);
		assertThat(files).containsOnlyKeys("training/.DS_Store", "training/~$peserta.xlsx", "training/panduan.pdf",
				"training/peserta.csv");
		assertThat(files.get("training/.DS_Store").skipReason()).isEqualTo("msg.skip.hidden");
		assertThat(files.get("training/~$peserta.xlsx").skipReason()).isEqualTo("msg.skip.lock-file");
		assertThat(files.get("training/panduan.pdf").skipReason()).isEqualTo("msg.skip.not-a-spreadsheet");
		InputFile csv = files.get("training/peserta.csv");
		assertThat(csv.skipped()).isFalse();
		assertThat(csv.dataset()).isEqualTo(Dataset.TRAINING);
		assertThat(csv.size()).isEqualTo(20);
		assertThat(csv.sha256()).isEqualTo(HexFormat.of().formatHex(InputSet.newSha256()
			.digest("id_peserta,kode_blk\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(set.files()).allSatisfy(f -> assertThat(f.dataset()).isEqualTo(Dataset.TRAINING));
		assertThat(set.missingFolders()).containsExactly("labour-force", "blk", "demand");
	}

	@Test
	void listsAFolderNamedLikeAWorkbookAndTheReaderFailsItAsAFolder() throws IOException {
		Path folder = Files.createDirectories(root.resolve("labour-force"));
		Files.createDirectories(folder.resolve("x.xlsx"));
		Fixtures.bytes(folder.resolve("x.xlsx"), "[Content_Types].xml", new byte[] { '<' });
		Fixtures.bytes(Files.createDirectories(folder.resolve(".git")), "config.csv", new byte[] { 'a' });

		InputSet set = InputSet.scan(root);

		assertThat(set.files()).extracting(InputFile::name).containsExactly("labour-force/x.xlsx");
		InputFile x = set.files().get(0);
		assertThat(x.skipped()).isFalse();
		FileLedger ledger = Ingestion.read(x.source()).ledger();
		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.message().english()).contains("folder");
	}

	@Test
	void ordersFilesByDatasetThenPathAndChangesTheFingerprintWhenAFileChanges() throws IOException {
		Path lf = Files.createDirectories(root.resolve("labour-force"));
		Path blk = Files.createDirectories(root.resolve("blk"));
		Fixtures.text(blk, "blk.csv", "kode_blk\n", StandardCharsets.UTF_8);
		Fixtures.text(lf, "b.csv", "provinsi\n", StandardCharsets.UTF_8);
		Fixtures.text(Files.createDirectories(lf.resolve("2024")), "a.csv", "provinsi\n", StandardCharsets.UTF_8);

		InputSet first = InputSet.scan(root);
		InputSet again = InputSet.scan(root);
		Fixtures.text(lf, "b.csv", "provinsi,periode\n", StandardCharsets.UTF_8);
		InputSet changed = InputSet.scan(root);

		assertThat(first.files()).extracting(InputFile::name)
			.containsExactly("labour-force/2024/a.csv", "labour-force/b.csv", "blk/blk.csv");
		assertThat(first.files()).extracting(InputFile::id).containsExactly(1, 2, 3);
		assertThat(first.fingerprint()).isEqualTo(again.fingerprint()).isNotEqualTo(changed.fingerprint());
	}

	@Test
	void refusesAnInputFolderThatDoesNotExist() {
		assertThatThrownBy(() -> InputSet.scan(root.resolve("tidak-ada")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not exist");
	}
}
