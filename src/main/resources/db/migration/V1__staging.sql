-- The pipeline's own tables (HSQLDB and PostgreSQL), beside Spring Batch's BATCH_ tables.
-- Every table is keyed by run_id, the Spring Batch job instance id of the run that wrote the row: the
-- staged rows of a run are kept while the run may be restarted, on any machine that shares the database;
-- a new run deletes the staged rows of the runs before it, and keeps their inputs, ledger, rejects and
-- warnings for the run history.

-- tables of the versions before Flyway, when staging held one run and was re-created on a version change
DROP TABLE IF EXISTS stg_labour_force;
DROP TABLE IF EXISTS stg_blk;
DROP TABLE IF EXISTS stg_participant;
DROP TABLE IF EXISTS stg_training_summary;
DROP TABLE IF EXISTS stg_demand;
DROP TABLE IF EXISTS stg_total;
DROP TABLE IF EXISTS stg_reject;
DROP TABLE IF EXISTS stg_warning;
DROP TABLE IF EXISTS blk_file_ledger;
DROP TABLE IF EXISTS blk_input;
DROP TABLE IF EXISTS blk_run;
DROP TABLE IF EXISTS ind_value;
DROP TABLE IF EXISTS ind_run;
DROP TABLE IF EXISTS blk_sheet;
DROP TABLE IF EXISTS stg_program;
DROP TABLE IF EXISTS stg_dup_candidate;
DROP TABLE IF EXISTS stg_spill;
DROP TABLE IF EXISTS blk_schema;

-- a run (job instance) and what it was started on; staged = its staged rows are still there
CREATE TABLE blk_run (
  run_id BIGINT PRIMARY KEY,
  job_name VARCHAR(50) NOT NULL,
  input_dir VARCHAR(2000) NOT NULL,
  output_dir VARCHAR(2000) NOT NULL,
  input_fingerprint VARCHAR(64) NOT NULL,
  requested_period VARCHAR(10) NOT NULL,
  staged BOOLEAN NOT NULL
);

-- the input files of a run; home_affairs: the file has shown Home Affairs province numbering (a 93)
CREATE TABLE blk_input (
  run_id BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  dataset VARCHAR(20) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  path VARCHAR(4000) NOT NULL,
  size_bytes BIGINT NOT NULL,
  modified VARCHAR(40),
  sha256 VARCHAR(64),
  skip_reason VARCHAR(400),
  home_affairs BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, file_id)
);

-- per file: what the reader saw; the accepted, rejected and total rows are counted from the tables
CREATE TABLE blk_file_ledger (
  run_id BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL,
  failure VARCHAR(40),
  message VARCHAR(4000),
  sheets_read VARCHAR(4000),
  sheets_skipped VARCHAR(8000),
  rows_read BIGINT NOT NULL,
  rows_blank BIGINT NOT NULL,
  rows_accepted BIGINT,
  rows_rejected BIGINT,
  rows_total BIGINT,
  home_affairs BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, file_id)
);

-- seq orders rows as read: file << 40 | sheet << 24 | row (see Location.sequence)

-- a row of a long table is one record; a row of a wide BPS table one record per period (same seq)
CREATE TABLE stg_labour_force (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  province_code CHAR(2) NOT NULL,
  period CHAR(7) NOT NULL,
  wap BIGINT, lf BIGINT, employed BIGINT, unemployed BIGINT,
  tpt DOUBLE PRECISION, tpak DOUBLE PRECISION,
  youth_lf BIGINT, youth_unemployed BIGINT,
  bare_code BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, seq, period)
);

CREATE TABLE stg_blk (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  blk_code VARCHAR(100) NOT NULL,
  name VARCHAR(500) NOT NULL,
  province_code CHAR(2) NOT NULL,
  regency VARCHAR(500),
  blk_type VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
  capacity BIGINT,
  planned_year INTEGER,
  bare_code BOOLEAN NOT NULL,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL,
  PRIMARY KEY (run_id, seq)
);

-- one row per accepted trainee; the participant id only as its salted one-way key, no birth date
CREATE TABLE stg_participant (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  participant_key VARCHAR(64) NOT NULL,
  blk_code VARCHAR(100) NOT NULL,
  program VARCHAR(500) NOT NULL,
  gender CHAR(1),
  education VARCHAR(200),
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  graduated BOOLEAN NOT NULL,
  certified BOOLEAN NOT NULL,
  placement VARCHAR(13) NOT NULL,
  placement_date DATE,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL,
  PRIMARY KEY (run_id, seq)
);

