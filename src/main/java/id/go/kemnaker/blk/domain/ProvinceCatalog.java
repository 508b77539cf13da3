package id.go.kemnaker.blk.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 38 provinces with both code systems and the spellings seen in real spreadsheets, loaded from
 * {@code reference/provinces.csv} on the class path (BPS province list and Kepmendagri 300.2.2-2138/2025).
 */
public final class ProvinceCatalog {

	/** Labels of a national or grand-total row: such a row is not a province. */
	private static final Set<String> TOTAL_LABELS = Set.of("indonesia", "nasional", "national", "total", "jumlah",
			"grand total", "total nasional", "jumlah total", "total keseluruhan", "jumlah seluruhnya", "total indonesia");

	private final List<Province> provinces;
	private final Map<String, Province> byCode = new HashMap<>();
	private final Map<String, Province> byKemendagri = new HashMap<>();
	private final Map<String, Province> byName = new HashMap<>();

	private ProvinceCatalog(List<Province> provinces) {
		this.provinces = List.copyOf(provinces);
		for (Province p : provinces) {
			byCode.put(p.code(), p);
			byKemendagri.put(p.kemendagriCode(), p);
			Set<String> names = new LinkedHashSet<>();
			names.add(p.name());
			names.add(p.officialName());
			if (!p.abbreviation().isEmpty()) {
				names.add(p.abbreviation());
			}
			names.addAll(p.variants());
			for (String n : names) {
				byName.put(normalize(n), p);
				byName.put(normalize(n).replace(" ", ""), p);
			}
		}
	}

	public static ProvinceCatalog load() {
		try (InputStream in = ProvinceCatalog.class.getResourceAsStream("/reference/provinces.csv")) {
			if (in == null) {
				throw new IllegalStateException("reference/provinces.csv is missing from the class path");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ProvinceCatalog parse(BufferedReader reader) throws IOException {
		List<Province> list = new ArrayList<>();
		String header = reader.readLine();
		if (header == null || !header.startsWith("bps_code,kemendagri_code")) {
			throw new IllegalStateException("unexpected header in reference/provinces.csv: " + header);
		}
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split(",", -1);
			if (f.length != 6) {
				throw new IllegalStateException("bad line in reference/provinces.csv: " + line);
			}
			list.add(new Province(f[0], f[1], f[2], f[3], f[4],
					f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split("\\|"))));
		}
		list.sort((a, b) -> a.code().compareTo(b.code()));
		return new ProvinceCatalog(list);
	}

	public List<Province> all() {
		return Collections.unmodifiableList(provinces);
	}

	public Province get(String bpsCode) {
		Province p = byCode.get(bpsCode);
		if (p == null) {
			throw new IllegalArgumentException("no province with BPS code " + bpsCode);
		}
		return p;
	}

	public Optional<Province> byBpsCode(String code) {
		return Optional.ofNullable(byCode.get(twoDigits(code)));
	}

	public Optional<Province> byKemendagriCode(String code) {
		return Optional.ofNullable(byKemendagri.get(twoDigits(code)));
	}

	/** Case, accent and punctuation insensitive; a leading {@code Prov.} or {@code Provinsi} is ignored. */
	public Optional<Province> byName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String n = normalize(name);
		Province p = byName.get(n);
		if (p == null) {
			p = byName.get(n.replace(" ", ""));
		}
		return Optional.ofNullable(p);
	}

	/** Whether a province cell names the national total ({@code INDONESIA}) or a grand total. */
	public static boolean isTotalLabel(String text) {
		if (text == null || text.length() > 24) {
			return false;
		}
		String t = text.strip();
		if (t.isEmpty() || "ijntgIJNTG".indexOf(t.charAt(0)) < 0) {
			return false; // every total label starts with one of these letters: skip the normalising
		}
		return TOTAL_LABELS.contains(normalize(t));
	}

	/** A code cell as two digits: {@code 65}, {@code 65.0} and {@code "065"} all become {@code 65}. */
	public static String twoDigits(String code) {
		if (code == null) {
			return null;
		}
		String c = code.strip();
		if (c.endsWith(".0")) {
			c = c.substring(0, c.length() - 2);
		}
		if (!c.chars().allMatch(Character::isDigit) || c.isEmpty()) {
			return c;
		}
		int v = Integer.parseInt(c.length() > 4 ? c.substring(0, 4) : c);
		return v < 10 ? "0" + v : Integer.toString(v);
	}

	static String normalize(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String n = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
		if (n.startsWith("provinsi ")) {
			n = n.substring("provinsi ".length());
		}
		else if (n.startsWith("prov ")) {
			n = n.substring("prov ".length());
		}
		return n;
	}
}
