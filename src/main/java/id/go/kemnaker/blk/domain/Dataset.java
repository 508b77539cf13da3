package id.go.kemnaker.blk.domain;

/** The four datasets, each in its own sub-folder of the input folder. */
public enum Dataset {

	LABOUR_FORCE("labour-force"), BLK("blk"), TRAINING("training"), DEMAND("demand");

	private final String folder;

	Dataset(String folder) {
		this.folder = folder;
	}

	public String folder() {
		return folder;
	}
}
