package id.go.kemnaker.blk.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;
import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.ingest.Location;
import id.go.kemnaker.blk.report.QualityData;

class StagingStoreTest {

	private static final long RUN = 7;

	private JdbcTemplate jdbc;
	private StagingStore store;

	@BeforeEach
	void database() {
		jdbc = new JdbcTemplate(TestDatabase.create("staging-store"));
		store = new StagingStore(jdbc, new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
		for (long run : new long[] { RUN, RUN - 1 }) {
			jdbc.update("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, home_affairs) VALUES (?, 1,"
					+ " 'TRAINING', 'training/peserta.xlsx', '/in/training/peserta.xlsx', 100, FALSE)", run);
			jdbc.update("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, home_affairs) VALUES (?, 2,"
					+ " 'BLK', 'blk/blk.csv', '/in/blk/blk.csv', 50, FALSE)", run);
		}
		// an earlier run's rejects and warnings are kept for the history, and never mixed with this run's
		jdbc.update("INSERT INTO stg_reject (run_id, seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
				+ " message, province_code) VALUES (?, 2, 1, 'Peserta', 3, 'TRAINING', 'G', 'x', 'BAD_DATE', 'old', '64')",
				RUN - 1);
		jdbc.update("INSERT INTO stg_warning (run_id, seq, file_id, sheet, row_no, column_name, code, message,"
				+ " province_code) VALUES (?, 1, 1, 'Peserta', 2, NULL, 'NOTE', 'old', '65')", RUN - 1);
		// rejected rows of two provinces and of none (a BLK that is not in the inventory), out of seq order
		reject(12, 1, 14, "BAD_DATE", "64");
		reject(5, 1, 7, "BAD_DATE", "65");
		reject(9, 1, 11, "UNKNOWN_BLK", null);
		reject(3, 1, 5, "BAD_GENDER", "65");
		reject(20, 2, 4, "MISSING_VALUE", "64");
		reject(7, 1, 9, "BAD_DATE", "64");
		reject(30, 1, 31, "DUPLICATE_CONFLICT", "65");
		warning(4, 1, 6, "65");
		warning(8, 2, 3, "64");
		warning(11, 1, 13, null);
	}

	private void reject(long seq, int file, int row, String reason, String province) {
		jdbc.update("INSERT INTO stg_reject (run_id, seq, file_id, sheet, row_no, dataset, column_name, cell_value, reason,"
				+ " message, province_code) VALUES (?, ?, ?, 'Peserta', ?, 'TRAINING', 'G (start_date)', 'x', ?, ?, ?)", RUN,
				seq, file, row, reason, "row " + row + " is wrong", province);
	}

	private void warning(long seq, int file, int row, String province) {
		jdbc.update("INSERT INTO stg_warning (run_id, seq, file_id, sheet, row_no, column_name, code, message,"
				+ " province_code) VALUES (?, ?, ?, 'Peserta', ?, NULL, 'NOTE', ?, ?)", RUN, seq, file, row,
				"note on row " + row, province);
	}

	@Test
	void theQualityOfEveryProvinceReadAtOnceEqualsTheQualityReadProvinceByProvince() {
		List<QualityData.BlankIndicator> blank = List.of(new QualityData.BlankIndicator("Provinsi", "65", "Kalimantan Utara",
				"PLACEMENT_RATE", "NO_DENOMINATOR"));
		Map<String, QualityData> all = store.qualities(RUN, List.of("64", "65", "11"),
				code -> "65".equals(code) ? blank : List.of());

		assertThat(all.get(null)).isEqualTo(store.qualities(RUN, List.of(), code -> List.of()).get(null));
		assertThat(all.get("64")).isEqualTo(store.qualities(RUN, List.of("64"), code -> List.of()).get("64"));
		assertThat(all.get("65")).isEqualTo(store.qualities(RUN, List.of("65"), code -> blank).get("65"));
		assertThat(all.get("11")).isEqualTo(store.qualities(RUN, List.of("11"), code -> List.of()).get("11"));
	}

	@Test
	void rejectsAreCountedByReasonWithTheirFirstRowAsExample() {
		Map<String, QualityData> all = store.qualities(RUN, List.of("64", "65"), code -> List.of());

		assertThat(all.get(null).reasons()).extracting(QualityData.ReasonRow::reason, QualityData.ReasonRow::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BAD_DATE", 3L),
					org.assertj.core.groups.Tuple.tuple("BAD_GENDER", 1L),
					org.assertj.core.groups.Tuple.tuple("DUPLICATE_CONFLICT", 1L),
					org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", 1L),
					org.assertj.core.groups.Tuple.tuple("UNKNOWN_BLK", 1L));
		// the first BAD_DATE row in file order is seq 5 (row 7, province 65); in province 64 it is seq 7 (row 9)
		assertThat(all.get(null).reasons().get(0).example().english()).isEqualTo(
				"training/peserta.xlsx, sheet 'Peserta', row 7, column G (start_date): row 7 is wrong");
		assertThat(all.get("64").reasons()).extracting(QualityData.ReasonRow::reason, QualityData.ReasonRow::count,
				r -> r.example().english())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BAD_DATE", 2L,
					"training/peserta.xlsx, sheet 'Peserta', row 9, column G (start_date): row 9 is wrong"),
					org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", 1L,
							"blk/blk.csv, sheet 'Peserta', row 4, column G (start_date): row 4 is wrong"));
		assertThat(all.get("65").warnings()).extracting(QualityData.WarningRow::row).containsExactly(6);
		assertThat(all.get(null).warnings()).extracting(QualityData.WarningRow::row).containsExactly(6, 3, 13);
	}

	@Test
	void aProvinceLedgerListsTheFilesHoldingItsRowsWithItsOwnCounts() {
		store.insertBlk(RUN, List.of(new Staged<>(new Location(2, 0, "Daftar BLK", 4), new BlkRecord("UPTD-65-02",
				"BLK Tanjung Selor", "65", "Bulungan", BlkType.UPTD, BlkStatus.PLANNED, null, 2026, null), false)));
		store.closeLedger(RUN); // as the job does before its reports: the accepted rows are counted there

		Map<String, QualityData> all = store.qualities(RUN, List.of("64", "65", "11"), code -> List.of());

		assertThat(all.get(null).files()).extracting(QualityData.FileRow::fileId).containsExactly(1, 2);
		assertThat(all.get("64").files()).extracting(QualityData.FileRow::fileId, QualityData.FileRow::rowsRead,
				QualityData.FileRow::accepted, QualityData.FileRow::rejected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2L, 0L, 2L),
					org.assertj.core.groups.Tuple.tuple(2, 1L, 0L, 1L));
		assertThat(all.get("65").files()).extracting(QualityData.FileRow::fileId, QualityData.FileRow::rowsRead,
				QualityData.FileRow::accepted, QualityData.FileRow::rejected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3L, 0L, 3L),
					org.assertj.core.groups.Tuple.tuple(2, 1L, 1L, 0L));
		assertThat(all.get("65").files()).allMatch(QualityData.FileRow::balances);
		assertThat(all.get("11").files()).isEmpty();
	}

	@Test
	void aBlkNoteIsStagedAndReadBackWithTheInventory() {
		BlkRecord planned = new BlkRecord("UPTD-65-02", "BLK Tanjung Selor", "65", "Bulungan", BlkType.UPTD,
				BlkStatus.PLANNED, null, 2026, "dukungan PSN: KIPI, PLTA Mentarang");
		BlkRecord operating = new BlkRecord("UPTD-65-01", "BLK Tarakan", "65", "Tarakan", BlkType.UPTD,
				BlkStatus.OPERATING, 640L, null, null);
		store.insertBlk(RUN, List.of(new Staged<>(new Location(2, 0, "Daftar BLK", 4), planned, false),
				new Staged<>(new Location(2, 0, "Daftar BLK", 5), operating, false)));

		List<BlkRecord> read = new IndicatorStore(jdbc, store, new ParticipantTable(jdbc)).blks(RUN);

		assertThat(read).containsExactly(operating, planned);
	}
	@Test
	void theLedgerCountsAFilesAcceptedRowsOncePerProvinceThroughTheirBlkHoweverOftenItCloses() {
		// file 2: the inventory (B1 in 65, B2 in 64); file 1: trainees of B1, B1, B2 and of B9, which is in no
		// inventory (its province unknown); file 3: a wide labour-force row, one record per round, one seq
		jdbc.update("INSERT INTO blk_input (run_id, file_id, dataset, name, path, size_bytes, home_affairs) VALUES (?, 3,"
				+ " 'LABOUR_FORCE', 'labour-force/bps.xlsx', '/in/labour-force/bps.xlsx', 10, FALSE)", RUN);
		for (int file = 1; file <= 3; file++) {
			jdbc.update("INSERT INTO blk_file_ledger (run_id, file_id, status, rows_read, rows_blank, home_affairs)"
					+ " VALUES (?, ?, 'READ', 0, 0, FALSE)", RUN, file);
		}
		store.insertBlk(RUN, List.of(
				new Staged<>(new Location(2, 0, "Daftar BLK", 2), new BlkRecord("B1", "BLK Satu", "65", "Bulungan",
						BlkType.UPTD, BlkStatus.OPERATING, 640L, null, null), false),
				new Staged<>(new Location(2, 0, "Daftar BLK", 3), new BlkRecord("B2", "BLK Dua", "64", "Berau",
						BlkType.UPTD, BlkStatus.OPERATING, 320L, null, null), false)));
		ParticipantTable participants = new ParticipantTable(jdbc);
		int row = 40;
		for (String blk : List.of("B1", "B1", "B2", "B9")) {
			participants.insert(RUN, List.of(new Staged<>(new Location(1, 0, "Peserta", row++), new ParticipantRecord(
					"k" + row, blk, "las", "Las", Gender.MALE, null, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 7),
					true, true, PlacementStatus.EMPLOYED, LocalDate.of(2025, 4, 6)), false)));
		}
		for (String period : List.of("2024-08", "2025-08")) {
			jdbc.update("INSERT INTO stg_labour_force (run_id, seq, file_id, sheet, row_no, province_code, period,"
					+ " bare_code) VALUES (?, ?, 3, 'TPT', 5, '65', ?, FALSE)", RUN, new Location(3, 0, "TPT", 5).sequence(),
					period);
		}

		store.closeLedger(RUN);
		List<QualityData.FileRow> ledger = store.closeLedger(RUN);

		assertThat(ledger).extracting(QualityData.FileRow::fileId, QualityData.FileRow::accepted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4L), org.assertj.core.groups.Tuple.tuple(2, 2L),
					org.assertj.core.groups.Tuple.tuple(3, 1L));
		// accepted and rejected rows of each province's files (the rejects are those of the set-up)
		Map<String, QualityData> all = store.qualities(RUN, List.of("64", "65"), code -> List.of());
		assertThat(all.get("65").files()).extracting(QualityData.FileRow::fileId, QualityData.FileRow::accepted,
				QualityData.FileRow::rejected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2L, 3L), org.assertj.core.groups.Tuple.tuple(2, 1L, 0L),
					org.assertj.core.groups.Tuple.tuple(3, 1L, 0L));
		assertThat(all.get("64").files()).extracting(QualityData.FileRow::fileId, QualityData.FileRow::accepted,
				QualityData.FileRow::rejected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1L, 2L), org.assertj.core.groups.Tuple.tuple(2, 1L, 1L));

		// a run whose ledger a version without these counts closed: its reports count them again
		jdbc.update("DELETE FROM blk_file_count WHERE run_id = ?", RUN);
		Map<String, QualityData> again = store.qualities(RUN, List.of("64", "65"), code -> List.of());
		assertThat(again.get("65").files()).isEqualTo(all.get("65").files());
		assertThat(again.get("64").files()).isEqualTo(all.get("64").files());
	}
}
