package id.go.kemnaker.blk.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;
import id.go.kemnaker.blk.indicator.IndicatorInputs;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.Location;

/** The training counts the indicators start from, read from the staged participant rows. */
class IndicatorStoreTest {

	@TempDir
	Path state;

	@Test
	void countsReadInPartsSideBySideEqualThoseReadInOnePass() {
		DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:hsqldb:mem:" + state.getFileName(), "SA", "");
		new StagingSchema(ds).afterPropertiesSet();
		JdbcTemplate jdbc = new JdbcTemplate(ds);
		StagedParticipants staged = new StagedParticipants(jdbc, state);
		staged.reset();
		// synthetic rows: 3 BLK, 2 programmes, 3 genders (one not recorded), graduates placed after 0-9 days,
		// and rows that ended before the window; every cell has rows in more than one part
		List<IngestEvent.Accepted> rows = new ArrayList<>();
		Gender[] genders = { Gender.MALE, Gender.FEMALE, null };
		PlacementStatus[] placements = PlacementStatus.values();
		for (int i = 0; i < 600; i++) {
			LocalDate end = LocalDate.of(2025, 1 + i % 8, 1 + i % 28);
			PlacementStatus placement = placements[i % placements.length];
			boolean placed = placement == PlacementStatus.EMPLOYED || placement == PlacementStatus.SELF_EMPLOYED;
			rows.add(new IngestEvent.Accepted(new Location(1, 0, "Peserta", i + 2), new ParticipantRecord("p" + i,
					"B" + i % 3, i % 5 == 0 ? "las" : "garmen", "x", genders[i / 3 % 3], null, end.minusDays(60), end,
					i % 4 != 0, i % 6 == 0, i % 4 != 0 ? placement : PlacementStatus.UNKNOWN,
					i % 4 != 0 && placed ? end.plusDays(i % 10) : null), false));
		}
		staged.append(rows);
		// neither a row of a file that failed nor a row rejected as a duplicate counts
		staged.append(List.of(new IngestEvent.Accepted(new Location(2, 0, "Peserta", 2), new ParticipantRecord("q",
				"B0", "las", "x", null, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), true, false,
				PlacementStatus.UNKNOWN, null), false)));
		jdbc.update("INSERT INTO blk_file_ledger (file_id, status, rows_read, rows_blank, home_affairs)"
				+ " VALUES (2, 'FAILED', 0, 0, FALSE)");
		jdbc.update("INSERT INTO stg_reject (seq, file_id, sheet, row_no, dataset, reason, message) VALUES (?, 1, 'Peserta',"
				+ " 100, 'TRAINING', 'DUPLICATE_ROW', 'identical')", rows.get(98).location().sequence());
		rows.remove(98);
		IndicatorStore store = new IndicatorStore(jdbc, new StagingStore(jdbc), staged);
		LocalDate from = LocalDate.of(2025, 3, 1);
		LocalDate to = LocalDate.of(2025, 8, 31);

		IndicatorStore.TrainingCells whole = store.training(from, to);
		IndicatorStore.TrainingCells parts = store.training(from, to, 3, 100);

		assertThat(whole.outcomes()).hasSize(3 * 2 * 3)
			.isSortedAccordingTo(java.util.Comparator.comparing(IndicatorInputs.OutcomeCell::blkCode)
				.thenComparing(IndicatorInputs.OutcomeCell::program)
				.thenComparing(IndicatorInputs.OutcomeCell::gender, java.util.Comparator.nullsFirst(String::compareTo)));
		assertThat(whole.outcomes().stream().mapToLong(IndicatorInputs.OutcomeCell::participants).sum())
			.isEqualTo(rows.stream().filter(r -> !((ParticipantRecord) r.record()).endDate().isBefore(from)).count());
		assertThat(whole.days()).isNotEmpty();
		assertThat(parts.outcomes()).containsExactlyElementsOf(whole.outcomes());
		assertThat(parts.days()).containsExactlyElementsOf(whole.days());
	}
}
