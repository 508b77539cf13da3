package id.go.kemnaker.blk.domain;

/**
 * Workers asked for in a province: by open vacancies or by a national strategic project. The period is
 * a month, or a whole year when {@code wholeYear} is set (then {@code period} is January of that year).
 */
public record DemandRecord(String provinceCode, Period period, boolean wholeYear, DemandSource source,
		long workersNeeded, String program, String project) {

	public String periodText() {
		return wholeYear ? Integer.toString(period.year()) : period.toString();
	}
}
