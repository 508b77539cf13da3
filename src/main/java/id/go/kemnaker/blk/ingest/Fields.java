package id.go.kemnaker.blk.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * Typed access to the cells of one row by column name. Each getter returns null for a missing value and
 * throws a {@link Problem} naming the column and value when the cell is wrong.
 */
final class Fields {

	private final RawRow row;
	private final ColumnMap map;
	private final FileState file;
	private final Location location;
	private final List<IngestEvent.Warning> warnings = new ArrayList<>();

	/** {@code location}: where the row is (the file's state may already be reading a later sheet). */
	Fields(RawRow row, ColumnMap map, FileState file, Location location) {
		this.row = row;
		this.map = map;
		this.file = file;
		this.location = location;
	}

	RawRow row() {
		return row;
	}

	FileState file() {
		return file;
	}

	List<IngestEvent.Warning> warnings() {
		return warnings;
	}

	/** A warning whose text is not yet a bundle message: shown as it is, in every language. */
	void warn(String column, String code, String message, String provinceCode) {
		warn(column, code, Message.literal(message), provinceCode);
	}

	void warn(String column, String code, Message message, String provinceCode) {
		warnings.add(new IngestEvent.Warning(location, column == null ? null : map.describe(column),
				code, message, provinceCode));
	}

	boolean has(String column) {
		return map.has(column);
	}

	String raw(String column) {
		return row.value(map.col(column));
	}

	byte kind(String column) {
		return row.kind(map.col(column));
	}

	/** The row fails: {@code key} is a {@code msg.*} key of the report bundles, with its arguments. */
	Problem problem(RejectReason reason, String column, String key, Object... args) {
		return problem(reason, column, Message.of(key, args));
	}

	Problem problem(RejectReason reason, String column, Message message) {
		return new Problem(reason, column, shown(column), message);
	}

	/** The cell as the user sees it: a date cell as a date, not its serial number. */
	private String shown(String column) {
		String raw = raw(column);
		if (raw != null && kind(column) == RawRow.NUMBER) {
			return Values.plainNumber(raw);
		}
		if (raw != null && kind(column) == RawRow.DATE) {
			try {
				return Values.fromExcelSerial(Values.serialNumber(raw), row.date1904(), raw).toString();
			}
			catch (Values.BadValue | NumberFormatException e) {
				return raw;
			}
		}
		return raw;
	}

	/** How a getter reads a cell's value and kind; {@link Values.BadValue} becomes a {@link Problem}. */
	@FunctionalInterface
	private interface Parse<T> {

		T parse(String raw, byte kind) throws Values.BadValue;
	}

	/**
	 * The cell of a column parsed, or null when the sheet does not have the column. The column's position
	 * is looked up once: a million rows ask for about twenty columns each.
	 */
	private <T> T parsed(String column, Parse<T> parse) throws Problem {
		int c = map.col(column);
		if (c < 0) {
			return null;
		}
		try {
			return parse.parse(row.value(c), row.kind(c));
		}
		catch (Values.BadValue e) {
			throw problem(e.reason(), column, e.message());
		}
	}

	String text(String column) throws Problem {
		return parsed(column, Values::text);
	}

	String required(String column) throws Problem {
		String t = text(column);
		if (t == null || Values.isMissing(t, RawRow.TEXT)) {
			throw problem(RejectReason.MISSING_VALUE, column, "msg.required", map.headerText(column));
		}
		return t;
	}

	/** A BLK code and the province of the BLK in the inventory. */
	record InventoryBlk(String code, String province) {
	}

	/** A required BLK code that names a BLK of the inventory (case-insensitively), with its province. */
	InventoryBlk inventoryBlk(String column) throws Problem {
		String blk = required(column).toUpperCase(Locale.ROOT);
		String province = file().context().blkProvinces().get(blk);
		if (province == null) {
			throw problem(RejectReason.UNKNOWN_BLK, column, "msg.blk.unknown", blk);
		}
		return new InventoryBlk(blk, province);
	}

	Long count(String column) throws Problem {
		return parsed(column, Values::count);
	}

	long requiredCount(String column) throws Problem {
		Long v = count(column);
		if (v == null) {
			throw problem(RejectReason.MISSING_VALUE, column, "msg.required", map.headerText(column));
		}
		return v;
	}

	Double rate(String column) throws Problem {
		return parsed(column, Values::rate);
	}

	LocalDate date(String column) throws Problem {
		return parsed(column, (raw, kind) -> Values.date(raw, kind, row.date1904()));
	}

