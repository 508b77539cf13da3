package id.go.kemnaker.blk.ingest;

/** The checks of one layout: a row becomes a record, a total, or a {@link Problem}. */
interface RowChecker {

	Checked check(Fields fields) throws Problem;

	/**
	 * A row that passed: a domain record (a list of them for a row of a wide table, one per period), or a
	 * total row (label set, record null unless the total carries figures). {@code provinceCode} attributes
	 * the row to a province for the province reports.
	 */
	record Checked(Object record, String provinceCode, boolean bareProvinceCode, String totalLabel) {

		static Checked accepted(Object record, String provinceCode, boolean bare) {
			return new Checked(record, provinceCode, bare, null);
		}

		static Checked total(String label, Object figures) {
			return new Checked(figures, null, false, label);
		}

		boolean isTotal() {
			return totalLabel != null;
		}
	}

	static RowChecker of(Layout layout, FileState file) {
		return switch (layout) {
			case LABOUR_FORCE_LONG -> new LabourForceChecker();
			case LABOUR_FORCE_WIDE -> throw new IllegalArgumentException("a wide table is checked by WideChecker");
			case BLK -> new BlkChecker();
			case PARTICIPANT -> new ParticipantChecker(file.context().participantKeySalt());
			case TRAINING_SUMMARY -> new TrainingSummaryChecker();
			case DEMAND -> new DemandChecker();
		};
	}
}
