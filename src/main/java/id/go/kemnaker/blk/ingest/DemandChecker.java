package id.go.kemnaker.blk.ingest;

import java.util.Locale;

import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.Period;

/** Labour-demand rows: vacancies or PSN workforce needs of a province in a month, a round or a year. */
final class DemandChecker implements RowChecker {

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("province", "province_code");
		if (total != null) {
			return Checked.total(total, null);
		}
		Fields.ProvinceRef province = f.province();
		Period period;
		boolean wholeYear = false;
		String periodText = f.required("period");
		Integer year = Values.year(periodText);
		if (year != null) {
			period = Period.of(year, 1);
			wholeYear = true;
		}
		else {
			period = f.period("period");
		}
		DemandSource source = source(f);
		long workers = f.requiredCount("workers_needed");
		return Checked.accepted(new DemandRecord(province.code(), period, wholeYear, source, workers, f.text("program"),
				f.text("project")), province.code(), province.bareCode());
	}

	private static DemandSource source(Fields f) throws Problem {
		String s = f.required("source");
		String k = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return switch (k) {
			case "vacancy", "vacancies", "lowongan", "lowongankerja", "loker" -> DemandSource.VACANCY;
			case "psn", "proyekstrategisnasional" -> DemandSource.PSN;
			default -> throw f.problem(RejectReason.BAD_CODE, "source",
					"msg.demand.source", s);
		};
	}
}
