package id.go.kemnaker.blk.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.ingest.DuplicateResolver;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.ingest.RecordKeys;

class ParticipantTableTest {

	private static final long RUN = 3;

	private JdbcTemplate jdbc;
	private TransactionTemplate tx;
	private ParticipantTable table;
	private StagingStore store;

	@BeforeEach
	void database() {
		DataSource ds = TestDatabase.create("participants");
		jdbc = new JdbcTemplate(ds);
		tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
		table = new ParticipantTable(jdbc);
		store = new StagingStore(jdbc, new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
	}

	private static Staged<ParticipantRecord> staged(int file, int row, ParticipantRecord r) {
		return new Staged<>(new Location(file, 0, "Peserta", row), r, false);
	}

	private static ParticipantRecord record(String key) {
		return new ParticipantRecord(key, "B1", "las", "Las", Gender.MALE, "SMK", LocalDate.of(2025, 1, 6),
				LocalDate.of(2025, 3, 7), true, true, PlacementStatus.EMPLOYED, LocalDate.of(2025, 4, 6));
	}

	private List<ParticipantRecord> all(long run) {
		List<ParticipantRecord> rows = new ArrayList<>();
		table.forEachEndedIn(run, LocalDate.MIN.withYear(1900), LocalDate.of(2100, 1, 1), rows::add);
		return rows;
	}

	@Test
	void rowsComeBackInFileOrderWithWhatTheIndicatorsNeed() {
		ParticipantRecord placed = new ParticipantRecord("k1", "BLK-65-0001", "las", "Las", Gender.FEMALE, "SMK",
				LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 7), true, true, PlacementStatus.EMPLOYED,
				LocalDate.of(2025, 4, 6));
		ParticipantRecord dropout = new ParticipantRecord("k2", "BLK-65-0002", "garmen", "Garmen", null, null,
				LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), false, false, PlacementStatus.UNKNOWN, null);
		table.insert(RUN, List.of(staged(1, 3, dropout)));
		table.insert(RUN, List.of(staged(1, 2, placed)));

