package id.go.kemnaker.blk.domain;

/** Who runs a BLK: the ministry (UPTP), a province or district (UPTD), or a community (BLK Komunitas). */
public enum BlkType {
	UPTP, UPTD, KOMUNITAS
}
