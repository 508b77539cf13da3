-- Staging and results tables of blk-pipeline (HSQLDB and PostgreSQL).
-- They hold one run's data: the first step of a new run empties them; a restarted run keeps them.
CREATE TABLE IF NOT EXISTS blk_schema (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS blk_run (
  id INTEGER PRIMARY KEY,
  job_instance_id BIGINT NOT NULL,
  job_name VARCHAR(50) NOT NULL,
  input_dir VARCHAR(2000) NOT NULL,
  output_dir VARCHAR(2000) NOT NULL,
  input_fingerprint VARCHAR(64) NOT NULL,
  requested_period VARCHAR(10) NOT NULL
);

CREATE TABLE IF NOT EXISTS blk_input (
  file_id INTEGER PRIMARY KEY,
  dataset VARCHAR(20) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  path VARCHAR(4000) NOT NULL,
  size_bytes BIGINT NOT NULL,
  modified VARCHAR(40),
  sha256 VARCHAR(64),
  skip_reason VARCHAR(400)
);

CREATE TABLE IF NOT EXISTS blk_file_ledger (
  file_id INTEGER PRIMARY KEY,
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
  home_affairs BOOLEAN NOT NULL
);

-- a row of a long table is one record; a row of a wide BPS table one record per period (same seq)
CREATE TABLE IF NOT EXISTS stg_labour_force (
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
  PRIMARY KEY (seq, period)
);

CREATE TABLE IF NOT EXISTS stg_blk (
  seq BIGINT PRIMARY KEY,
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
  val_hash BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS stg_participant (
  seq BIGINT PRIMARY KEY,
  file_id INTEGER NOT NULL,
  sheet_index SMALLINT NOT NULL,
  row_no INTEGER NOT NULL,
  participant_key CHAR(24) NOT NULL,
  blk_code VARCHAR(100) NOT NULL,
  program VARCHAR(500) NOT NULL,
  gender CHAR(1),
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  graduated BOOLEAN NOT NULL,
  certified BOOLEAN NOT NULL,
  placement VARCHAR(16) NOT NULL,
  days_to_placement INTEGER,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL
);

-- sheet names of the participant rows (which carry only the sheet's index)
CREATE TABLE IF NOT EXISTS blk_sheet (
  file_id INTEGER NOT NULL,
  sheet_index SMALLINT NOT NULL,
  name VARCHAR(200),
  PRIMARY KEY (file_id, sheet_index)
);

-- programme names as first written (rows carry the case-folded name)
CREATE TABLE IF NOT EXISTS stg_program (
  program VARCHAR(500) PRIMARY KEY,
  label VARCHAR(500) NOT NULL,
  seq BIGINT NOT NULL
);

-- rows that may repeat an earlier row's key, with the sequence of that earlier row
CREATE TABLE IF NOT EXISTS stg_dup_candidate (
  tbl VARCHAR(40) NOT NULL,
  seq BIGINT NOT NULL,
  first_seq BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS stg_training_summary (
  seq BIGINT PRIMARY KEY,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  blk_code VARCHAR(100) NOT NULL,
  program VARCHAR(500) NOT NULL,
  period CHAR(7) NOT NULL,
  participants BIGINT NOT NULL, graduates BIGINT NOT NULL, certified BIGINT NOT NULL,
  employed BIGINT NOT NULL, self_employed BIGINT NOT NULL, unemployed BIGINT NOT NULL, unknown BIGINT NOT NULL,
  dup_hash BIGINT NOT NULL,
  val_hash BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS stg_demand (
  seq BIGINT PRIMARY KEY,
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
  val_hash BIGINT NOT NULL
);

-- a total row; a wide table's INDONESIA row gives one line per period (same seq)
CREATE TABLE IF NOT EXISTS stg_total (
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  label VARCHAR(200),
  period CHAR(7),
  wap BIGINT, lf BIGINT, employed BIGINT, unemployed BIGINT,
  tpt DOUBLE PRECISION, tpak DOUBLE PRECISION,
  youth_lf BIGINT, youth_unemployed BIGINT
);

CREATE TABLE IF NOT EXISTS stg_reject (
  seq BIGINT PRIMARY KEY,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  dataset VARCHAR(20) NOT NULL,
  column_name VARCHAR(400),
  cell_value VARCHAR(1000),
  reason VARCHAR(40) NOT NULL,
  message VARCHAR(2000),
  province_code CHAR(2)
);

CREATE TABLE IF NOT EXISTS stg_warning (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  seq BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  sheet VARCHAR(200),
  row_no INTEGER NOT NULL,
  column_name VARCHAR(400),
  code VARCHAR(40) NOT NULL,
  message VARCHAR(2000),
  province_code CHAR(2)
);

-- computed indicators: one row per scope, key and gender; vals = INDICATOR=value[:FLAG] separated by ';'
CREATE TABLE IF NOT EXISTS ind_value (
  ord INTEGER NOT NULL,
  scope VARCHAR(20) NOT NULL,
  scope_key VARCHAR(600) NOT NULL,
  gender CHAR(1) NOT NULL,
  vals VARCHAR(8000) NOT NULL
);

CREATE TABLE IF NOT EXISTS ind_run (
  id INTEGER PRIMARY KEY,
  report_period CHAR(7) NOT NULL,
  window_start DATE NOT NULL,
  window_end DATE NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_stg_reject_file ON stg_reject (file_id);
CREATE INDEX IF NOT EXISTS ix_ind_value_scope ON ind_value (scope);