		List<ParticipantRecord> rows = all(RUN);
		assertThat(rows).hasSize(2);
		ParticipantRecord first = rows.get(0);
		assertThat(first.blkCode()).isEqualTo("BLK-65-0001");
		assertThat(first.program()).isEqualTo("las");
		assertThat(first.gender()).isEqualTo(Gender.FEMALE);
		assertThat(first.startDate()).as("no indicator reads the start date").isNull();
		assertThat(first.endDate()).isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(first.graduated()).isTrue();
		assertThat(first.certified()).isTrue();
		assertThat(first.placementStatus()).isEqualTo(PlacementStatus.EMPLOYED);
		assertThat(first.daysToPlacement()).isEqualTo(30);
		assertThat(first.participantKey()).as("the key is not read back for the indicators").isNull();
		ParticipantRecord second = rows.get(1);
		assertThat(second.gender()).isNull();
		assertThat(second.graduated()).isFalse();
		assertThat(second.daysToPlacement()).isNull();
		assertThat(second.placementStatus()).isEqualTo(PlacementStatus.UNKNOWN);
		assertThat(jdbc.queryForObject("SELECT dup_hash FROM stg_participant WHERE row_no = 2", Long.class))
			.isEqualTo(RecordKeys.keyHash(placed));
		assertThat(jdbc.queryForObject("SELECT val_hash FROM stg_participant WHERE row_no = 2", Long.class))
			.isEqualTo(RecordKeys.valueHash(placed));
		assertThat(jdbc.queryForList("SELECT sheet || ' ' || row_no || ' ' || participant_key FROM stg_participant"
				+ " WHERE run_id = ? ORDER BY seq", String.class, RUN)).containsExactly("Peserta 2 k1", "Peserta 3 k2");
	}

	@Test
	void aPassReadsOnlyTheRowsOfItsRunAndWindowAcrossManyPages() {
		List<Staged<ParticipantRecord>> rows = new ArrayList<>();
		for (int i = 0; i < ParticipantTable.PAGE * 2 + 7; i++) {
			ParticipantRecord r = record("p" + i);
			LocalDate end = LocalDate.of(2025, 1, 1).plusDays(i % 100);
			rows.add(staged(1, i + 2, new ParticipantRecord(r.participantKey(), r.blkCode(), r.program(), r.programLabel(),
					r.gender(), r.education(), end.minusDays(30), end, true, false, PlacementStatus.UNKNOWN, null)));
		}
		table.insert(RUN, rows);
		table.insert(RUN + 1, rows.subList(0, 10));

		List<LocalDate> ends = new ArrayList<>();
		table.forEachEndedIn(RUN, LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 20), r -> ends.add(r.endDate()));

		long expected = rows.stream().filter(s -> !s.record().endDate().isBefore(LocalDate.of(2025, 1, 11))
				&& !s.record().endDate().isAfter(LocalDate.of(2025, 1, 20))).count();
		assertThat(ends).hasSize((int) expected).allMatch(d -> !d.isBefore(LocalDate.of(2025, 1, 11))
				&& !d.isAfter(LocalDate.of(2025, 1, 20)));
		assertThat(all(RUN)).hasSize(rows.size());
	}

	@Test
	void textBeyondAsciiComesBackAsWritten() {
		String program = "tata boga \u2013 p\u00e2tisserie caf\u00e9 kuliner";
		ParticipantRecord r = new ParticipantRecord("k\u00e9y", "BLK-65-\u00c90001", program, "Tata Boga", Gender.MALE,
				null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 7), false, false, PlacementStatus.UNKNOWN, null);
		table.insert(RUN, List.of(staged(1, 2, r)));

		assertThat(all(RUN)).singleElement().satisfies(p -> {
			assertThat(p.blkCode()).isEqualTo("BLK-65-\u00c90001");
			assertThat(p.program()).isEqualTo(program);
		});
	}

	@Test
	void rowsOfAChunkWhoseTransactionRollsBackAreNotStaged() {
		table.insert(RUN, List.of(staged(1, 2, record("a"))));
		try {
			tx.executeWithoutResult(status -> {
				table.insert(RUN, List.of(staged(1, 3, record("b")), staged(1, 4, record("c"))));
				throw new IllegalStateException("the chunk fails");
			});
		}
		catch (IllegalStateException expected) {
			// the chunk's rows went with its transaction
		}
		assertThat(store.count(RUN, "stg_participant")).isEqualTo(1);
	}

	@Test
	void aFileDeliveredTwiceCountsOnceAndDisagreeingCopiesAreAllRejected() {
		for (int file = 1; file <= 2; file++) {
			jdbc.update("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, home_affairs)"
					+ " VALUES (?, ?, 'TRAINING', ?, ?, 1, FALSE)", RUN, file, file == 1 ? "training/a.xlsx"
							: "training/a-copy.xlsx", "/in/" + file);
		}
		jdbc.update("INSERT INTO stg_blk (run_id, seq, file_id, sheet, row_no, blk_code, name, province_code, blk_type,"
				+ " status, bare_code, dup_hash, val_hash) VALUES (?, 1, 9, 'x', 2, 'B1', 'BLK Satu', '65', 'UPTD',"
				+ " 'OPERATING', FALSE, 0, 0)", RUN);
		List<Staged<ParticipantRecord>> first = new ArrayList<>();
		List<Staged<ParticipantRecord>> copy = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			first.add(staged(1, i + 2, record("p" + i)));
			copy.add(staged(2, i + 2, record("p" + i)));
		}
		ParticipantRecord other = record("p7");
		copy.set(7, staged(2, 9, new ParticipantRecord("p7", other.blkCode(), other.program(), other.programLabel(),
				other.gender(), other.education(), other.startDate(), other.endDate(), false, false,
				PlacementStatus.UNKNOWN, null)));
		table.insert(RUN, first);
		table.insert(RUN, copy);

		assertThat(store.rejectDuplicates(RUN, DuplicateKeys.Table.PARTICIPANT)).isEqualTo(3000 + 1);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_reject WHERE reason = 'DUPLICATE_ROW' AND file_id = 2"
				+ " AND province_code = '65'", Integer.class)).isEqualTo(2999);
		List<String> conflicts = jdbc.queryForList("SELECT file_id || ':' || row_no || ' ' || message FROM stg_reject"
				+ " WHERE reason = 'DUPLICATE_CONFLICT' ORDER BY seq", String.class);
		assertThat(conflicts).hasSize(2);
		assertThat(conflicts.get(0)).startsWith("1:9 participant, BLK B1, programme las, start 2025-01-06 also at"
				+ " training/a-copy.xlsx, sheet 'Peserta' row 9");
		assertThat(conflicts.get(1)).startsWith("2:9 ");
		assertThat(jdbc.queryForList("SELECT file_id FROM stg_participant WHERE run_id = ? GROUP BY file_id", Integer.class,
				RUN)).containsExactly(1);
		assertThat(store.count(RUN, "stg_participant")).isEqualTo(2999);
	}

	@Test
	void duplicatesAreDecidedAPageOfKeysAtATimeWithNoKeyCutBetweenPages() {
		jdbc.update("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, home_affairs)"
				+ " VALUES (?, 1, 'TRAINING', 'training/a.xlsx', '/in/a', 1, FALSE)", RUN);
		List<Staged<ParticipantRecord>> rows = new ArrayList<>();
		int row = 2;
		// 40 keys: key k on k % 4 + 1 rows (one row: no duplicate), every third key with one disagreeing copy
		for (int k = 0; k < 40; k++) {
			for (int copy = 0; copy <= k % 4; copy++) {
				ParticipantRecord r = record("k" + k);
				boolean differs = copy == 1 && k % 3 == 0;
				rows.add(staged(1, row++, differs ? new ParticipantRecord(r.participantKey(), r.blkCode(), r.program(),
						r.programLabel(), r.gender(), r.education(), r.startDate(), r.endDate(), false, false,
						PlacementStatus.UNKNOWN, null) : r));
			}
		}
		table.insert(RUN, rows);
		List<DuplicateResolver.Decision> decided = new ArrayList<>();
		int n = DuplicateKeys.resolve(jdbc, false, RUN, DuplicateKeys.Table.PARTICIPANT, Runnable::run,
				decided::addAll, 3);

		// expected, key by key: copies of a key that agree count once; a key with a disagreeing copy loses them all
		int expected = 0;
		for (int k = 0; k < 40; k++) {
			int copies = k % 4 + 1;
			expected += copies == 1 ? 0 : k % 3 == 0 ? copies : copies - 1;
		}
		assertThat(n).isEqualTo(expected).isEqualTo(decided.size());
		assertThat(decided).extracting(DuplicateResolver.Decision::seq).doesNotHaveDuplicates();
	}
	@Test
	void theCandidatesAreEveryRowWhoseKeyHashRepeatsHoweverManyPagesApart() {
		List<Staged<ParticipantRecord>> rows = new ArrayList<>();
		for (int i = 0; i < 25_000; i++) {
			rows.add(staged(1, i + 2, record("p" + i)));
		}
		// copies two pages after the first (a page is 10,000 rows), a key on three rows, all in file 2
		rows.add(staged(2, 2, record("p5")));
		rows.add(staged(2, 3, record("p9000")));
		rows.add(staged(2, 4, record("p9000")));
		table.insert(RUN, rows);
		table.insert(RUN + 1, List.of(staged(1, 2, record("p6")), staged(1, 3, record("p6"))));

		long[] candidates = DuplicateKeys.candidates(jdbc, RUN, DuplicateKeys.Table.PARTICIPANT);

		assertThat(candidates).containsExactly(new Location(1, 0, "Peserta", 7).sequence(),
				new Location(1, 0, "Peserta", 9002).sequence(), new Location(2, 0, "Peserta", 2).sequence(),
				new Location(2, 0, "Peserta", 3).sequence(), new Location(2, 0, "Peserta", 4).sequence());
	}

	@Test
	void aValueIsRepeatedWhenItOccursTwiceOrMoreAndIsNamedOnce() {
		assertThat(DuplicateKeys.repeated(new long[] { 5, 3, 5, 5, -1, 3, 9, Long.MIN_VALUE })).containsExactly(3, 5);
		assertThat(DuplicateKeys.repeated(new long[] { 1, 2 })).isEmpty();
		assertThat(DuplicateKeys.repeated(new long[0])).isEmpty();
	}
}
