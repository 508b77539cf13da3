package id.go.kemnaker.blk.report;

import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/** Writes the data-quality sheet: per-file ledger, rejects by reason, warnings, blank indicators. */
final class QualitySheet {

	private QualitySheet() {
	}

	static void write(ReportBook book, QualityData q, String heading) {
		Labels l = book.labels();
		ReportSheet s = book.sheet(l.get("sheet.quality"));
		// the ledger, the rejects by reason and the warnings share columns: narrow ones, long texts wrapped, so
		// that a printed page holds several of them
		s.maxWidth(24);
		s.title(heading);
		s.note(l.format("quality.headline", q.files().size(), q.filesRead(), q.filesFailed(), q.rowsRead(), q.accepted(),
				q.rejected()));
		s.note(l.get("quality.ledger.note"));
		s.gap();
		ReportTable files = s.table("Ledger", List.of(Col.integer(l.get("col.file.id")), Col.text(l.get("col.dataset")),
				Col.text(l.get("col.file")), Col.text(l.get("col.status")), Col.integer(l.get("col.rows.read")),
				Col.integer(l.get("col.rows.accepted")), Col.integer(l.get("col.rows.rejected")),
				Col.integer(l.get("col.rows.total")), Col.integer(l.get("col.rows.blank")), Col.text(l.get("col.balances")),
				Col.text(l.get("col.sheets.read")), Col.text(l.get("col.sheets.skipped")), Col.text(l.get("col.message"))));
		for (QualityData.FileRow f : q.files()) {
			files.row(f.fileId(), dataset(l, f.dataset()), f.name(), l.get("status." + f.status()), f.rowsRead(), f.accepted(),
					f.rejected(), f.totals(), f.blank(), f.balances() ? l.get("yes") : l.get("no"), oneLine(l, f.sheetsRead()),
					oneLine(l, f.sheetsSkipped()), l.text(f.message()));
		}
		files.end();
		s.gap();
		s.note(l.get("quality.reasons.title"));
		ReportTable reasons = s.table("Rejects_by_reason", List.of(Col.text(l.get("col.reason")),
				Col.text(l.get("col.reason.meaning")), Col.integer(l.get("col.rows")), Col.text(l.get("col.example"))));
		for (QualityData.ReasonRow r : q.reasons()) {
			reasons.row(r.reason(), l.has("reason." + r.reason()) ? l.get("reason." + r.reason()) : r.reason(), r.count(),
					l.text(r.example()));
		}
		reasons.end();
		s.gap();
		s.note(l.get("quality.warnings.title"));
		ReportTable warnings = s.table("Warnings", List.of(Col.text(l.get("col.file")), Col.text(l.get("col.sheet")),
				Col.integer(l.get("col.row")), Col.text(l.get("col.column")), Col.text(l.get("col.code")),
				Col.text(l.get("col.message"))));
		for (QualityData.WarningRow w : q.warnings()) {
			warnings.row(w.file(), w.sheet(), w.row() > 0 ? w.row() : null, w.column(), w.code(), l.text(w.message()));
		}
		warnings.end();
		if (!q.blanks().isEmpty()) {
			s.gap();
			s.note(l.get("quality.blanks.title"));
			ReportTable blanks = s.table("Blank_indicators", List.of(Col.text(l.get("col.scope")),
					Col.text(l.get("col.key")), Col.text(l.get("col.name")), Col.text(l.get("col.indicator")),
					Col.text(l.get("col.reason"))));
			for (QualityData.BlankIndicator b : q.blanks()) {
				blanks.row(b.scope(), b.key(), b.label(), b.indicator(),
						l.has("flag." + b.reason()) ? l.get("flag." + b.reason()) : b.reason());
			}
			blanks.end();
		}
		// the file number (and the first column of the later tables) on every printed page of columns
		s.keyColumns(1);
		s.finish();
	}

	/** A dataset's name in the workbook's language. */
	static String dataset(Labels l, String code) {
		return l.has("dataset." + code) ? l.get("dataset." + code) : code;
	}

	private static String oneLine(Labels l, List<Message> lines) {
		return lines.isEmpty() ? null : String.join("; ", lines.stream().map(l::text).toList());
	}
}
