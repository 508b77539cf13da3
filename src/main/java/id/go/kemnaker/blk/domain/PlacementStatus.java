package id.go.kemnaker.blk.domain;

public enum PlacementStatus {

	EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, UNKNOWN;

	public boolean isPlaced() {
		return this == EMPLOYED || this == SELF_EMPLOYED;
	}

	public boolean isKnown() {
		return this != UNKNOWN;
	}
}
