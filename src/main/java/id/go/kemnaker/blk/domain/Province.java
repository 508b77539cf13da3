package id.go.kemnaker.blk.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One of the 38 provinces. The BPS code is canonical; the Home Affairs (Kemendagri) code differs for
 * the six Papua-region provinces.
 */
public record Province(String code, String kemendagriCode, String name, String officialName, String abbreviation,
		List<String> variants) {

	/** Provinces created in 2022 whose Sakernas figures start in 2024. */
	private static final List<String> CREATED_2022 = List.of("92", "95", "96", "97");

	/** Provinces whose territory changed in 2022, so earlier figures are not comparable. */
	private static final List<String> SPLIT_2022 = List.of("91", "94");

	private static final Period FIRST_ROUND_AFTER_SPLIT = Period.of(2024, 2);

	public Province {
		variants = List.copyOf(variants);
	}

	/** File-name slug of the BPS label: {@code KEP. BANGKA BELITUNG} becomes {@code kep-bangka-belitung}. */
	public String slug() {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/** Whether BPS publishes figures for this province in the given round. */
	public boolean reportedIn(Period period) {
		return !CREATED_2022.contains(code) || !period.isBefore(FIRST_ROUND_AFTER_SPLIT);
	}

	/** Whether figures of the two rounds describe the same territory (no 2022 split between them). */
	public boolean comparable(Period earlier, Period later) {
		if (!SPLIT_2022.contains(code) && !CREATED_2022.contains(code)) {
			return true;
		}
		return !earlier.isBefore(FIRST_ROUND_AFTER_SPLIT) || later.isBefore(FIRST_ROUND_AFTER_SPLIT);
	}

	/** A code in the Papua region, where BPS and Home Affairs numbering disagree. */
	public static boolean isPapuaRegionCode(String code) {
		return code != null && code.length() == 2 && code.charAt(0) == '9';
	}

	/**
	 * The BPS label in title case, as BPS tables print it: {@code Kalimantan Utara}, {@code DKI Jakarta},
	 * {@code Kep. Bangka Belitung}.
	 */
	public String displayName() {
		StringBuilder sb = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			if (word.equals("DKI") || word.equals("DI")) {
				sb.append(word);
			}
			else {
				sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return sb.toString();
	}
}
