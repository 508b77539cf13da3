package id.go.kemnaker.blk.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.Gender;
import id.go.kemnaker.blk.indicator.IndicatorInputs.DaysCell;
import id.go.kemnaker.blk.indicator.IndicatorInputs.OutcomeCell;

/**
 * Training outcomes per BLK, programme, province, province and programme, and national, each in total
 * and by gender. Every level is summed from counts (never averaged from rates); the median days to
 * placement comes from the merged distribution of days.
 */
final class TrainingOutcomes {

	/** Rates over fewer graduates than this are flagged {@link Flag#SMALL_N}: one person moves them 5 points. */
	static final int SMALL_N = 20;

	/** Gender codes by index: the total, then {@link Gender}'s codes in its order. */
	private static final String[] GENDERS = { IndicatorValue.TOTAL, Gender.MALE.code(), Gender.FEMALE.code() };

	/**
	 * The groups by key, one map per scope but the province-programme one, each key's groups by gender
	 * index (total, L, P): a cell's ten groups are found by its codes as they are, without a key object.
	 */
	private final Map<String, Acc[]> national = new HashMap<>();
	private final Map<String, Acc[]> byBlk = new HashMap<>();
	private final Map<String, Acc[]> byProgram = new HashMap<>();
	private final Map<String, Acc[]> byProvince = new HashMap<>();
	/** Province, then programme. */
	private final Map<String, Map<String, Acc[]>> byProvinceProgram = new HashMap<>();
	private final List<Acc> accs = new ArrayList<>();
	private final Map<String, String> blkProvince;

	TrainingOutcomes(Map<String, String> blkProvince) {
		this.blkProvince = blkProvince;
	}

	/** Counts of one group, and its distribution of days to placement. */
	private static final class Acc {

		final Scope scope;
		final String key;
		final String gender;
		long participants;
		long graduates;
		long certified;
		long traced;
		long employed;
		long selfEmployed;
		long female;
		long knownGender;
		final DayCounts days = new DayCounts();

		final String order;

		Acc(Scope scope, String key, String gender) {
			this.scope = scope;
			this.key = key;
			this.gender = gender;
			this.order = scope + "|" + key + "|" + gender;
		}
	}

	void add(OutcomeCell c) {
		for (Acc a : targets(c.blkCode(), c.program(), c.gender())) {
			a.participants += c.participants();
			a.graduates += c.graduates();
			a.certified += c.certified();
			a.traced += c.traced();
			a.employed += c.employed();
			a.selfEmployed += c.selfEmployed();
			if (c.gender() != null) {
				a.knownGender += c.participants();
				if (c.gender().equals("P")) {
					a.female += c.participants();
				}
			}
		}
	}

	void add(DaysCell d) {
		for (Acc a : targets(d.blkCode(), d.program(), d.gender())) {
			a.days.add(d.days(), d.count());
		}
	}

	// the cells of one BLK, programme and gender come together (a days cell per day): the last groups are kept
	private String lastBlk;
	private String lastProgram;
	private String lastGender;
	private List<Acc> lastTargets;

	/** The groups a cell counts towards: every level, in total and for its gender. */
	private List<Acc> targets(String blk, String program, String gender) {
		if (lastTargets != null && java.util.Objects.equals(blk, lastBlk) && java.util.Objects.equals(program, lastProgram)
				&& java.util.Objects.equals(gender, lastGender)) {
			return lastTargets;
		}
		lastBlk = blk;
		lastProgram = program;
		lastGender = gender;
		lastTargets = groups(blk, program, gender);
		return lastTargets;
	}

	private List<Acc> groups(String blk, String program, String gender) {
		String province = blkProvince.get(blk);
		List<Acc> out = new ArrayList<>(10);
		for (int g : gender == null ? new int[] { 0 } : new int[] { 0, Gender.ofCode(gender).ordinal() + 1 }) {
			out.add(acc(national, Scope.NATIONAL, "ID", g));
			out.add(acc(byBlk, Scope.BLK, blk, g));
			out.add(acc(byProgram, Scope.PROGRAM, program, g));
			if (province != null) {
				out.add(acc(byProvince, Scope.PROVINCE, province, g));
				out.add(provinceProgram(province, program, g));
			}
		}
		return out;
	}

