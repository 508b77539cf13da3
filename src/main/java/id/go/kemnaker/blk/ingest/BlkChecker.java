package id.go.kemnaker.blk.ingest;

import java.util.Locale;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.BlkType;

/** BLK inventory rows: code, name, province and type required; capacity required when operating. */
final class BlkChecker implements RowChecker {

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("blk_code", "name");
		if (total != null) {
			return Checked.total(total, null);
		}
		String code = f.required("blk_code").toUpperCase(Locale.ROOT);
		String name = f.required("name");
		Fields.ProvinceRef province = f.province();
		BlkType type = type(f);
		BlkStatus status = status(f);
		Long capacity = f.count("annual_capacity");
		if (status == BlkStatus.OPERATING && capacity == null) {
			throw f.problem(RejectReason.MISSING_VALUE, f.has("annual_capacity") ? "annual_capacity" : "status",
					"an operating BLK needs its annual capacity (seats per year)");
		}
		Integer plannedYear = plannedYear(f);
		if (status.isPlanned() && plannedYear == null) {
			// kept and listed with a blank year: the plan is known, only its year is not
			f.warn(f.has("planned_year") ? "planned_year" : "status", "PLANNED_WITHOUT_YEAR",
					"BLK " + code + " is planned or under construction but has no planned year (kept, year left blank)",
					province.code());
		}
		return Checked.accepted(new BlkRecord(code, name, province.code(), f.text("regency"), type, status, capacity,
				plannedYear, f.text("note")), province.code(), province.bareCode());
	}

	static BlkType type(Fields f) throws Problem {
		String t = f.required("type");
		String k = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return switch (k) {
			case "uptp", "bbpvp", "bpvp", "pusat" -> BlkType.UPTP;
			case "uptd", "daerah", "blkd" -> BlkType.UPTD;
			case "komunitas", "blkkomunitas", "blkk" -> BlkType.KOMUNITAS;
			default -> throw f.problem(RejectReason.BAD_CODE, "type",
					"'" + t + "' is not a BLK type (UPTP, UPTD or KOMUNITAS / BLK Komunitas)");
		};
	}

	static BlkStatus status(Fields f) throws Problem {
		String s = f.text("status");
		if (s == null) {
			return BlkStatus.OPERATING;
		}
		String k = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return switch (k) {
			case "operating", "beroperasi", "operasional", "aktif", "active", "berjalan" -> BlkStatus.OPERATING;
			case "planned", "rencana", "direncanakan", "perencanaan" -> BlkStatus.PLANNED;
			case "construction", "underconstruction", "pembangunan", "dalampembangunan", "konstruksi", "dibangun" ->
				BlkStatus.CONSTRUCTION;
			case "closed", "tutup", "ditutup", "tidakaktif", "nonaktif" -> BlkStatus.CLOSED;
			default -> throw f.problem(RejectReason.BAD_CODE, "status", "'" + s
					+ "' is not a status (OPERATING/beroperasi, PLANNED/rencana, CONSTRUCTION/pembangunan, CLOSED/tutup)");
		};
	}

	private static Integer plannedYear(Fields f) throws Problem {
		String y = f.text("planned_year");
		if (y == null || Values.isMissing(y, RawRow.TEXT)) {
			return null;
		}
		Integer year = Values.year(y);
		if (year == null) {
			throw f.problem(RejectReason.BAD_NUMBER, "planned_year", "'" + y + "' is not a year");
		}
		return year;
	}
}
