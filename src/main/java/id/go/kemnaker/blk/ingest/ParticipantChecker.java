package id.go.kemnaker.blk.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.PlacementStatus;

/**
 * Participant rows. The BLK must be in the inventory; end date on or after start date, placement date on
 * or after end date. The participant id is replaced by a salted one-way key; the birth date is checked
 * (a bad one rejects the row, masked) but not kept.
 */
final class ParticipantChecker implements RowChecker {

	private final MessageDigest sha256;
	private final byte[] salt;

	ParticipantChecker(String salt) {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		this.salt = (salt == null ? "" : salt).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("participant_id", "blk_code");
		if (total != null) {
			return Checked.total(total, null);
		}
		String id = f.required("participant_id");
		Fields.InventoryBlk inventory = f.inventoryBlk("blk_code");
		String blk = inventory.code();
		String province = inventory.province();
		String programLabel = f.required("program");
		Gender gender = f.gender("gender");
		f.date("birth_date");
		LocalDate start = f.requiredDate("start_date");
		LocalDate end = f.requiredDate("end_date");
		if (end.isBefore(start)) {
			throw f.problem(RejectReason.DATE_ORDER, "end_date", "msg.participant.end-before-start", end, start);
		}
		Boolean graduated = f.yesNo("graduated");
		if (graduated == null) {
			throw f.problem(RejectReason.MISSING_VALUE, "graduated", "msg.participant.graduated-required");
		}
		Boolean certified = f.yesNo("certified");
		PlacementStatus status = placement(f);
		LocalDate placed = f.date("placement_date");
		if (placed != null && placed.isBefore(end)) {
			throw f.problem(RejectReason.DATE_ORDER, "placement_date",
					"msg.participant.placed-before-end", placed, end);
		}
		ParticipantRecord r = new ParticipantRecord(key(id), blk, programKey(programLabel), programLabel, gender,
				f.text("education"), start, end, graduated, Boolean.TRUE.equals(certified), status, placed);
		return Checked.accepted(r, province, false);
	}

	static PlacementStatus placement(Fields f) throws Problem {
		String s = f.text("placement_status");
		if (s == null || Values.isMissing(s, RawRow.TEXT)) {
			return PlacementStatus.UNKNOWN;
		}
		String k = Values.letters(s, true);
		return switch (k) {
			case "employed", "bekerja", "sudahbekerja", "kerja", "ditempatkan" -> PlacementStatus.EMPLOYED;
			case "selfemployed", "wirausaha", "berwirausaha", "usahasendiri", "wiraswasta" -> PlacementStatus.SELF_EMPLOYED;
			case "unemployed", "belumbekerja", "tidakbekerja", "menganggur" -> PlacementStatus.UNEMPLOYED;
			case "unknown", "tidakdiketahui", "tidaktahu", "takdiketahui" -> PlacementStatus.UNKNOWN;
			default -> throw f.problem(RejectReason.BAD_CODE, "placement_status", "msg.participant.placement-status", s);
		};
	}

	/** Programme names are grouped trimmed and case-folded: {@code Las Listrik} and {@code LAS  listrik} are one. */
	static String programKey(String label) {
		return Values.collapseSpaces(label).toLowerCase(Locale.ROOT);
	}

	private String key(String id) {
		sha256.reset();
		sha256.update(salt);
		sha256.update((byte) 0);
		sha256.update(id.strip().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(sha256.digest(), 0, 12);
	}
}
