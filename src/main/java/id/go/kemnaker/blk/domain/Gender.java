package id.go.kemnaker.blk.domain;

/** Gender as recorded by BLK: {@code L} (laki-laki) or {@code P} (perempuan). */
public enum Gender {

	MALE("L"), FEMALE("P");

	private final String code;

	Gender(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Gender ofCode(String code) {
		return switch (code) {
			case "L" -> MALE;
			case "P" -> FEMALE;
			default -> throw new IllegalArgumentException("gender code " + code);
		};
	}
}
