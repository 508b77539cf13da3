package id.go.kemnaker.blk.ingest;

import java.util.Map;

import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * What checks need beyond the row itself: the province catalogue, the BLK inventory already read
 * (code to BPS province code; training rows must name a BLK in it), the CSV character set setting, and
 * the salt of the one-way participant key.
 */
public record IngestContext(ProvinceCatalog provinces, Map<String, String> blkProvinces, String csvCharset,
		String participantKeySalt) {

	public IngestContext {
		blkProvinces = Map.copyOf(blkProvinces);
	}
}
