package id.go.kemnaker.blk.report;

import java.util.List;

import id.go.kemnaker.blk.domain.Message;

/**
 * What the data-quality sheet shows: the per-file ledger, rejected rows grouped by reason, warnings, and
 * indicators left blank with their reason.
 */
public record QualityData(List<FileRow> files, List<ReasonRow> reasons, List<WarningRow> warnings,
		List<BlankIndicator> blanks) {

	public QualityData {
		files = List.copyOf(files);
		reasons = List.copyOf(reasons);
		warnings = List.copyOf(warnings);
		blanks = List.copyOf(blanks);
	}

	/**
	 * One file's ledger: rows read = accepted + rejected + totals + blank. Its message (null when none)
	 * and sheet lines are rendered in the workbook's language.
	 */
	public record FileRow(int fileId, String dataset, String name, long size, String modified, String sha256,
			String status, String failure, Message message, List<Message> sheetsRead, List<Message> sheetsSkipped,
			long rowsRead, long accepted, long rejected, long totals, long blank) {

		public FileRow {
			sheetsRead = List.copyOf(sheetsRead);
			sheetsSkipped = List.copyOf(sheetsSkipped);
		}

		public boolean balances() {
			return rowsRead == accepted + rejected + totals + blank;
		}
	}

	/** Rejected rows of one reason: how many, and the first one as an example (where it is and why). */
	public record ReasonRow(String reason, long count, Message example) {
	}

	/** A warning: where, its code, and its message in the workbook's language. */
	public record WarningRow(String file, String sheet, int row, String column, String code, Message message,
			String provinceCode) {

		/** A warning whose text is not yet a bundle message: shown as it is, in every language. */
		public WarningRow(String file, String sheet, int row, String column, String code, String message,
				String provinceCode) {
			this(file, sheet, row, column, code, Message.literal(message), provinceCode);
		}
	}

	/** A rejected row as written to the rejects file (personal data already masked). */
	public record RejectRow(String dataset, String file, String sheet, int row, String column, String value,
			String reason, Message message, String provinceCode) {
	}

	/** An indicator left blank, where and why ({@code NO_CAPACITY}, {@code NO_DENOMINATOR}...). */
	public record BlankIndicator(String scope, String key, String label, String indicator, String reason) {
	}

	public long rowsRead() {
		return files.stream().mapToLong(FileRow::rowsRead).sum();
	}

	public long accepted() {
		return files.stream().mapToLong(FileRow::accepted).sum();
	}

	public long rejected() {
		return files.stream().mapToLong(FileRow::rejected).sum();
	}

	public long filesFailed() {
		return files.stream().filter(f -> "FAILED".equals(f.status())).count();
	}

	public long filesRead() {
		return files.stream().filter(f -> "READ".equals(f.status())).count();
	}
}
