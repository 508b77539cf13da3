package id.go.kemnaker.blk.job;

import java.util.ArrayList;
import java.util.List;

import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.LabourForceRecord;
import id.go.kemnaker.blk.domain.ParticipantRecord;
import id.go.kemnaker.blk.domain.TrainingSummaryRecord;
import id.go.kemnaker.blk.ingest.IngestEvent;
import id.go.kemnaker.blk.ingest.Location;

/**
 * Writes a chunk of ingest events to the staging tables in batches (participant rows to their staged
 * file, see {@link StagedParticipants}), inside the chunk's transaction. File
 * ends are applied after the chunk's rows, so a failed file's rows staged in the same chunk are removed too.
 * New sheet names, programme spellings and possible duplicate keys go to their small tables.
 */
class StagingWriter implements ItemStreamWriter<IngestBlock> {

	private final StagingStore store;
	private final Set<Long> sheets = new HashSet<>();
	private final Set<String> programs = new HashSet<>();
	private long lastSheet = -1;
	private String lastProgram;

	private final StagedParticipants participants;

	StagingWriter(StagingStore store, StagedParticipants participants) {
		this.store = store;
		this.participants = participants;
	}

	@Override
	public void open(ExecutionContext ctx) {
		sheets.clear();
		lastSheet = -1;
		lastProgram = null;
		programs.clear();
	}

	@Override
	public void write(Chunk<? extends IngestBlock> blocks) {
		List<IngestEvent> chunk = new ArrayList<>();
		for (IngestBlock b : blocks) {
			chunk.addAll(b.events());
		}
		List<IngestEvent.Accepted> labour = new ArrayList<>();
		List<IngestEvent.Accepted> blk = new ArrayList<>();
		List<IngestEvent.Accepted> participantRows = new ArrayList<>();
		List<IngestEvent.Accepted> summaries = new ArrayList<>();
		List<IngestEvent.Accepted> demand = new ArrayList<>();
		List<IngestEvent.Rejected> rejects = new ArrayList<>();
		List<IngestEvent.Total> totals = new ArrayList<>();
		List<IngestEvent.Warning> warnings = new ArrayList<>();
		List<IngestEvent.FileEnd> ends = new ArrayList<>();
		List<IngestEvent.Accepted> candidates = new ArrayList<>();
		for (IngestEvent e : chunk) {
			if (e instanceof IngestEvent.Accepted a) {
				Object r = a.record();
				if (a.duplicateCandidate() && !(r instanceof ParticipantRecord)) {
					candidates.add(a);
				}
				if (r instanceof ParticipantRecord p) {
					participantRows.add(a);
					register(a, p.program(), p.programLabel());
				}
				else if (r instanceof LabourForceRecord) {
					labour.add(a);
				}
				else if (r instanceof BlkRecord) {
					blk.add(a);
				}
				else if (r instanceof TrainingSummaryRecord t) {
					summaries.add(a);
					register(a, t.program(), t.programLabel());
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
		if (!participantRows.isEmpty()) {
			participants.append(participantRows);
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
		for (IngestEvent.Accepted a : candidates) {
			String table = a.record() instanceof BlkRecord ? "stg_blk"
					: a.record() instanceof TrainingSummaryRecord ? "stg_training_summary" : "stg_demand";
			store.insertDuplicateCandidates(table, List.of(a));
		}
		for (IngestEvent.FileEnd end : ends) {
			store.finishFile(end.ledger());
		}
	}

	/** Records a new sheet name and a new programme spelling once. */
	private void register(IngestEvent.Accepted a, String program, String label) {
		Location l = a.location();
		long sheet = ((long) l.fileId() << 16) | l.sheetIndex();
		if (sheet != lastSheet && sheets.add(sheet)) {
			store.registerSheet(l.fileId(), l.sheetIndex(), l.sheet());
		}
		lastSheet = sheet;
		if (!program.equals(lastProgram) && programs.add(program)) {
			store.registerProgram(program, label, l.sequence());
		}
		lastProgram = program;
	}
}
