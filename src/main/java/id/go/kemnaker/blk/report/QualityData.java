package id.go.kemnaker.blk.report;

import java.util.List;

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

	/** One file's ledger: rows read = accepted + rejected + totals + blank. */
	public record FileRow(int fileId, String dataset, String name, long size, String modified, String sha256,
			String status, String failure, String message, String sheetsRead, String sheetsSkipped, long rowsRead,
			long accepted, long rejected, long totals, long blank) {

		public boolean balances() {
			return rowsRead == accepted + rejected + totals + blank;
		}
	}

	/** Rejected rows of one reason: how many, and the first one as an example. */
	public record ReasonRow(String reason, long count, String example) {
	}

	public record WarningRow(String file, String sheet, int row, String column, String code, String message,
			String provinceCode) {
	}

	/** A rejected row as written to the rejects file (personal data already masked). */
	public record RejectRow(String dataset, String file, String sheet, int row, String column, String value,
			String reason, String message, String provinceCode) {
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
