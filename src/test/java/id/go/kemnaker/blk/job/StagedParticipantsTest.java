package id.go.kemnaker.blk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.RecordKeys;

/**
 * The participant rows' staged file: what a chunk's transaction commits is read back exactly, what it
 * does not commit is never read, and a file that belongs to another run is refused.
 */
class StagedParticipantsTest {

	@TempDir
	Path state;

	private JdbcTemplate jdbc;
	private TransactionTemplate tx;
	private StagedParticipants staged;

	@BeforeEach
	void database() {
		DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:hsqldb:mem:" + state.getFileName(), "SA", "");
		new StagingSchema(ds).afterPropertiesSet();
		jdbc = new JdbcTemplate(ds);
		tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
		staged = new StagedParticipants(jdbc, state);
		staged.reset();
	}

	@Test
	void rowsComeBackInFileOrderWithEveryField() {
		ParticipantRecord placed = new ParticipantRecord("k1", "BLK-65-0001", "las", "Las", Gender.FEMALE, "SMK",
				LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 7), true, true, PlacementStatus.EMPLOYED,
				LocalDate.of(2025, 4, 6));
		ParticipantRecord dropout = new ParticipantRecord("k2", "BLK-65-0002", "garmen", "Garmen", null, null,
				LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), false, false, PlacementStatus.UNKNOWN, null);
		staged.append(List.of(accepted(1, 2, placed)));
		staged.append(List.of(accepted(1, 3, dropout)));

		List<StagedParticipants.Row> rows = read();
		assertThat(rows).hasSize(2);
		StagedParticipants.Row first = rows.get(0);
		assertThat(first.seq()).isEqualTo(new Location(1, 0, "Peserta", 2).sequence());
		assertThat(first.fileId()).isEqualTo(1);
		assertThat(first.rowNo()).isEqualTo(2);
		assertThat(first.participantKey()).isEqualTo("k1");
		assertThat(first.blkCode()).isEqualTo("BLK-65-0001");
		assertThat(first.program()).isEqualTo("las");
		assertThat(first.gender()).isEqualTo("P");
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2025, 1, 6));
		assertThat(first.endDate()).isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(first.graduated()).isTrue();
		assertThat(first.certified()).isTrue();
		assertThat(first.placement()).isEqualTo(PlacementStatus.EMPLOYED);
		assertThat(first.daysToPlacement()).isEqualTo(30);
		assertThat(first.dupHash()).isEqualTo(RecordKeys.keyHash(placed));
		assertThat(first.valHash()).isEqualTo(RecordKeys.valueHash(placed));
		StagedParticipants.Row second = rows.get(1);
		assertThat(second.gender()).isNull();
		assertThat(second.graduated()).isFalse();
		assertThat(second.daysToPlacement()).isNull();
		assertThat(second.placement()).isEqualTo(PlacementStatus.UNKNOWN);
	}

	@Test
	void textBeyondAsciiComesBackAsWritten() {
		// an en dash and accented letters in the programme, and a NUL, which DataOutputStream encodes in two bytes
		String program = "tata boga \u2013 p\u00e2tisserie caf\u00e9 \u0000 kuliner";
		ParticipantRecord r = new ParticipantRecord("k\u00e9y", "BLK-65-\u00c90001", program, "Tata Boga", Gender.MALE,
				null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 7), false, false, PlacementStatus.UNKNOWN, null);
		staged.append(List.of(accepted(1, 2, r), accepted(1, 3, record("ascii"))));

		List<StagedParticipants.Row> rows = read();
		assertThat(rows).extracting(StagedParticipants.Row::participantKey).containsExactly("k\u00e9y", "ascii");
		assertThat(rows.get(0).blkCode()).isEqualTo("BLK-65-\u00c90001");
		assertThat(rows.get(0).program()).isEqualTo(program);
	}

	@Test
	void aStagedFileCutShortIsReportedWithItsNameNotReadAsFewerRows() throws Exception {
		staged.append(List.of(accepted(1, 2, record("a")), accepted(1, 3, record("b"))));
		try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(staged.file(),
				java.nio.file.StandardOpenOption.WRITE)) {
			ch.truncate(Files.size(staged.file()) - 10);
		}
		assertThatThrownBy(this::read).isInstanceOf(java.io.UncheckedIOException.class)
			.hasMessageContaining("participants.stage")
			.hasMessageContaining("ends inside a row")
			.hasMessageContaining("start a new run");
	}

	@Test
	void aChunkWhoseTransactionRollsBackIsNeverReadAndIsOverwritten() throws Exception {
		staged.append(List.of(accepted(1, 2, record("k1"))));
		long committedSize = Files.size(staged.file());
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			staged.append(List.of(accepted(1, 3, record("lost-1")), accepted(1, 4, record("lost-2"))));
			throw new IllegalStateException("the chunk failed after its rows were written");
		})).hasMessageContaining("chunk failed");
		assertThat(Files.size(staged.file())).as("the bytes are on disk").isGreaterThan(committedSize);
		assertThat(read()).extracting(StagedParticipants.Row::participantKey).containsExactly("k1");
		assertThat(staged.stagedRows()).isEqualTo(1);

		staged.append(List.of(accepted(1, 3, record("k2"))));
		assertThat(read()).extracting(StagedParticipants.Row::participantKey).containsExactly("k1", "k2");
		// the key file was cut back with the rows: the lost rows are neither counted nor duplicates of anything
		assertThat(staged.countByFile()).containsExactly(java.util.Map.entry(1, 2L));
		jdbc.update("INSERT INTO blk_input (file_id, dataset, name, path, size_bytes) VALUES (1, 'TRAINING',"
				+ " 'training/a.xlsx', '/in/training/a.xlsx', 1)");
		jdbc.update("INSERT INTO blk_sheet (file_id, sheet_index, name) VALUES (1, 0, 'Peserta')");
		staged.append(List.of(accepted(1, 5, record("k2"))));
		assertThat(staged.resolveDuplicates()).as("the second k2 repeats the first identically").isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT row_no FROM stg_reject", Integer.class)).containsExactly(5);
	}

	@Test
	void aKeyFileCutShortIsReportedWithItsName() throws Exception {
		staged.append(List.of(accepted(1, 2, record("a")), accepted(1, 3, record("b"))));
		Path keys = staged.file().resolveSibling("participants.keys");
		try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(keys, java.nio.file.StandardOpenOption.WRITE)) {
			ch.truncate(Files.size(keys) - 10);
		}
		assertThatThrownBy(staged::countByFile).isInstanceOf(java.io.UncheckedIOException.class)
			.hasMessageContaining("participants.keys")
			.hasMessageContaining("start a new run");
	}

	@Test
	void rowsOfAFailedFileAndRejectedDuplicatesAreSkipped() {
		staged.append(List.of(accepted(1, 2, record("a")), accepted(1, 3, record("b")), accepted(2, 2, record("c"))));
		jdbc.update("INSERT INTO blk_file_ledger (file_id, status, rows_read, rows_blank, home_affairs)"
				+ " VALUES (2, 'FAILED', 0, 0, FALSE)");
		jdbc.update("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, reason, message) VALUES (?, 1, 'Peserta',"
				+ " 3, 'TRAINING', 'DUPLICATE_ROW', 'identical')", new Location(1, 0, "Peserta", 3).sequence());
		assertThat(read()).extracting(StagedParticipants.Row::participantKey).containsExactly("a");
		assertThat(staged.countByFile()).containsExactly(java.util.Map.entry(1, 1L));
	}

	@Test
	void aPassReadInPartsSideBySideSeesEveryCountedRowOnceInFileOrder() {
		List<IngestEvent.Accepted> chunk = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			// keys of growing length, so that the rows' offsets are not a multiple of one row's size
			chunk.add(accepted(1, i + 2, record("p" + "x".repeat(i))));
		}
		staged.append(chunk.subList(0, 4));
		staged.append(chunk.subList(4, 10));
		staged.append(List.of(accepted(2, 2, record("failed file"))));
		jdbc.update("INSERT INTO blk_file_ledger (file_id, status, rows_read, rows_blank, home_affairs)"
				+ " VALUES (2, 'FAILED', 0, 0, FALSE)");
		jdbc.update("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, reason, message) VALUES (?, 1, 'Peserta',"
				+ " 5, 'TRAINING', 'DUPLICATE_ROW', 'identical')", new Location(1, 0, "Peserta", 5).sequence());
		List<String> whole = new ArrayList<>();
		staged.forEachView(v -> whole.add(v.participantKey()));

		List<KeysSeen> parts = staged.forEachViewInParts(3, 3, KeysSeen::new);

		assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.keys).isNotEmpty());
		assertThat(parts).allSatisfy(part -> assertThat(part.threads).hasSize(1));
		assertThat(parts.stream().map(part -> part.threads.iterator().next()).distinct()).hasSize(3);
		assertThat(parts.stream().flatMap(part -> part.keys.stream())).containsExactlyElementsOf(whole);
		assertThat(whole).hasSize(9).doesNotContain("pxxx", "failed file");
		assertThat(staged.forEachViewInParts(3, 4, KeysSeen::new)).as("11 rows: two parts of at least 4").hasSize(2);
		assertThat(staged.forEachViewInParts(3, KeysSeen::new)).as("few rows: one part").hasSize(1);
	}

	@Test
	void aPartWhoseStartTheKeyFileGetsWrongIsReportedNotReadFromInsideARow() throws Exception {
		List<IngestEvent.Accepted> chunk = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			chunk.add(accepted(1, i + 2, record("p" + i)));
		}
		staged.append(chunk);
		// the key file's entry of row 6, where the second of two parts starts, given row 7's offset
		Path keys = state.resolve("participants.keys");
		byte[] bytes = Files.readAllBytes(keys);
		int header = bytes.length - 10 * 24;
		System.arraycopy(bytes, header + 6 * 24 + 8, bytes, header + 5 * 24 + 8, 8);
		Files.write(keys, bytes);

		assertThatThrownBy(() -> staged.forEachViewInParts(2, 5, KeysSeen::new)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("participants.stage does not hold row")
			.hasMessageContaining("start a new run");
	}

	/** The keys one part of a pass saw, and on which threads. */
	private static final class KeysSeen implements java.util.function.Consumer<StagedParticipants.View> {

		final List<String> keys = new ArrayList<>();
		final java.util.Set<Thread> threads = new java.util.HashSet<>();

		@Override
		public void accept(StagedParticipants.View v) {
			keys.add(v.participantKey());
			threads.add(Thread.currentThread());
		}
	}

	@Test
	void aFileDeliveredTwiceCountsOnceAndDisagreeingCopiesAreAllRejected() {
		jdbc.update("INSERT INTO blk_input (file_id, dataset, name, path, size_bytes) VALUES (1, 'TRAINING',"
				+ " 'training/a.xlsx', '/in/training/a.xlsx', 1), (2, 'TRAINING', 'training/a-copy.xlsx',"
				+ " '/in/training/a-copy.xlsx', 1)");
		jdbc.update("INSERT INTO blk_sheet (file_id, sheet_index, name) VALUES (1, 0, 'Peserta'), (2, 0, 'Peserta')");
		jdbc.update("INSERT INTO stg_blk (seq, file_id, sheet, row_no, blk_code, name, province_code, blk_type, status,"
				+ " bare_code, dup_hash, val_hash) VALUES (1, 9, 'x', 2, 'B1', 'BLK Satu', '65', 'UPTD', 'OPERATING',"
				+ " FALSE, 0, 0)");
		List<IngestEvent.Accepted> first = new ArrayList<>();
		List<IngestEvent.Accepted> copy = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			first.add(accepted(1, i + 2, record("p" + i)));
			copy.add(accepted(2, i + 2, record("p" + i)));
		}
		ParticipantRecord other = record("p7");
		copy.set(7, accepted(2, 9, new ParticipantRecord("p7", other.blkCode(), other.program(), other.programLabel(),
				other.gender(), other.education(), other.startDate(), other.endDate(), false, false,
				PlacementStatus.UNKNOWN, null)));
		staged.append(first);
		staged.append(copy);

		assertThat(staged.resolveDuplicates()).isEqualTo(3000 + 1);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_reject WHERE reason = 'DUPLICATE_ROW' AND file_id = 2"
				+ " AND province_code = '65'", Integer.class)).isEqualTo(2999);
		List<String> conflicts = jdbc.queryForList("SELECT file_id || ':' || row_no || ' ' || message FROM stg_reject"
				+ " WHERE reason = 'DUPLICATE_CONFLICT' ORDER BY seq", String.class);
		assertThat(conflicts).hasSize(2);
		assertThat(conflicts.get(0)).startsWith("1:9 participant, BLK B1, programme las, start 2025-01-06 also at"
				+ " training/a-copy.xlsx, sheet 'Peserta' row 9");
		assertThat(conflicts.get(1)).startsWith("2:9 ");
		assertThat(staged.countByFile()).containsOnly(java.util.Map.entry(1, 2999L));
		assertThat(Files.exists(state.resolve("participants.dup"))).as("partition files removed").isFalse();
	}

	@Test
	void aFileFromAnotherRunIsRefusedWithAClearMessage() {
		staged.append(List.of(accepted(1, 2, record("a"))));
		jdbc.update("UPDATE stg_spill SET token = 'another-run'");
		assertThatThrownBy(this::read).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("participants.stage")
			.hasMessageContaining("another run")
			.hasMessageContaining("start a new run");
	}

	@Test
	void theValueHashCoversEveryFieldOfAParticipant() {
		ParticipantRecord base = record("k");
		List<ParticipantRecord> changed = List.of(
				new ParticipantRecord("k2", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", "B9", base.program(), base.programLabel(), base.gender(), base.education(),
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), "otomotif", base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), "LAS", base.gender(), base.education(),
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), Gender.FEMALE,
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(), "S1",
						base.startDate(), base.endDate(), base.graduated(), base.certified(), base.placementStatus(),
						base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate().plusDays(1), base.endDate(), base.graduated(),
						base.certified(), base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate().plusDays(1), base.graduated(),
						base.certified(), base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), false, base.certified(),
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), false,
						base.placementStatus(), base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						PlacementStatus.SELF_EMPLOYED, base.placementDate()),
				new ParticipantRecord("k", base.blkCode(), base.program(), base.programLabel(), base.gender(),
						base.education(), base.startDate(), base.endDate(), base.graduated(), base.certified(),
						base.placementStatus(), base.placementDate().plusDays(1)));
		assertThat(changed).as("one changed record per field").hasSize(ParticipantRecord.class.getRecordComponents().length);
		for (ParticipantRecord c : changed) {
			assertThat(RecordKeys.valueHash(c)).as("value hash of %s", c).isNotEqualTo(RecordKeys.valueHash(base));
		}
	}

	@Test
	void aParticipantsHashesAreThoseOfItsFieldsHashedTogether() {
		ParticipantRecord placed = record("k");
		ParticipantRecord untraced = new ParticipantRecord("k", "B1", "las", "Las", null, null, LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 3, 7), false, false, PlacementStatus.UNKNOWN, null);
		for (ParticipantRecord p : List.of(placed, untraced)) {
			assertThat(RecordKeys.keyHash(p)).isEqualTo(id.go.kemnaker.blk.ingest.DuplicateTracker.hash(p.participantKey(),
					p.blkCode(), p.program(), p.startDate()));
			assertThat(RecordKeys.valueHash(p)).isEqualTo(id.go.kemnaker.blk.ingest.DuplicateTracker.hash(p.participantKey(),
					p.blkCode(), p.program(), p.programLabel(), p.gender(), p.education(), p.startDate(), p.endDate(),
					p.graduated(), p.certified(), p.placementStatus(), p.placementDate()));
		}
	}

	private List<StagedParticipants.Row> read() {
		List<StagedParticipants.Row> rows = new ArrayList<>();
		staged.forEach(rows::add);
		return rows;
	}

	private static ParticipantRecord record(String key) {
		return new ParticipantRecord(key, "B1", "las", "Las", Gender.MALE, "SMK", LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 3, 7), true, true, PlacementStatus.EMPLOYED, LocalDate.of(2025, 4, 6));
	}

	private static IngestEvent.Accepted accepted(int file, int row, ParticipantRecord r) {
		return new IngestEvent.Accepted(new Location(file, 0, "Peserta", row), r, false);
	}
}
