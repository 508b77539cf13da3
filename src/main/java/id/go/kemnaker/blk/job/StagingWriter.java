package id.go.kemnaker.blk.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;
import id.go.kemnaker.blk.ingest.IngestEvent;

/**
 * Writes a chunk of ingest events to the staging tables in batches, inside the chunk's transaction. File
 * ends are applied after the chunk's rows, so a failed file's rows staged in the same chunk are removed too.
 */
class StagingWriter implements ItemWriter<IngestEvent> {

	private final StagingStore store;

	StagingWriter(StagingStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends IngestEvent> chunk) {
		List<IngestEvent.Accepted> labour = new ArrayList<>();
		List<IngestEvent.Accepted> blk = new ArrayList<>();
		List<IngestEvent.Accepted> participants = new ArrayList<>();
		List<IngestEvent.Accepted> summaries = new ArrayList<>();
		List<IngestEvent.Accepted> demand = new ArrayList<>();
		List<IngestEvent.Rejected> rejects = new ArrayList<>();
		List<IngestEvent.Total> totals = new ArrayList<>();
		List<IngestEvent.Warning> warnings = new ArrayList<>();
		List<IngestEvent.FileEnd> ends = new ArrayList<>();
		for (IngestEvent e : chunk) {
			if (e instanceof IngestEvent.Accepted a) {
				Object r = a.record();
				if (r instanceof ParticipantRecord) {
					participants.add(a);
				}
				else if (r instanceof LabourForceRecord) {
					labour.add(a);
				}
				else if (r instanceof BlkRecord) {
					blk.add(a);
				}
				else if (r instanceof TrainingSummaryRecord) {
					summaries.add(a);
				}
				else if (r instanceof DemandRecord) {
					demand.add(a);
				}
				else {
					throw new IllegalStateException("unexpected record " + r.getClass());
				}
			}
			else if (e instanceof IngestEvent.Rejected r) {
				rejects.add(r);
			}
			else if (e instanceof IngestEvent.Total t) {
				totals.add(t);
			}
			else if (e instanceof IngestEvent.Warning w) {
				warnings.add(w);
			}
			else if (e instanceof IngestEvent.FileEnd f) {
				ends.add(f);
			}
		}
		if (!labour.isEmpty()) {
			store.insertLabourForce(labour);
		}
		if (!blk.isEmpty()) {
			store.insertBlk(blk);
		}
		if (!participants.isEmpty()) {
			store.insertParticipants(participants);
		}
		if (!summaries.isEmpty()) {
			store.insertSummaries(summaries);
		}
		if (!demand.isEmpty()) {
			store.insertDemand(demand);
		}
		if (!rejects.isEmpty()) {
			store.insertRejects(rejects);
		}
		if (!totals.isEmpty()) {
			store.insertTotals(totals);
		}
		if (!warnings.isEmpty()) {
			store.insertWarnings(warnings);
		}
		for (IngestEvent.FileEnd end : ends) {
			store.finishFile(end.ledger());
		}
	}
}
