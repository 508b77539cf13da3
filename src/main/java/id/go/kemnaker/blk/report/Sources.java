package id.go.kemnaker.blk.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.blk.domain.Dataset;

/**
 * The source line under a table ({@code Sumber: BPS, Sakernas Agustus 2025; Kemnaker, daftar BLK}): the
 * datasets the table is made from, each named only when the run read a file of it.
 */
final class Sources {

	static final Dataset LABOUR = Dataset.LABOUR_FORCE;

	static final Dataset BLK = Dataset.BLK;

	static final Dataset TRAINING = Dataset.TRAINING;

	static final Dataset DEMAND = Dataset.DEMAND;

	private Sources() {
	}

	static String line(Labels l, ReportContext ctx, Dataset... datasets) {
		List<String> parts = new ArrayList<>();
		String round = ctx.results().period().firstDay().format(DateTimeFormatter.ofPattern("MMMM yyyy", l.locale()));
		for (Dataset d : datasets) {
			boolean read = ctx.quality().files().stream()
				.anyMatch(f -> d.name().equals(f.dataset()) && "READ".equals(f.status()));
			if (read) {
				parts.add(l.format("source." + d, round, ctx.results().windowStart(), ctx.results().windowEnd()));
			}
		}
		return parts.isEmpty() ? l.get("source.none") : l.format("source.line", String.join("; ", parts));
	}
}
