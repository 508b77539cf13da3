package id.go.kemnaker.blk.domain;

/**
 * A BLK in the inventory: existing, planned, under construction or closed. {@code note} is the free text of
 * the inventory's note column (why a site was chosen, for example), null when absent.
 */
public record BlkRecord(String code, String name, String provinceCode, String regency, BlkType type, BlkStatus status,
		Long annualCapacity, Integer plannedYear, String note) {
}
