package id.go.kemnaker.blk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.support.Fixtures;

/**
 * A seeded mutation run over the shipped sample files: a few hundred mutated copies (flipped bytes,
 * truncations, shuffled and duplicated rows, random cell values, damaged sheet XML), each read with a
 * time limit. No uncaught exception, no hang, no ledger imbalance. Seed and count are printed; change
 * them with {@code -Dblk.mutation.seed=...} and {@code -Dblk.mutation.count=...}.
 */
class MutationTest {

	static final long SEED = Long.getLong("blk.mutation.seed", 20_261_129L);
	static final int COUNT = Integer.getInteger("blk.mutation.count", 300);

	enum Kind {
		FLIP_BYTES, TRUNCATE, SHUFFLE_ROWS, DUPLICATE_ROWS, RANDOM_CELLS, DAMAGE_SHEET_XML
	}

	private static final String[] JUNK = { "", "-", "#REF!", "#DIV/0!", "=1+1", "+62812", "@SUM(A1)", "-5", "1e309",
			"NaN", "31/02/2025", "9999-99-99", "Ya ya", "\u0000", "\"", "'", ";", ",", "\t", "\r\n", "é€™", "🙂",
			"123456789012345678901234567890", "3201234567890001", "<b>x</b>", "&amp;", "x".repeat(600), "Kalimantan Tenggara",
			"93", "00", "INDONESIA", "Jumlah", "1.234.567,89", "4,91", "-0", "0", "Tidak", "L", "P", "UNKNOWN" };

	@TempDir
	Path dir;

