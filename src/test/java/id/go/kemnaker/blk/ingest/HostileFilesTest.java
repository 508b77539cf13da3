package id.go.kemnaker.blk.ingest;

import static id.go.kemnaker.blk.support.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.support.Fixtures;

/**
 * Files from a shared folder that are hostile or broken: each fails alone (or loses only its bad rows)
 * with a message that says what was refused, and nothing is thrown out of the reader.
 */
class HostileFilesTest {

	@TempDir
	Path dir;

	@Test
	void refusesAPasswordProtectedWorkbookAsEncrypted() throws Exception {
		Path plain = Fixtures.xlsx(dir, "plain.xlsx", List.of(row("provinsi", "periode", "tpt"), row("Aceh", "2025-08", 5.64)));
		Path encrypted = dir.resolve("terkunci.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			enc.confirmPassword("rahasia");
			try (OutputStream os = enc.getDataStream(fs)) {
				Files.copy(plain, os);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, encrypted).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(l.failure()).isEqualTo("ENCRYPTED");
		assertThat(l.message().english()).contains("password-protected");
	}

	@Test
	void refusesAnXlsWorkbookTooLargeForTheHeapBeforeLoadingIt() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("id_peserta", "kode_blk", "kejuruan"));
		for (int i = 0; i < 2_000; i++) {
			rows.add(row("P" + i, "BLK-01", "Las"));
		}
		Path xls = Fixtures.xls(dir, "peserta-lama.xls", rows);
		long needed;
		long stream;
		try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true)) {
			var entry = (org.apache.poi.poifs.filesystem.DocumentEntry) fs.getRoot().getEntryCaseInsensitive("Workbook");
			needed = XlsSource.heapToLoad(entry);
			stream = entry.getSize();
		}
		assertThat(needed).isBetween(7 * stream, 8 * stream);

		// a heap whose half is just too small for it, and one whose half is just enough (in a heap of more than
		// 64 MB, what it may take is all but 32 MB; below, half)
		assertThatThrownBy(() -> new XlsSource(xls.toFile(), 2 * needed - 2))
			.isInstanceOfSatisfying(UnreadableFileException.class, e -> {
				assertThat(e.reason()).isEqualTo("TOO_LARGE");
				assertThat(e.getMessage()).startsWith("an .xls workbook is read whole, and this one (")
					.endsWith(" MB Java can give it here; save it as .xlsx, which is read as a stream, or start Java"
							+ " with a larger -Xmx");
			});
		try (XlsSource enough = new XlsSource(xls.toFile(), 2 * needed)) {
			assertThat(enough.sheetNames()).containsExactly("Data");
		}
	}

	@Test
	void countsAnXlsWorkbooksPicturesAtTheirOwnSizeNotAsCells() throws Exception {
		// a two-row sheet with a 3 MB picture: its workbook stream is 3 MB, but it loads in little more
		Path xls = dir.resolve("dengan-gambar.xls");
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
			org.apache.poi.hssf.usermodel.HSSFSheet sheet = wb.createSheet("Data");
			sheet.createRow(0).createCell(0).setCellValue("id_peserta");
			sheet.createRow(1).createCell(0).setCellValue("P1");
			byte[] picture = new byte[3 << 20];
			new java.util.Random(1).nextBytes(picture);
			int index = wb.addPicture(picture, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
			sheet.createDrawingPatriarch().createPicture(new org.apache.poi.hssf.usermodel.HSSFClientAnchor(0, 0, 0, 0,
					(short) 2, 2, (short) 5, 8), index);
			try (OutputStream out = Files.newOutputStream(xls)) {
				wb.write(out);
			}
		}

		// 3 MB counted as cells would need 24 MB beside the rest; as a picture, about 3 MB
		try (XlsSource source = new XlsSource(xls.toFile(), XlsSource.HEAP_FOR_THE_REST + (8L << 20))) {
			assertThat(source.sheetNames()).containsExactly("Data");
		}
	}

	@Test
	void refusesAZipBombSayingWhatWasRefused() throws Exception {
		Path bomb = Fixtures.handMadeXlsx(dir.resolve("bom.xlsx"), sheet -> {
			sheet.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				sheet.write(spaces);
			}
			sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
		assertThat(Files.size(bomb)).isLessThan(1_000_000);
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, bomb).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(l.failure()).isEqualTo("ZIP_BOMB");
		assertThat(l.message().english()).contains("zip-bomb protection");
	}

	@Test
	void failsAWorkbookWithACellOfMoreThanAMillionCharactersBeforeItFillsTheHeap() throws Exception {
		// 1,000,001 random letters: repeated text would be refused first, as a zip bomb
		java.util.Random random = new java.util.Random(3);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i <= 1_000_000; i++) {
			sb.append((char) ('a' + random.nextInt(26)));
		}
		String endless = sb.toString();
		Path inline = Fixtures.handMadeXlsx(dir.resolve("inline.xlsx"),
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>provinsi</t></is></c></row><row r=\"2\">"
						+ "<c r=\"A2\" t=\"inlineStr\"><is><t>" + endless + "</t></is></c></row></sheetData></worksheet>");
		Path shared = dir.resolve("shared.xlsx");
		try (id.go.kemnaker.blk.generate.XlsxRowWriter w = new id.go.kemnaker.blk.generate.XlsxRowWriter(shared, "Data")) {
			w.row("provinsi", "periode", "tpt");
			w.row(endless, "2025-08", "5.5");
		}

		FileLedger inSheet = Ingestion.read(Dataset.LABOUR_FORCE, inline).ledger();
		FileLedger inSharedStrings = Ingestion.read(Dataset.LABOUR_FORCE, shared).ledger();

		assertThat(List.of(inSheet, inSharedStrings)).extracting(FileLedger::status, FileLedger::failure)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(FileLedger.Status.FAILED, "CELL_TOO_LONG"));
		assertThat(inSheet.message().english()).startsWith("the cell at row 2, column A holds more than 1,000,000 characters"
				+ " (Excel allows 32,767): not a workbook Excel wrote");
		assertThat(inSharedStrings.message().english()).startsWith("a shared string (the workbook's table of texts) holds more"
				+ " than 1,000,000 characters (Excel allows 32,767): not a workbook Excel wrote");
	}

	@Test
	void refusesAnXlsxThatIsReallyAnHtmlPage() throws Exception {
		Path html = Fixtures.text(dir, "laporan.xlsx", "<!DOCTYPE html><html><body><table><tr><td>Aceh</td></tr></table>"
				+ "</body></html>", StandardCharsets.UTF_8);
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, html).ledger();
		assertThat(l.failure()).isEqualTo("NOT_A_SPREADSHEET");
		assertThat(l.message().english()).contains("HTML page");
	}

	@Test
	void readsAWorkbookWith16384ColumnsWithoutTakingItsColumnsForData() throws Exception {
		Path wide = dir.resolve("lebar.xlsx");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
			SXSSFSheet s = wb.createSheet("Data");
			for (int r = 0; r < 3; r++) {
				Row row = s.createRow(r);
				for (int c = 0; c < 16_384; c++) {
					row.createCell(c).setCellValue("x" + c);
				}
			}
			try (OutputStream out = Files.newOutputStream(wide)) {
				wb.write(out);
			}
			wb.dispose();
		}
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, wide).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.NO_DATA);
		assertThat(l.message().english()).contains("no sheet has the columns");
	}

	@Test
	void rejectsACellOf32767CharactersAndReadsTheRestOfTheFile() throws Exception {
		String huge = "A".repeat(32_767);
		Path file = Fixtures.xlsx(dir, "peserta.xlsx", List.of(row((Object[]) Fixtures.PARTICIPANT_HEADER),
				row("P1", "BLK-01", huge, "L", null, "2025-01-06", "2025-03-28", "Y", "bekerja", "2025-04-20"),
				row("P2", "BLK-01", "Las", "L", null, "2025-01-06", "2025-03-28", "Y", "bekerja", "2025-04-20")));
		Ingestion.Result r = Ingestion.read(Dataset.TRAINING, file);
		assertThat(r.ledger().accepted()).isEqualTo(1);
		assertThat(r.rejected()).singleElement().satisfies(x -> {
			assertThat(x.reason()).isEqualTo(RejectReason.TEXT_TOO_LONG);
			assertThat(x.column()).contains("kejuruan");
			assertThat(x.value().length()).isLessThan(33_000);
		});
	}

	@Test
	void doesNotReadASheetWhoseHeaderRepeatsAColumn() throws Exception {
		Path file = Fixtures.xlsx(dir, "ganda.xlsx", List.of(row("provinsi", "periode", "tpt", "TPT"),
				row("Aceh", "2025-08", "5,64", "6,00")));
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.NO_DATA);
		assertThat(l.sheetsSkipped()).singleElement().asString().contains("appears twice").contains("C (tpt)")
			.contains("D (TPT)");
	}

	@Test
	void failsAFileThatVanishedBetweenListingAndReading() {
		Path gone = dir.resolve("hilang.xlsx");
		FileLedger l = Ingestion.read(Dataset.LABOUR_FORCE, gone).ledger();
		assertThat(l.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(l.failure()).isEqualTo("VANISHED");
		assertThat(l.message().english()).contains("disappeared");
	}

	@Test
	void neverResolvesAnXmlExternalEntityInAWorkbook() throws Exception {
		Path secret = Files.writeString(dir.resolve("rahasia.txt"), "KATA-SANDI-RAHASIA-42");
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>provinsi</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>periode</t></is></c>"
				+ "<c r=\"C1\" t=\"inlineStr\"><is><t>tpt</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2025-08</t></is></c>"
				+ "<c r=\"C2\"><v>5.64</v></c></row></sheetData></worksheet>";
		Path file = Fixtures.handMadeXlsx(dir.resolve("xxe.xlsx"), sheet);
		Ingestion.Result r = Ingestion.read(Dataset.LABOUR_FORCE, file);
		r.ledger();
		List<String> seen = new ArrayList<>();
		for (IngestEvent e : r.events()) {
			seen.add(e.toString());
		}
		assertThat(String.join("\n", seen)).doesNotContain("KATA-SANDI-RAHASIA-42");
		assertThat(r.accepted()).isEmpty();
	}
}