-- key hashes that occur more than once in a staging table (tbl) of a run: the duplicate candidates
CREATE TABLE stg_dup_key (
  run_id BIGINT NOT NULL,
  tbl VARCHAR(40) NOT NULL,
  dup_hash BIGINT NOT NULL,
  PRIMARY KEY (run_id, tbl, dup_hash)
);

-- the rows of those hashes, with their full key and what the messages need, in hash order
CREATE TABLE stg_dup_row (
  run_id BIGINT NOT NULL,
  tbl VARCHAR(40) NOT NULL,
  dup_hash BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  dup_key VARCHAR(2000) NOT NULL,
  val_hash BIGINT NOT NULL,
  file_name VARCHAR(2000) NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  key_text VARCHAR(2000) NOT NULL,
  PRIMARY KEY (run_id, tbl, dup_hash, seq)
);

-- programme names as first written in file order (rows carry the case-folded name)
CREATE TABLE stg_program (
  run_id BIGINT NOT NULL,
  program VARCHAR(500) NOT NULL,
  label VARCHAR(500) NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (run_id, program)
);

CREATE TABLE stg_training_summary (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  blk_code VARCHAR(100) NOT NULL,
  program VARCHAR(500) NOT NULL,
  period CHAR(7) NOT NULL,
  participants BIGINT NOT NULL, graduates BIGINT NOT NULL, certified BIGINT NOT NULL,
  employed BIGINT NOT NULL, self_employed BIGINT NOT NULL, unemployed BIGINT NOT NULL, unknown BIGINT NOT NULL,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL,
  PRIMARY KEY (run_id, seq)
);

CREATE TABLE stg_demand (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  province_code CHAR(2) NOT NULL,
  period CHAR(7) NOT NULL,
  whole_year BOOLEAN NOT NULL,
  source VARCHAR(10) NOT NULL,
  workers BIGINT NOT NULL,
  program VARCHAR(500),
  project VARCHAR(500),
  bare_code BOOLEAN NOT NULL,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL,
  PRIMARY KEY (run_id, seq)
);

-- a total row; a wide table's INDONESIA row gives one line per period (same seq)
CREATE TABLE stg_total (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  period CHAR(7),
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  label VARCHAR(200),
  wap BIGINT, lf BIGINT, employed BIGINT, unemployed BIGINT,
  tpt DOUBLE PRECISION, tpak DOUBLE PRECISION,
  youth_lf BIGINT, youth_unemployed BIGINT
);

CREATE TABLE stg_reject (
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  dataset VARCHAR(20) NOT NULL,
  column_name VARCHAR(400),
  cell_value VARCHAR(1000),
  reason VARCHAR(40) NOT NULL,
  message VARCHAR(2000),
  province_code CHAR(2),
  PRIMARY KEY (run_id, seq)
);

CREATE TABLE stg_warning (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  run_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  column_name VARCHAR(400),
  code VARCHAR(40) NOT NULL,
  message VARCHAR(2000),
  province_code CHAR(2)
);

-- the indicators of a run's report period: one row per value; value NULL is a blank, with its flag
CREATE TABLE ind_run (
  run_id BIGINT PRIMARY KEY,
  report_period CHAR(7) NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL
);

CREATE TABLE ind_value (
  run_id BIGINT NOT NULL,
  ord INTEGER NOT NULL,
  scope VARCHAR(20) NOT NULL,
  scope_key VARCHAR(600) NOT NULL,
  indicator VARCHAR(40) NOT NULL,
  gender CHAR(1) NOT NULL,
  val DOUBLE PRECISION,
  flag VARCHAR(40),
  PRIMARY KEY (run_id, ord)
);

CREATE INDEX ix_stg_blk_code ON stg_blk (run_id, blk_code);
CREATE INDEX ix_stg_total_run ON stg_total (run_id, seq);
CREATE INDEX ix_stg_reject_province ON stg_reject (run_id, province_code);
CREATE INDEX ix_stg_warning_run ON stg_warning (run_id, seq);
