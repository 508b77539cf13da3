-- per file and province: the accepted rows, counted once from the staging tables when the ledger closes,
-- so that the province workbooks' ledgers do not count the million staged rows again; province_code is
-- NULL for rows whose province is not known (a participant of a BLK missing from the inventory)
CREATE TABLE blk_file_count (
  run_id BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  province_code CHAR(2),
  accepted BIGINT NOT NULL
);

CREATE INDEX ix_blk_file_count_run ON blk_file_count (run_id, file_id);