	private Acc acc(Map<String, Acc[]> groups, Scope scope, String key, int gender) {
		return in(groups.computeIfAbsent(key, k -> new Acc[GENDERS.length]), scope, key, gender);
	}

	/** A province-programme group: its key {@code province|programme} is made once per group, not per cell. */
	private Acc provinceProgram(String province, String program, int gender) {
		Acc[] byGender = byProvinceProgram.computeIfAbsent(province, k -> new HashMap<>())
			.computeIfAbsent(program, k -> new Acc[GENDERS.length]);
		return byGender[gender] != null ? byGender[gender]
				: in(byGender, Scope.PROVINCE_PROGRAM, province + "|" + program, gender);
	}

	/** The group of a gender index (total, then {@link Gender}'s order) among a key's groups; made when new. */
	private Acc in(Acc[] byGender, Scope scope, String key, int gender) {
		if (byGender[gender] == null) {
			byGender[gender] = new Acc(scope, key, GENDERS[gender]);
			accs.add(byGender[gender]);
		}
		return byGender[gender];
	}

	/** The values of every group, in the order of scope, key and gender. */
	List<IndicatorValue> values() {
		List<IndicatorValue> out = new ArrayList<>();
		List<Acc> ordered = new ArrayList<>(accs);
		ordered.sort(java.util.Comparator.comparing(a -> a.order));
		for (Acc a : ordered) {
			put(out, a, Indicator.PARTICIPANTS, (double) a.participants, null);
			put(out, a, Indicator.GRADUATES, (double) a.graduates, null);
			put(out, a, Indicator.CERTIFIED, (double) a.certified, null);
			put(out, a, Indicator.TRACED, (double) a.traced, null);
			put(out, a, Indicator.PLACED, (double) (a.employed + a.selfEmployed), null);
			put(out, a, Indicator.SELF_EMPLOYED, (double) a.selfEmployed, null);
			rate(out, a, Indicator.COMPLETION_RATE, a.graduates, a.participants);
			boolean small = a.graduates < SMALL_N;
			rate(out, a, Indicator.CERTIFICATION_RATE, a.certified, a.graduates, small);
			rate(out, a, Indicator.TRACED_RATE, a.traced, a.graduates, small);
			rate(out, a, Indicator.PLACEMENT_RATE, a.employed + a.selfEmployed, a.graduates, small);
			rate(out, a, Indicator.PLACEMENT_RATE_TRACED, a.employed + a.selfEmployed, a.traced, small);
			rate(out, a, Indicator.SELF_EMPLOYED_SHARE, a.selfEmployed, a.employed + a.selfEmployed, small);
			Double median = a.days.median();
			put(out, a, Indicator.DAYS_TO_PLACEMENT, median, median == null ? Flag.NO_PLACEMENT_DATES : null);
			if (a.gender.equals(IndicatorValue.TOTAL)) {
				rate(out, a, Indicator.FEMALE_SHARE, a.female, a.knownGender);
			}
		}
		return out;
	}

	private static void rate(List<IndicatorValue> out, Acc a, Indicator indicator, long num, long den) {
		rate(out, a, indicator, num, den, false);
	}

	/** A rate; one among fewer than {@link #SMALL_N} graduates keeps its value and is flagged. */
	private static void rate(List<IndicatorValue> out, Acc a, Indicator indicator, long num, long den, boolean small) {
		Double v = Rounding.percent(num, den);
		put(out, a, indicator, v, v == null ? Flag.NO_DENOMINATOR : small ? Flag.SMALL_N : null);
	}

	private static void put(List<IndicatorValue> out, Acc a, Indicator indicator, Double value, Flag flag) {
		out.add(new IndicatorValue(a.scope, a.key, indicator, a.gender, Rounding.unit(indicator.unit(), value), flag));
	}

	static String[] genders() {
		return GENDERS.clone();
	}
}
