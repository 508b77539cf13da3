package id.go.kemnaker.blk.ingest;


import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;

/**
 * Training totals of a BLK and programme for one month: graduates &lt;= participants, certified &lt;=
 * graduates, employed + self-employed + unemployed + unknown &lt;= graduates (unknown defaults to the
 * remainder).
 */
final class TrainingSummaryChecker implements RowChecker {

	@Override
	public Checked check(Fields f) throws Problem {
		String total = f.totalLabel("blk_code", "program");
		if (total != null) {
			return Checked.total(total, null);
		}
		Fields.InventoryBlk inventory = f.inventoryBlk("blk_code");
		String blk = inventory.code();
		String province = inventory.province();
		String label = f.required("program");
		Period period = f.period("period");
		long participants = f.requiredCount("participants");
		long graduates = f.requiredCount("graduates");
		if (graduates > participants) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "graduates",
					"msg.summary.graduates-above-participants", graduates, participants);
		}
		long certified = zeroIfMissing(f.count("certified"));
		if (certified > graduates) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, "certified",
					"msg.summary.certified-above-graduates", certified, graduates);
		}
		long employed = zeroIfMissing(f.count("employed"));
		long self = zeroIfMissing(f.count("self_employed"));
		long unemployed = zeroIfMissing(f.count("unemployed"));
		Long unknownGiven = f.count("unknown");
		long known = employed + self + unemployed;
		long unknown = unknownGiven != null ? unknownGiven : Math.max(0, graduates - known);
		if (known + unknown > graduates) {
			throw f.problem(RejectReason.INCONSISTENT_COUNTS, f.has("employed") ? "employed" : "graduates",
					"msg.summary.outcomes-above-graduates", known + unknown, graduates);
		}
		return Checked.accepted(new TrainingSummaryRecord(blk, ParticipantChecker.programKey(label), label, period,
				participants, graduates, certified, employed, self, unemployed, unknown), province, false);
	}

	/** Optional breakdown counts of a summary row: an absent breakdown means none of that kind was reported. */
	private static long zeroIfMissing(Long v) {
		return v == null ? 0 : v;
	}
}
