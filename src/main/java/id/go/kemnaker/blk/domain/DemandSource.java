package id.go.kemnaker.blk.domain;

/** Where a labour-demand figure comes from: open vacancies or a national strategic project (PSN). */
public enum DemandSource {
	VACANCY, PSN
}