	@Test
	void readingMutatedCopiesOfTheSampleFilesNeverThrowsHangsOrLosesARow() throws Exception {
		Map<Path, Dataset> sources = new LinkedHashMap<>();
		for (Dataset d : Dataset.values()) {
			try (var files = Files.list(Path.of("input", d.folder()))) {
				files.filter(f -> SpreadsheetFiles.claimedKind(f.getFileName().toString()) != null)
					.sorted()
					.forEach(f -> sources.put(f, d));
			}
		}
		IngestContext context = new IngestContext(ProvinceCatalog.load(), blkProvinces(sources), "auto", "salt");
		Random random = new Random(SEED);
		List<Path> names = new ArrayList<>(sources.keySet());
		Map<String, Integer> byKind = new TreeMap<>();
		Map<String, Integer> byStatus = new TreeMap<>();
		List<String> uncaught = new ArrayList<>();
		List<String> imbalanced = new ArrayList<>();
		long slowest = 0;
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			for (int i = 0; i < COUNT; i++) {
				Path source = names.get(random.nextInt(names.size()));
				Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
				byte[] bytes = mutate(Files.readAllBytes(source), source.toString().endsWith(".csv"), kind, random);
				Path copy = dir.resolve(i + "-" + kind + "-" + source.getFileName());
				Files.write(copy, bytes);
				SourceFile file = new SourceFile(i + 1, sources.get(source), copy, copy.getFileName().toString());
				long started = System.nanoTime();
				Future<FileLedger> result = pool.submit(() -> read(file, context));
				try {
					FileLedger l = result.get(30, TimeUnit.SECONDS);
					byStatus.merge(l.status().toString(), 1, Integer::sum);
					if (!l.balances()) {
						imbalanced.add(copy.getFileName() + ": " + l);
					}
				}
				catch (TimeoutException e) {
					result.cancel(true);
					uncaught.add(copy.getFileName() + ": no answer within 30 s");
				}
				catch (java.util.concurrent.ExecutionException e) {
					uncaught.add(copy.getFileName() + ": " + e.getCause());
				}
				slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
				byKind.merge(kind.toString(), 1, Integer::sum);
				Files.delete(copy);
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("mutation run: seed %d, %d mutated files, by kind %s, by outcome %s, uncaught exceptions %d,"
				+ " ledger imbalances %d, slowest %d ms%n", SEED, COUNT, byKind, byStatus, uncaught.size(), imbalanced.size(),
				slowest);
		assertThat(uncaught).as("uncaught exceptions or hangs").isEmpty();
		assertThat(imbalanced).as("ledgers that do not balance").isEmpty();
	}

	private static FileLedger read(SourceFile file, IngestContext context) {
		FileLedger ledger = null;
		try (FileIngestor ingestor = new FileIngestor(file, context)) {
			IngestEvent e;
			while ((e = ingestor.next()) != null) {
				if (e instanceof IngestEvent.FileEnd end) {
					ledger = end.ledger();
				}
			}
		}
		if (ledger == null) {
			throw new IllegalStateException("no FileEnd for " + file.name());
		}
		return ledger;
	}

	private static Map<String, String> blkProvinces(Map<Path, Dataset> sources) {
		Map<String, String> map = new HashMap<>();
		IngestContext context = new IngestContext(ProvinceCatalog.load(), Map.of(), "auto", "salt");
		int id = 1000;
		for (var e : sources.entrySet()) {
			if (e.getValue() == Dataset.BLK) {
				try (FileIngestor in = new FileIngestor(new SourceFile(id++, Dataset.BLK, e.getKey(), "blk"), context)) {
					IngestEvent ev;
					while ((ev = in.next()) != null) {
						if (ev instanceof IngestEvent.Accepted a && a.record() instanceof BlkRecord b) {
							map.put(b.code(), b.provinceCode());
						}
					}
				}
			}
		}
		return map;
	}

	static byte[] mutate(byte[] original, boolean csv, Kind kind, Random random) throws IOException {
		switch (kind) {
			case FLIP_BYTES -> {
				byte[] b = original.clone();
				int n = 1 + random.nextInt(20);
				for (int i = 0; i < n; i++) {
					b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
				}
				return b;
			}
			case TRUNCATE -> {
				return java.util.Arrays.copyOf(original, random.nextInt(original.length));
			}
			default -> {
				if (csv) {
					return mutateLines(new String(original, StandardCharsets.UTF_8), kind, random).getBytes(StandardCharsets.UTF_8);
				}
				return mutateSheetXml(original, kind, random);
			}
		}
	}

	private static String mutateLines(String text, Kind kind, Random random) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		if (lines.size() < 3) {
			return text;
		}
		List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
		switch (kind) {
			case SHUFFLE_ROWS -> Collections.shuffle(body, random);
			case DUPLICATE_ROWS -> {
				for (int i = 0; i < 1 + random.nextInt(10); i++) {
					body.add(random.nextInt(body.size()), body.get(random.nextInt(body.size())));
				}
			}
			default -> {
				for (int i = 0; i < 1 + random.nextInt(30); i++) {
					int at = random.nextInt(body.size());
					String[] fields = body.get(at).split("[,;]", -1);
					fields[random.nextInt(fields.length)] = JUNK[random.nextInt(JUNK.length)];
					body.set(at, String.join(",", fields));
				}
			}
		}
		List<String> out = new ArrayList<>();
		out.add(lines.get(0));
		out.addAll(body);
		return String.join("\n", out);
	}

	/** Rewrites the zip with the sheet and shared-strings XML damaged: values replaced, rows moved, tags cut. */
	private static byte[] mutateSheetXml(byte[] xlsx, Kind kind, Random random) throws IOException {
		try {
			return Fixtures.rewriteParts(xlsx, (name, data) -> {
				if (!name.startsWith("xl/worksheets/") && !name.equals("xl/sharedStrings.xml")) {
					return data;
				}
				String xml = new String(data, StandardCharsets.UTF_8);
				xml = switch (kind) {
					case RANDOM_CELLS -> xml.replaceAll("<v>[^<]{0,12}</v>", random.nextInt(3) == 0 ? "<v>"
							+ random.nextInt(100) + "</v>" : "<v>" + JUNK[random.nextInt(JUNK.length)].replaceAll("[<&]", "") + "</v>");
					case SHUFFLE_ROWS, DUPLICATE_ROWS -> xml.replaceFirst("<row r=\"(\\d+)\"", "<row r=\"" + random.nextInt(50) + "\"");
					default -> xml.substring(0, Math.max(0, xml.length() - random.nextInt(Math.max(1, xml.length() / 2))));
				};
				return xml.getBytes(StandardCharsets.UTF_8);
			});
		}
		catch (IOException | IllegalArgumentException broken) {
			return xlsx;
		}
	}
}
