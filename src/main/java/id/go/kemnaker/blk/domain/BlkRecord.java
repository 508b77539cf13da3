package id.go.kemnaker.blk.domain;

/** A BLK in the inventory: existing, planned, under construction or closed. */
public record BlkRecord(String code, String name, String provinceCode, String regency, BlkType type, BlkStatus status,
		Long annualCapacity, Integer plannedYear) {
}
