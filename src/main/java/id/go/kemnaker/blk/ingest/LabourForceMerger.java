package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;

/**
 * Merges labour-force rows of the same province and round that come from several files (a TPT table,
 * a TPAK table, a counts table) into one record. Two different values for the same field are a
 * {@code DUPLICATE_CONFLICT}: every row of that province and round is rejected. Equal values merge into one
 * (counted once). After merging, published rates are checked against the counts. A row of a wide table
 * holds several rounds: a conflict in one of them rejects the whole row.
 */
public final class LabourForceMerger {

	/** A staged labour-force row and where it came from. */
	public record Row(long seq, String file, String sheet, int row, LabourForceRecord record) {
	}

	/** The outcome: rows to reject, merged records by key, and warnings about the merged figures. */
	public record Result(List<DuplicateResolver.Decision> rejected, Map<String, LabourForceRecord> merged,
			List<MergeWarning> warnings) {
	}

	/** A warning on a merged record, attached to the row that carried the published rate. */
	public record MergeWarning(long seq, String code, Message message, String provinceCode) {
	}

	private static final List<Field> FIELDS = List.of(
			new Field("working_age_population", LabourForceRecord::workingAgePopulation),
			new Field("labour_force", LabourForceRecord::labourForce),
			new Field("employed", LabourForceRecord::employed), new Field("unemployed", LabourForceRecord::unemployed),
			new Field("unemployment_rate", LabourForceRecord::publishedTpt),
			new Field("participation_rate", LabourForceRecord::publishedTpak),
			new Field("youth_labour_force", LabourForceRecord::youthLabourForce),
			new Field("youth_unemployed", LabourForceRecord::youthUnemployed));

	private record Field(String name, Function<LabourForceRecord, Object> get) {
	}

	private LabourForceMerger() {
	}

	/** The fields compared, by the names of their columns ({@code msg.field.<name>} in the bundles). */
	static List<String> fieldNames() {
		return FIELDS.stream().map(Field::name).toList();
	}

	public static String key(String provinceCode, Period period) {
		return provinceCode + "|" + period;
	}

	/** @param rows all staged rows in file order */
	public static Result merge(List<Row> rows) {
		Map<String, List<Row>> byKey = new LinkedHashMap<>();
		for (Row r : rows) {
			byKey.computeIfAbsent(key(r.record().provinceCode(), r.record().period()), k -> new ArrayList<>()).add(r);
		}
		List<DuplicateResolver.Decision> rejected = new ArrayList<>();
		Map<String, LabourForceRecord> merged = new LinkedHashMap<>();
		List<MergeWarning> warnings = new ArrayList<>();
		for (var e : byKey.entrySet()) {
			List<Row> distinct = e.getValue();
			Message conflict = conflict(distinct);
			if (conflict != null) {
				for (Row r : distinct) {
					if (rejected.stream().anyMatch(d -> d.seq() == r.seq())) {
						continue;
					}
					rejected.add(new DuplicateResolver.Decision(r.seq(), RejectReason.DUPLICATE_CONFLICT,
							conflict));
				}
				continue;
			}
			LabourForceRecord m = combine(distinct);
			merged.put(e.getKey(), m);
			if (distinct.size() > 1) {
				crossCheck(m, distinct, warnings);
			}
		}
		return new Result(rejected, merged, warnings);
	}

	private static Message conflict(List<Row> rows) {
		for (Field f : FIELDS) {
			Row first = null;
			for (Row r : rows) {
				Object v = f.get().apply(r.record());
				if (v == null) {
					continue;
				}
				if (first == null) {
					first = r;
				}
				else if (!Objects.equals(f.get().apply(first.record()), v)) {
					Period p = first.record().period();
					return Message.of("msg.merge.conflict", first.record().provinceCode(), p, Message.of("msg.field." + f.name()),
							f.get().apply(first.record()), where(first, r), v, where(r, first));
				}
			}
		}
		return null;
	}

	private static LabourForceRecord combine(List<Row> rows) {
		LabourForceRecord a = rows.get(0).record();
		for (Row r : rows.subList(1, rows.size())) {
			LabourForceRecord b = r.record();
			a = new LabourForceRecord(a.provinceCode(), a.period(), first(a.workingAgePopulation(), b.workingAgePopulation()),
					first(a.labourForce(), b.labourForce()), first(a.employed(), b.employed()),
					first(a.unemployed(), b.unemployed()), first(a.publishedTpt(), b.publishedTpt()),
					first(a.publishedTpak(), b.publishedTpak()), first(a.youthLabourForce(), b.youthLabourForce()),
					first(a.youthUnemployed(), b.youthUnemployed()));
		}
		return a;
	}

	private static <T> T first(T a, T b) {
		return a != null ? a : b;
	}

	private static void crossCheck(LabourForceRecord m, List<Row> rows, List<MergeWarning> warnings) {
		if (m.publishedTpt() != null && m.unemployed() != null && m.labourForce() != null && m.labourForce() > 0) {
			double computed = 100.0 * m.unemployed() / m.labourForce();
			if (Math.abs(computed - m.publishedTpt()) > LabourForceChecker.RATE_TOLERANCE) {
				warnings.add(new MergeWarning(carrier(rows, LabourForceRecord::publishedTpt), "RATE_MISMATCH",
						Message.of("msg.merge.tpt-mismatch", m.provinceCode(), m.period(),
								LabourForceChecker.decimals(m.publishedTpt()), LabourForceChecker.decimals(computed)),
						m.provinceCode()));
			}
		}
		if (m.publishedTpak() != null && m.labourForce() != null && m.workingAgePopulation() != null
				&& m.workingAgePopulation() > 0) {
			double computed = 100.0 * m.labourForce() / m.workingAgePopulation();
			if (Math.abs(computed - m.publishedTpak()) > LabourForceChecker.RATE_TOLERANCE) {
				warnings.add(new MergeWarning(carrier(rows, LabourForceRecord::publishedTpak), "RATE_MISMATCH",
						Message.of("msg.merge.tpak-mismatch", m.provinceCode(), m.period(),
								LabourForceChecker.decimals(m.publishedTpak()), LabourForceChecker.decimals(computed)),
						m.provinceCode()));
			}
		}
	}

	private static long carrier(List<Row> rows, Function<LabourForceRecord, Object> field) {
		return rows.stream().filter(r -> field.apply(r.record()) != null).findFirst().orElse(rows.get(0)).seq();
	}

	private static Message where(Row other, Row self) {
		return DuplicateResolver.where(other.file().equals(self.file()) ? null : other.file(), null, other.row());
	}
}
