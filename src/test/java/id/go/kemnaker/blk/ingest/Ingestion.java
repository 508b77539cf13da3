package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/** Test helper: runs one file through a {@link FileIngestor} and collects every event it produces. */
final class Ingestion {

	static final ProvinceCatalog PROVINCES = ProvinceCatalog.load();

	static final IngestContext CONTEXT = new IngestContext(PROVINCES, Map.of("BLK-01", "65"), "auto", "salt");

	private Ingestion() {
	}

	static Result read(Dataset dataset, Path path) {
		return read(new SourceFile(1, dataset, path, dataset.folder() + "/" + path.getFileName()));
	}

	static Result read(SourceFile file) {
		List<IngestEvent> events = new ArrayList<>();
		try (FileIngestor ingestor = new FileIngestor(file, CONTEXT)) {
			IngestEvent e;
			while ((e = ingestor.next()) != null) {
				events.add(e);
				assertThat(events).as("events of %s", file.name()).hasSizeLessThan(100_000);
			}
		}
		return new Result(file, List.copyOf(events));
	}

	record Result(SourceFile file, List<IngestEvent> events) {

		/**
		 * The file's ledger, after checking what every caller relies on: exactly one FileEnd and it comes
		 * last, the ledger balances, and (unless the file failed) its counts match the events emitted.
		 */
		FileLedger ledger() {
			List<IngestEvent.FileEnd> ends = of(IngestEvent.FileEnd.class);
			assertThat(ends).as("FileEnd events of %s", file.name()).hasSize(1);
			assertThat(events.get(events.size() - 1)).as("last event").isInstanceOf(IngestEvent.FileEnd.class);
			FileLedger l = ends.get(0).ledger();
			assertThat(l.fileId()).isEqualTo(file.id());
			assertThat(l.rowsRead()).as("rows read = accepted + rejected + totals + blank: %s", l)
				.isEqualTo(l.accepted() + l.rejected() + l.totals() + l.blank());
			assertThat(l.balances()).isTrue();
			if (l.status() != FileLedger.Status.FAILED) {
				// a row of a wide table gives one accepted event per period, all at the row's location
				assertThat(accepted().stream().map(IngestEvent.Accepted::location).distinct().count())
					.as("rows with accepted events").isEqualTo(l.accepted());
				assertThat(rejected()).as("rejected events").hasSize((int) l.rejected());
				assertThat(totals().stream().map(IngestEvent.Total::location).distinct().count()).as("total rows")
					.isEqualTo(l.totals());
			}
			else {
				assertThat(List.of(l.rowsRead(), l.accepted(), l.rejected(), l.totals(), l.blank()))
					.as("a FAILED file's counts: none of its rows are used").containsOnly(0L);
				assertThat(l.failure()).isNotBlank();
				assertThat(l.message().english()).isNotBlank();
			}
			return l;
		}

		<T extends IngestEvent> List<T> of(Class<T> type) {
			return events.stream().filter(type::isInstance).map(type::cast).toList();
		}

		List<IngestEvent.Accepted> accepted() {
			return of(IngestEvent.Accepted.class);
		}

		List<IngestEvent.Rejected> rejected() {
			return of(IngestEvent.Rejected.class);
		}

		List<IngestEvent.Total> totals() {
			return of(IngestEvent.Total.class);
		}

		List<IngestEvent.Warning> warnings() {
			return of(IngestEvent.Warning.class);
		}

		<R> List<R> records(Class<R> type) {
			return accepted().stream().map(IngestEvent.Accepted::record).map(type::cast).toList();
		}

		IngestEvent.Accepted acceptedAt(int row) {
			List<IngestEvent.Accepted> at = accepted().stream().filter(a -> a.location().row() == row).toList();
			assertThat(at).as("accepted row %d in %s", row, events).hasSize(1);
			return at.get(0);
		}

		IngestEvent.Rejected rejectedAt(int row) {
			List<IngestEvent.Rejected> at = rejected().stream().filter(r -> r.location().row() == row).toList();
			assertThat(at).as("rejected row %d in %s", row, events).hasSize(1);
			return at.get(0);
		}
	}
}
