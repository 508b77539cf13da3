package id.go.kemnaker.blk.ingest;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/**
 * Labour-force rows in the long layout. A row needs counts (labour force and unemployed) or a published
 * unemployment rate. Counts must be consistent: unemployed &lt;= labour force &lt;= working-age
 * population, employed + unemployed = labour force (within 1). A TPAK over 85 is a warning (BPS reports
 * such values for Papua Pegunungan), as is a published rate more than 0.05 points from the computed one.
 */
final class LabourForceChecker implements RowChecker {

	static final double RATE_TOLERANCE = 0.05;
	static final double TPAK_OUTLIER = 85.0;

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("province", "province_code");
		if (total != null) {
			return Checked.total(total, totalFigures(f));
		}
		Fields.ProvinceRef province = f.province();
		Period period = f.period("period");
		LabourForceRecord r = figures(f, province.code(), period);
		if (isEmpty(r) && !notYetReported(f, province.code(), period)) {
			throw f.problem(RejectReason.MISSING_VALUE, f.has("labour_force") ? "labour_force" : "unemployment_rate",
					"msg.labour.no-figures");
		}
		checkConsistency(f, r);
		warnings(f, r);
		return Checked.accepted(r, province.code(), province.bareCode());
	}

	private static boolean isEmpty(LabourForceRecord r) {
		return r.labourForce() == null && r.unemployed() == null && r.publishedTpt() == null && r.publishedTpak() == null
				&& r.workingAgePopulation() == null && r.employed() == null && r.youthLabourForce() == null
				&& r.youthUnemployed() == null;
	}

	/**
	 * A province created in 2022 has no figures before 2024: its empty row ({@code -}) is what BPS publishes,
	 * accepted as missing, never as 0.
	 */
	private static boolean notYetReported(Fields f, String code, Period period) {
		return !f.file().context().provinces().get(code).reportedIn(period);
	}

	static LabourForceRecord figures(Fields f, String code, Period period) throws Problem {
		return new LabourForceRecord(code, period, f.count("working_age_population"), f.count("labour_force"),
				f.count("employed"), f.count("unemployed"), f.rate("unemployment_rate"), f.rate("participation_rate"),
				f.count("youth_labour_force"), f.count("youth_unemployed"));
	}

	private static LabourForceRecord totalFigures(Fields f) {
		try {
			return figures(f, LabourForceRecord.NATIONAL_CODE, f.period("period"));
		}
		catch (Problem e) {
			f.warn(e.column(), "TOTAL_UNREADABLE", Message.of("msg.total.unreadable", e.message()), null);
			return null;
		}
	}

	static void checkConsistency(Fields f, LabourForceRecord r) throws Problem {
		Long lf = r.labourForce();
		if (r.unemployed() != null && lf != null && r.unemployed() > lf) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "unemployed",
					"msg.labour.unemployed-above-lf", r.unemployed(), lf);
		}
		if (lf != null && r.workingAgePopulation() != null && lf > r.workingAgePopulation()) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "labour_force",
					"msg.labour.lf-above-wap", lf, r.workingAgePopulation());
		}
		if (lf != null && r.employed() != null && r.unemployed() != null
				&& Math.abs(r.employed() + r.unemployed() - lf) > 1) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "employed", "msg.labour.employed-sum",
					r.employed(), r.unemployed(), r.employed() + r.unemployed(), lf);
		}
		if (r.youthUnemployed() != null && r.youthLabourForce() != null && r.youthUnemployed() > r.youthLabourForce()) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "youth_unemployed", "msg.labour.youth-unemployed-above-lf",
					r.youthUnemployed(), r.youthLabourForce());
		}
		if (r.youthLabourForce() != null && lf != null && r.youthLabourForce() > lf) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "youth_labour_force",
					"msg.labour.youth-lf-above-lf", r.youthLabourForce(), lf);
		}
	}

	/** A rate as a message argument: two decimals, written in the report's language when rendered. */
	static String decimals(double v) {
		return String.format(java.util.Locale.ROOT, "%.2f", v);
	}

	private static void warnings(Fields f, LabourForceRecord r) {
		Double tpak = r.labourForce() != null && r.workingAgePopulation() != null && r.workingAgePopulation() > 0
				? Double.valueOf(100.0 * r.labourForce() / r.workingAgePopulation()) : r.publishedTpak();
		if (tpak != null && tpak > TPAK_OUTLIER) {
			f.warn(r.labourForce() != null ? "labour_force" : "participation_rate", "TPAK_OUTLIER",
					Message.of("msg.labour.tpak-outlier", decimals(tpak), decimals(TPAK_OUTLIER)),
					r.provinceCode());
		}
		if (r.publishedTpt() != null && r.unemployed() != null && r.labourForce() != null && r.labourForce() > 0) {
			double computed = 100.0 * r.unemployed() / r.labourForce();
			if (Math.abs(computed - r.publishedTpt()) > RATE_TOLERANCE) {
				f.warn("unemployment_rate", "RATE_MISMATCH", Message.of("msg.labour.tpt-mismatch",
						decimals(r.publishedTpt()), decimals(computed)),
						r.provinceCode());
			}
		}
		if (r.publishedTpak() != null && r.labourForce() != null && r.workingAgePopulation() != null
				&& r.workingAgePopulation() > 0) {
			double computed = 100.0 * r.labourForce() / r.workingAgePopulation();
			if (Math.abs(computed - r.publishedTpak()) > RATE_TOLERANCE) {
				f.warn("participation_rate", "RATE_MISMATCH", Message.of("msg.labour.tpak-mismatch",
						decimals(r.publishedTpak()), decimals(computed)), r.provinceCode());
			}
		}
	}
}
