package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.support.Fixtures;

/** CSV as offices save it: delimiters, BOM, Windows-1252, quoting, and broken quoting. */
class CsvFilesTest {

	private static final String PARTICIPANT_HEADER = "id_peserta,kode_blk,kejuruan,tanggal_mulai,tanggal_selesai,lulus\n";

	@TempDir
	Path dir;

	@Test
	void readsSemicolonsWithDecimalCommasAsExcelSavesThemInTheIndonesianLocale() throws IOException {
		Path file = Fixtures.text(dir, "tpt.csv",
				"provinsi;periode;angkatan_kerja;pengangguran;tpt;tpak\n"
						+ "Kalimantan Utara;Agustus 2025;395.803;15.231;3,85;69,55\n"
						+ "Aceh;2025-08;;;5,50;64,21\n",
				StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		assertThat(result.acceptedAt(2).record()).isEqualTo(new LabourForceRecord("65", Period.of(2025, 8), null,
				395_803L, null, 15_231L, 3.85, 69.55, null, null));
		LabourForceRecord aceh = (LabourForceRecord) result.acceptedAt(3).record();
		assertThat(aceh.publishedTpt()).isEqualTo(5.5);
		assertThat(aceh.publishedTpak()).isEqualTo(64.21);
		assertThat(aceh.labourForce()).as("empty is missing, not 0").isNull();
	}

	@Test
	void readsAUtf8FileWithByteOrderMark() throws IOException {
		Path file = Fixtures.text(dir, "tpt.csv", "\uFEFFprovinsi,periode,tpt\r\nAceh,2025-08,5.50\r\nBali,2025-08,\"1,79\"\r\n",
				StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		assertThat(result.warnings()).isEmpty();
		assertThat(result.records(LabourForceRecord.class)).extracting(LabourForceRecord::publishedTpt)
			.containsExactly(5.5, 1.79);
	}

	@Test
	void readsATabDelimitedFile() throws IOException {
		Path file = Fixtures.text(dir, "tpt.tsv", "provinsi\tperiode\ttpt\tangkatan_kerja\nAceh\t2025-08\t5.50\t2,615,000\n",
				StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.LABOUR_FORCE, file);

		assertThat(result.ledger().accepted()).isEqualTo(1);
		LabourForceRecord aceh = (LabourForceRecord) result.acceptedAt(2).record();
		assertThat(aceh.publishedTpt()).isEqualTo(5.5);
		assertThat(aceh.labourForce()).isEqualTo(2_615_000L);
	}

	@Test
	void readsAQuotedFieldWithAnEmbeddedDelimiterAndLineBreakAndKeepsRecordNumbers() throws IOException {
		Path file = Fixtures.text(dir, "peserta.csv", PARTICIPANT_HEADER
				+ "P-001,BLK-01,\"Las, listrik\ndasar\",2025-03-01,2025-04-30,Y\n"
				+ "P-002,BLK-01,Menjahit,2025-03-01,2025-04-30,Ya\n"
				+ "P-003,BLK-01,Menjahit,2025-03-01,2025-04-30,mungkin\n", StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		ParticipantRecord las = (ParticipantRecord) result.acceptedAt(2).record();
		assertThat(las.programLabel()).isEqualTo("Las, listrik dasar");
		assertThat(las.program()).isEqualTo("las, listrik dasar");
		assertThat(((ParticipantRecord) result.acceptedAt(3).record()).programLabel()).isEqualTo("Menjahit");
		IngestEvent.Rejected r = result.rejectedAt(4);
		assertThat(r.reason()).isEqualTo(RejectReason.BAD_YES_NO);
		assertThat(r.column()).isEqualTo("F (lulus)");
		assertThat(r.location().sheet()).isEqualTo("peserta.csv");
		assertThat(r.value()).isEqualTo("mungkin");
	}

	@Test
	void readsAWindows1252FileWithAWarningInsteadOfGarbling() throws IOException {
		Path file = Fixtures.text(dir, "peserta.csv",
				PARTICIPANT_HEADER + "P-001,BLK-01,Kafé & Barista’s,2025-03-01,2025-04-30,Y\n",
				Charset.forName("windows-1252"));

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		assertThat(result.ledger().accepted()).isEqualTo(1);
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("FILE_FORMAT");
			assertThat(w.message().english()).contains("Windows-1252");
		});
		assertThat(((ParticipantRecord) result.acceptedAt(2).record()).programLabel()).isEqualTo("Kafé & Barista’s");
	}

	@Test
	void keepsAFormulaLikeTextAsLiteralData() throws IOException {
		String hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
		Path file = Fixtures.text(dir, "peserta.csv",
				PARTICIPANT_HEADER + "P-001,BLK-01,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2025-03-01,2025-04-30,Y\n"
						+ "P-002,BLK-01,+62 Otomotif,2025-03-01,2025-04-30,Y\n",
				StandardCharsets.UTF_8);

		Ingestion.Result result = Ingestion.read(Dataset.TRAINING, file);

		assertThat(result.ledger().accepted()).isEqualTo(2);
		ParticipantRecord r = (ParticipantRecord) result.acceptedAt(2).record();
		assertThat(r.programLabel()).isEqualTo(hyperlink);
		assertThat(r.startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(((ParticipantRecord) result.acceptedAt(3).record()).programLabel()).isEqualTo("+62 Otomotif");
	}

	@Test
	void failsACsvWithAnUnclosedQuoteNamingTheLineAndUsesNoneOfItsRows() throws IOException {
		Path file = Fixtures.text(dir, "tpt.csv", "provinsi,periode,tpt\nAceh,2025-08,5.50\nBali,2025-08,1.79\n"
				+ "\"Banten,2025-08,6.50\nJambi,2025-08,4.50\n", StandardCharsets.UTF_8);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("UNCLOSED_QUOTE");
		assertThat(ledger.message().english()).contains("line 4").contains("none of its rows are used");
		assertThat(ledger.accepted()).isZero();
		assertThat(ledger.rowsRead()).isZero();
	}

	@Test
	void stopsALargeCsvWhoseQuoteNeverClosesBeforeItFillsTheHeap() throws IOException {
		// the parser would gather the rest of the file into one field: 12 MB here, gigabytes in a large file
		StringBuilder csv = new StringBuilder("provinsi,periode,tpt\nAceh,2025-08,5.50\n\"Bali,2025-08,1.79\n");
		while (csv.length() < 12_000_000) {
			csv.append("Jambi,2025-08,4.50\n");
		}
		Path file = Fixtures.text(dir, "tpt.csv", csv.toString(), StandardCharsets.UTF_8);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("UNCLOSED_QUOTE");
		assertThat(ledger.message().english()).startsWith("a quoted field opened on line 3 is still open 10,000,000 characters"
				+ " later (unclosed \" quote)");
		assertThat(ledger.accepted()).isZero();
	}

	@Test
	void failsACsvThatIsOneEndlessLine() throws IOException {
		Path file = Fixtures.text(dir, "tpt.csv", "provinsi,periode,tpt\n" + "x".repeat(10_000_001) + "\n",
				StandardCharsets.UTF_8);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("LINE_TOO_LONG");
		assertThat(ledger.message().english()).startsWith("line 2 is longer than 10,000,000 characters: not a table of rows");
	}

	@Test
	void namesTheRightLineOfAnUnclosedQuoteFarDownALongFile() throws IOException {
		StringBuilder csv = new StringBuilder("provinsi,periode,tpt\n");
		for (int i = 0; i < 1_500; i++) {
			csv.append("Aceh,2025-08,5.50\n");
		}
		csv.append("\"Bali,2025-08,1.79\nJambi,2025-08,4.50\n");
		Path file = Fixtures.text(dir, "tpt.csv", csv.toString(), StandardCharsets.UTF_8);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.failure()).isEqualTo("UNCLOSED_QUOTE");
		assertThat(ledger.message().english()).contains("line 1502 ");
	}

	@Test
	void failsTextAfterAClosingQuoteAsBadQuoting() throws IOException {
		Path file = Fixtures.text(dir, "peserta.csv",
				PARTICIPANT_HEADER + "P-001,BLK-01,\"Las\" listrik,2025-03-01,2025-04-30,Y\n", StandardCharsets.UTF_8);

		FileLedger ledger = Ingestion.read(Dataset.TRAINING, file).ledger();

		assertThat(ledger.status()).isEqualTo(FileLedger.Status.FAILED);
		assertThat(ledger.failure()).isEqualTo("BAD_QUOTING");
		assertThat(ledger.message().english()).contains("line 2");
	}

	@Test
	void failsAUtf16FileWithAnEncodingReason() throws IOException {
		Path file = Fixtures.text(dir, "tpt.csv", "\uFEFFprovinsi,periode,tpt\nAceh,2025-08,5.50\n", StandardCharsets.UTF_16LE);

		FileLedger ledger = Ingestion.read(Dataset.LABOUR_FORCE, file).ledger();

		assertThat(ledger.failure()).isEqualTo("ENCODING");
		assertThat(ledger.message().english()).contains("UTF-16");
	}
}
