package id.go.kemnaker.blk.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A column of a layout: its canonical name and the aliases offices use. */
record ColumnSpec(String name, List<String> aliases) {

	static ColumnSpec of(String name, String... aliases) {
		return new ColumnSpec(name, List.of(aliases));
	}

	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(normalize(name));
		for (String a : aliases) {
			keys.add(normalize(a));
		}
		return keys;
	}

	/**
	 * Header text as a match key: case-insensitive, ignoring spaces, underscores, dots, hyphens and text
	 * in parentheses, so {@code Angkatan Kerja (orang)} matches {@code angkatan_kerja}.
	 */
	static String normalize(String header) {
		if (header == null) {
			return "";
		}
		String s = header.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\[[^]]*]", "");
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				sb.append(c);
			}
		}
		return sb.toString();
	}
}
