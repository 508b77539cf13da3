package id.go.kemnaker.blk.domain;

/**
 * Labour figures of one province (or the national total, code {@code 00}) in one Sakernas round.
 * Any field may be missing (null): BPS publishes rates for every province but counts only for some.
 */
public record LabourForceRecord(String provinceCode, Period period, Long workingAgePopulation, Long labourForce,
		Long employed, Long unemployed, Double publishedTpt, Double publishedTpak, Long youthLabourForce,
		Long youthUnemployed) {

	public static final String NATIONAL_CODE = "00";

	public boolean isNational() {
		return NATIONAL_CODE.equals(provinceCode);
	}
}
