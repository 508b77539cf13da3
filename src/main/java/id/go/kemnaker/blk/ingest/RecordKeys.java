package id.go.kemnaker.blk.ingest;

import java.util.Objects;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;

/**
 * The duplicate key of a record (two rows with the same key describe the same thing) and a hash of its
 * values (equal hashes: the same values, counted once; different: a conflict).
 */
public final class RecordKeys {

	private RecordKeys() {
	}

	public static String key(Object record) {
		if (record instanceof BlkRecord b) {
			return b.code();
		}
		if (record instanceof ParticipantRecord p) {
			return p.participantKey() + "|" + p.blkCode() + "|" + p.program() + "|" + p.startDate();
		}
		if (record instanceof TrainingSummaryRecord s) {
			return s.blkCode() + "|" + s.program() + "|" + s.period();
		}
		if (record instanceof DemandRecord d) {
			return d.provinceCode() + "|" + d.periodText() + "|" + d.source() + "|" + lower(d.program()) + "|"
					+ lower(d.project());
		}
		throw new IllegalArgumentException("no duplicate key for " + record.getClass().getSimpleName());
	}

	/** A 64-bit hash of every value of the record, the key fields included. */
	public static long valueHash(Object record) {
		if (record instanceof ParticipantRecord p) {
			return participantValueHash(p, participantPrefix(p));
		}
		return KeyHash.hash(record.toString());
	}

	/**
	 * What both hashes of a participant row start with: {@code participantKey, blkCode, program}, the key's
	 * texts, hashed once for {@link #participantKeyHash} and {@link #participantValueHash} (a million rows a
	 * run, about 140 characters each, one at a time).
	 */
	public static long participantPrefix(ParticipantRecord p) {
		return texts(KeyHash.START, p.participantKey(), p.blkCode(), p.program());
	}

	/** {@link #keyHash} of a participant row, from its {@link #participantPrefix}. */
	public static long participantKeyHash(ParticipantRecord p, long prefix) {
		// hash(participantKey, blkCode, program, startDate), part by part
		return KeyHash.finish(date(prefix, p.startDate()));
	}

	/** {@link #valueHash} of a participant row, from its {@link #participantPrefix}. */
	public static long participantValueHash(ParticipantRecord p, long prefix) {
		// hash(participantKey, blkCode, program, programLabel, gender, education, startDate, endDate,
		// graduated, certified, placementStatus, placementDate), part by part
		// (the texts through one loop: twelve inlined copies of it made this method slow to compile)
		long h = texts(prefix, p.programLabel(), String.valueOf(p.gender()), String.valueOf(p.education()));
		h = date(h, p.startDate());
		h = date(h, p.endDate());
		h = texts(h, p.graduated() ? "true" : "false", p.certified() ? "true" : "false",
				String.valueOf(p.placementStatus()));
		return KeyHash.finish(date(h, p.placementDate()));
	}

	private static long texts(long h, String... parts) {
		for (String s : parts) {
			h = KeyHash.text(h, s);
		}
		return h;
	}

	/** A date part as {@link KeyHash#hash(Object...)} adds it, a missing one as the text {@code null}. */
	private static long date(long h, java.time.LocalDate d) {
		return d == null ? KeyHash.text(h, "null") : KeyHash.day(h, d);
	}

	/** The 64-bit hash of the duplicate key: rows with equal keys have equal hashes. */
	public static long keyHash(Object record) {
		if (record instanceof ParticipantRecord p) {
			return participantKeyHash(p, participantPrefix(p));
		}
		return KeyHash.hash(key(record));
	}

	/** A short human description of the key, for messages (never a participant id). */
	public static String describeKey(Object record) {
		if (record instanceof BlkRecord b) {
			return "BLK " + b.code();
		}
		if (record instanceof ParticipantRecord p) {
			return "participant, BLK " + p.blkCode() + ", programme " + p.programLabel() + ", start " + p.startDate();
		}
		if (record instanceof TrainingSummaryRecord s) {
			return "BLK " + s.blkCode() + ", programme " + s.programLabel() + ", " + s.period();
		}
		if (record instanceof DemandRecord d) {
			return "province " + d.provinceCode() + ", " + d.periodText() + ", " + d.source()
					+ (d.project() != null ? ", " + d.project() : "") + (d.program() != null ? ", " + d.program() : "");
		}
		return Objects.toString(record);
	}

	private static String lower(String s) {
		return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
	}

}
