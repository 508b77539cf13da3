package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/**
 * Decides what happens to rows that share a duplicate key. Same values: the first row (in file order)
 * stays, the others are {@code DUPLICATE_ROW} (counted once). Different values: every row of the key is
 * {@code DUPLICATE_CONFLICT}; no "last one wins".
 */
public final class DuplicateResolver {

	/** A staged row with its key, value hash and where it came from. */
	public record Keyed(long seq, String key, long valueHash, String file, String sheet, int row, Message keyText) {
	}

	/** A row to move from staging to the rejects. */
	public record Decision(long seq, RejectReason reason, Message message) {
	}

	private DuplicateResolver() {
	}

	/**
	 * @param rows rows that may share a key with another row (candidates by key hash), ordered by key and
	 *     then file order; keys that turn out to occur once are left alone
	 */
	public static List<Decision> resolve(List<Keyed> rows) {
		List<Decision> decisions = new ArrayList<>();
		int i = 0;
		while (i < rows.size()) {
			int j = i;
			while (j < rows.size() && rows.get(j).key().equals(rows.get(i).key())) {
				j++;
			}
			List<Keyed> group = rows.subList(i, j);
			if (group.size() > 1) {
				decide(group, decisions);
			}
			i = j;
		}
		return decisions;
	}

	private static void decide(List<Keyed> group, List<Decision> out) {
		boolean same = group.stream().allMatch(k -> k.valueHash() == group.get(0).valueHash());
		Keyed first = group.get(0);
		if (same) {
			for (Keyed k : group.subList(1, group.size())) {
				out.add(new Decision(k.seq(), RejectReason.DUPLICATE_ROW,
						Message.of("msg.duplicate.identical", where(first, k), first.keyText())));
			}
			return;
		}
		for (Keyed k : group) {
			List<Message> others = group.stream().filter(o -> o != k).map(o -> where(o, k)).toList();
			out.add(new Decision(k.seq(), RejectReason.DUPLICATE_CONFLICT, Message.of("msg.duplicate.conflict",
					k.keyText(), Message.joined(others.subList(0, Math.min(5, others.size()))),
					Math.max(0, others.size() - 5))));
		}
	}

	private static Message where(Keyed other, Keyed self) {
		String fileName = other.file().substring(other.file().lastIndexOf('/') + 1);
		String sheet = other.sheet() == null || other.sheet().equals(fileName) ? null : other.sheet();
		return where(other.file().equals(self.file()) ? null : other.file(), sheet, other.row());
	}

	/** Where another row is: its file when not the same, its sheet when the file has several, its row. */
	static Message where(String file, String sheet, int row) {
		if (file == null) {
			return sheet == null ? Message.of("msg.where.row", row) : Message.of("msg.where.sheet-row", sheet, row);
		}
		return sheet == null ? Message.of("msg.where.file-row", file, row)
				: Message.of("msg.where.file-sheet-row", file, sheet, row);
	}
}
