package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;

/**
 * Checks one row read by {@link FileRows} with the checks of its sheet's layout and maps it to its
 * dataset's record type {@code R}: accepted, rejected (personal values masked) or a total row.
 */
public final class RowCheck<R> {

	private final Class<R> type;

	public RowCheck(Class<R> type) {
		this.type = type;
	}

	public CheckedRow<R> check(SourceRow row) {
		if (row.isFileEnd()) {
			return new CheckedRow<>(row.location(), List.of(), null, List.of(), row.fileEnd().warnings(), false,
					row.fileEnd().homeAffairsNumbering(), row.fileEnd());
		}
		SourceRow.Sheet sheet = row.sheet();
		Fields fields = new Fields(row.cells(), sheet.columns(), sheet.state(), row.location());
		Location location = row.location();
		try {
			RowChecker.Checked checked = sheet.checker().check(fields);
			List<Object> records = checked.record() instanceof List<?> perPeriod ? new ArrayList<>(perPeriod)
					: checked.record() == null ? List.of() : List.of(checked.record());
			if (checked.isTotal()) {
				List<IngestEvent.Total> totals = new ArrayList<>();
				for (Object figures : records) {
					totals.add(new IngestEvent.Total(location, checked.totalLabel(), (LabourForceRecord) figures));
				}
				if (totals.isEmpty()) {
					totals.add(new IngestEvent.Total(location, checked.totalLabel(), null));
				}
				return new CheckedRow<>(location, List.of(), null, totals, fields.warnings(), false,
						sheet.state().homeAffairsNumbering(), null);
			}
			List<R> accepted = new ArrayList<>(records.size());
			for (Object r : records) {
				accepted.add(type.cast(r));
			}
			return new CheckedRow<>(location, accepted, null, List.of(), fields.warnings(), checked.bareProvinceCode(),
					sheet.state().homeAffairsNumbering(), null);
		}
		catch (Problem p) {
			IngestEvent.Rejected rejected = new IngestEvent.Rejected(sheet.state().file().dataset(), location,
					sheet.columns().describe(p.column()), PersonalData.showable(p.column(), p.value()), p.reason(),
					p.column().equals("birth_date") ? Message.of("msg.birth-date", Message.of("reason." + p.reason().name()))
							: p.message().mapArgs(PersonalData::maskIdentifiers),
					provinceOf(fields, sheet.state()));
			return new CheckedRow<>(location, List.of(), rejected, List.of(), List.of(), false,
					sheet.state().homeAffairsNumbering(), null);
		}
	}

	/** The province a rejected row belongs to, when it can still be told (for the province reports). */
	private static String provinceOf(Fields fields, FileState state) {
		try {
			if (fields.has("blk_code")) {
				String blk = fields.text("blk_code");
				if (blk != null) {
					String p = state.context().blkProvinces().get(blk.toUpperCase(Locale.ROOT));
					if (p != null) {
						return p;
					}
				}
			}
			if (fields.has("province") || fields.has("province_code") || fields.has("kode_kemendagri")) {
				return fields.province().code();
			}
		}
		catch (Problem ignored) {
			// the province itself is what is wrong: the row belongs to no province
		}
		return null;
	}
}
