package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/**
 * A row of a wide BPS table: one province, one value of the table's measure per period. The row gives
 * one labour-force record per period, the value in the field of the measure ({@code -} stays missing,
 * never 0); a value that cannot be read rejects the row, naming its column. Counts in a table "in
 * thousands" are multiplied by 1,000.
 */
final class WideChecker implements RowChecker {

	private final WideLayout.Header header;

	WideChecker(WideLayout.Header header) {
		this.header = header;
	}

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("province");
		if (total != null) {
			try {
				return Checked.total(total, records(f, LabourForceRecord.NATIONAL_CODE));
			}
			catch (Problem e) {
				f.warn(e.column(), "TOTAL_UNREADABLE", Message.of("msg.total.unreadable", e.message()), null);
				return Checked.total(total, List.of());
			}
		}
		Fields.ProvinceRef province = f.province();
		List<LabourForceRecord> records = records(f, province.code());
		if (header.measure() == WideLayout.Measure.TPAK) {
			for (LabourForceRecord r : records) {
				if (r.publishedTpak() != null && r.publishedTpak() > LabourForceChecker.TPAK_OUTLIER) {
					f.warn(WideLayout.periodColumn(r.period()), "TPAK_OUTLIER", Message.of("msg.labour.tpak-outlier-period",
							LabourForceChecker.decimals(r.publishedTpak()), r.period(),
							LabourForceChecker.decimals(LabourForceChecker.TPAK_OUTLIER)), province.code());
				}
			}
		}
		return Checked.accepted(records, province.code(), province.bareCode());
	}

	private List<LabourForceRecord> records(Fields f, String code) throws Problem {
		List<LabourForceRecord> records = new ArrayList<>();
		for (Map.Entry<String, Period> e : header.periods().entrySet()) {
			records.add(record(code, e.getValue(), value(f, e.getKey())));
		}
		return records;
	}

	private Number value(Fields f, String column) throws Problem {
		if (header.measure().rate) {
			return f.rate(column);
		}
		Double d;
		try {
			d = Values.number(f.raw(column), f.kind(column), header.scale() == 1);
		}
		catch (Values.BadValue e) {
			throw f.problem(e.reason(), column, e.message());
		}
		if (d == null) {
			return null;
		}
		if (d < 0) {
			throw f.problem(RejectReason.NEGATIVE_COUNT, column, "msg.value.negative", f.raw(column));
		}
		double persons = d * header.scale();
		if (persons > Values.MAX_COUNT) {
			throw f.problem(RejectReason.BAD_NUMBER, column, "msg.value.too-large", f.raw(column));
		}
		if (header.scale() == 1 && persons != Math.rint(persons)) {
			throw f.problem(RejectReason.BAD_NUMBER, column, "msg.value.not-whole", f.raw(column));
		}
		return Math.round(persons);
	}

	private LabourForceRecord record(String code, Period period, Number v) {
		Long count = v instanceof Long l ? l : null;
		Double rate = v instanceof Double d ? d : null;
		return switch (header.measure()) {
			case TPT -> new LabourForceRecord(code, period, null, null, null, null, rate, null, null, null);
			case TPAK -> new LabourForceRecord(code, period, null, null, null, null, null, rate, null, null);
			case WORKING_AGE_POPULATION -> new LabourForceRecord(code, period, count, null, null, null, null, null, null, null);
			case LABOUR_FORCE -> new LabourForceRecord(code, period, null, count, null, null, null, null, null, null);
			case UNEMPLOYED -> new LabourForceRecord(code, period, null, null, null, count, null, null, null, null);
			case EMPLOYED -> new LabourForceRecord(code, period, null, null, count, null, null, null, null, null);
		};
	}
}
