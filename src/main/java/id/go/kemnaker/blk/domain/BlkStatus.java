package id.go.kemnaker.blk.domain;

public enum BlkStatus {

	OPERATING, PLANNED, CONSTRUCTION, CLOSED;

	/** Planned or under construction: counts towards {@code BLK_PLANNED}. */
	public boolean isPlanned() {
		return this == PLANNED || this == CONSTRUCTION;
	}
}