	LocalDate requiredDate(String column) throws Problem {
		LocalDate d = date(column);
		if (d == null) {
			throw problem(RejectReason.MISSING_VALUE, column, "msg.required", map.headerText(column));
		}
		return d;
	}

	Boolean yesNo(String column) throws Problem {
		return parsed(column, Values::yesNo);
	}

	Gender gender(String column) throws Problem {
		return parsed(column, Values::gender);
	}

	Period period(String column) throws Problem {
		Period p = parsed(column, (raw, kind) -> Values.period(raw, kind, row.date1904()));
		if (p == null) {
			throw problem(RejectReason.MISSING_VALUE, column, "msg.required", map.headerText(column));
		}
		return p;
	}

	/** Whether any of the given columns holds a total label ({@code INDONESIA}, {@code Jumlah}, {@code Total}). */
	String totalLabel(String... columns) {
		for (String c : columns) {
			int col = map.col(c);
			if (col < 0) {
				continue;
			}
			String v = row.value(col);
			if (v != null && row.kind(col) == RawRow.TEXT && ProvinceCatalog.isTotalLabel(v)) {
				return v.strip();
			}
			if ("province_code".equals(c) && v != null && "00".equals(ProvinceCatalog.twoDigits(v))) {
				return "00";
			}
		}
		return null;
	}

	/**
	 * Resolves the province from the name, BPS code and Home Affairs code columns present. Codes and name
	 * must agree; a code that only exists in Home Affairs numbering (93) is ambiguous, never guessed.
	 */
	ProvinceRef province() throws Problem {
		ProvinceCatalog catalog = file.context().provinces();
		String name = text("province");
		String code = text("province_code");
		String kemendagri = text("kode_kemendagri");
		if (name == null && code == null && kemendagri == null) {
			String column = map.has("province") ? "province" : map.has("province_code") ? "province_code" : "kode_kemendagri";
			throw problem(RejectReason.MISSING_VALUE, column, "msg.province.required");
		}
		Province byName = null;
		if (name != null) {
			byName = catalog.byName(name).orElseThrow(
					() -> problem(RejectReason.UNKNOWN_PROVINCE, "province", "msg.province.unknown-name", name));
		}
		Province byCode = null;
		if (code != null) {
			String c = ProvinceCatalog.twoDigits(code);
			Optional<Province> bps = catalog.byBpsCode(c);
			Optional<Province> home = catalog.byKemendagriCode(c);
			if (bps.isEmpty()) {
				if (home.isPresent() && Province.isPapuaRegionCode(c)) {
					file.sawHomeAffairsNumbering();
					if (byName == null || !byName.equals(home.get())) {
						throw problem(RejectReason.AMBIGUOUS_PROVINCE_CODE, "province_code", "msg.province.home-affairs-code", c,
								home.get().displayName());
					}
				}
				else {
					throw problem(RejectReason.UNKNOWN_PROVINCE, "province_code", "msg.province.unknown-bps-code", code);
				}
			}
			else {
				byCode = bps.get();
			}
			if (byName != null && byCode != null && !byName.equals(byCode)) {
				if (home.isPresent() && home.get().equals(byName)) {
					file.sawHomeAffairsNumbering();
				}
				throw problem(RejectReason.PROVINCE_CONFLICT, "province_code", home.isPresent() && home.get().equals(byName)
						? Message.of("msg.province.conflict-home-affairs", c, byCode.displayName(), name, byName.displayName())
						: Message.of("msg.province.conflict", c, byCode.displayName(), name));
			}
		}
		Province byHome = null;
		if (kemendagri != null) {
			String c = ProvinceCatalog.twoDigits(kemendagri);
			byHome = catalog.byKemendagriCode(c).orElseThrow(() -> problem(RejectReason.UNKNOWN_PROVINCE,
					"kode_kemendagri", "msg.province.unknown-home-affairs-code", kemendagri));
			Province other = byName != null ? byName : byCode;
			if (other != null && !other.equals(byHome)) {
				throw problem(RejectReason.PROVINCE_CONFLICT, "kode_kemendagri", "msg.province.conflict-home-affairs-name", c,
						byHome.displayName(), other.displayName());
			}
		}
		Province resolved = byName != null ? byName : byCode != null ? byCode : byHome;
		if (resolved == null) {
			throw problem(RejectReason.UNKNOWN_PROVINCE, "province_code", "msg.province.none");
		}
		boolean bare = byName == null && byHome == null && byCode != null && Province.isPapuaRegionCode(byCode.code());
		return new ProvinceRef(resolved.code(), bare);
	}

	record ProvinceRef(String code, boolean bareCode) {
	}
}
