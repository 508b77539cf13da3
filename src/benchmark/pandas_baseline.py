#!/usr/bin/env python3
"""What an analyst would write instead of blk-pipeline: a pandas + openpyxl script that does the same
reading, grouping and writing, for docs/performance.md's comparison (quality.md: the job at least 10x
faster). Not part of the build or the tests; needs Python 3 with pandas and openpyxl (Debian:
apt-get install python3-pandas python3-openpyxl).

    python3 src/benchmark/pandas_baseline.py output/benchmark/xlsx-1000000-20251101/input /tmp/pandas-out

It reads the participant file (.xlsx through openpyxl, or .csv), the BLK inventory and the labour-force
rounds of a generated input folder; joins participants to their BLK; counts participants, graduates,
certified and placed graduates per province, per province and programme and per BLK; takes the open
unemployment rate of each province's latest round; and writes a national workbook and 38 province
workbooks with openpyxl. It checks nothing, drops no duplicate, keeps no state: it is less than the job
does, so the ratio is a lower bound. It prints the seconds of each phase.
"""
import pathlib
import sys
import time

import pandas as pd


def read_table(folder):
    files = sorted(p for p in folder.iterdir() if p.suffix in (".xlsx", ".csv"))
    if not files:
        raise SystemExit(f"no .xlsx or .csv file in {folder}")
    f = files[0]
    if f.suffix == ".csv":
        return pd.read_csv(f, dtype=str, keep_default_na=False)
    return pd.read_excel(f, sheet_name=0, dtype=str, engine="openpyxl", keep_default_na=False)


def counts(frame, keys):
    g = frame.groupby(keys, sort=True)
    out = g.agg(participants=("participant_id", "size"), graduates=("graduated", "sum"),
                certified=("certified", "sum"), placed=("placed", "sum")).reset_index()
    # rates from the counts of the group, never a mean of rates
    out["graduation_rate"] = out["graduates"] / out["participants"]
    out["placement_rate"] = (out["placed"] / out["graduates"]).where(out["graduates"] > 0)
    return out


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    source, target = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    started = time.monotonic()

    participants = read_table(source / "training")
    blk = read_table(source / "blk")
    labour = read_table(source / "labour-force")
    read = time.monotonic()

    blk["province_code"] = blk["kode_blk"].str.slice(4, 6)
    p = participants.merge(blk[["kode_blk", "nama_blk", "province_code"]], left_on="blk_code",
                           right_on="kode_blk", how="inner")
    p["graduated"] = p["graduated"].str.upper().eq("Y")
    p["certified"] = p["certified"].str.upper().eq("Y") & p["graduated"]
    p["placed"] = p["placement_status"].str.lower().isin(["bekerja", "wirausaha"]) & p["graduated"]
    by_province = counts(p, ["province_code"])
    by_program = counts(p, ["province_code", "program"])
    by_blk = counts(p, ["province_code", "blk_code", "nama_blk"])
    for c in ("angkatan_kerja", "pengangguran"):
        labour[c] = pd.to_numeric(labour[c], errors="coerce")
    latest = labour.sort_values("periode").groupby("kode_provinsi").tail(1).copy()
    latest["tpt"] = latest["pengangguran"] / latest["angkatan_kerja"]
    summary = by_province.merge(latest[["kode_provinsi", "periode", "tpt"]], left_on="province_code",
                                right_on="kode_provinsi", how="left")
    grouped = time.monotonic()

    target.mkdir(parents=True, exist_ok=True)
    (target / "provinsi").mkdir(exist_ok=True)
    with pd.ExcelWriter(target / "nasional.xlsx", engine="openpyxl") as w:
        summary.to_excel(w, sheet_name="Provinsi", index=False)
        by_program.to_excel(w, sheet_name="Program", index=False)
        by_blk.to_excel(w, sheet_name="BLK", index=False)
        labour.to_excel(w, sheet_name="Angkatan kerja", index=False)
    for code in sorted(latest["kode_provinsi"]):
        with pd.ExcelWriter(target / "provinsi" / f"{code}.xlsx", engine="openpyxl") as w:
            summary[summary["province_code"] == code].to_excel(w, sheet_name="Ringkasan", index=False)
            by_program[by_program["province_code"] == code].to_excel(w, sheet_name="Program", index=False)
            by_blk[by_blk["province_code"] == code].to_excel(w, sheet_name="BLK", index=False)
            labour[labour["kode_provinsi"] == code].to_excel(w, sheet_name="Angkatan kerja", index=False)
    written = time.monotonic()

    print(f"pandas {pd.__version__}: {len(participants):,} participant rows; read {read - started:.1f} s, "
          f"group {grouped - read:.1f} s, write {written - grouped:.1f} s "
          f"({1 + len(latest)} workbooks), total {written - started:.1f} s")


if __name__ == "__main__":
    main(sys.argv)
