#!/usr/bin/env python3
"""Rebuild the shipped sample data set of blk-pipeline under input/.

Run from the project root:   /usr/bin/python3 input/make_sample_data.py
(needs openpyxl; the interpreter at /usr/bin/python3 has it).

Deterministic: one random.Random(20251101) drives every synthetic choice, and the
.xlsx files are written with fixed timestamps, so a re-run gives identical bytes.
Reads no files: the REAL figures below were copied from public sources (see
input/README.md); everything else is SYNTHETIC and labelled as such.
"""
import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font

RNG = random.Random(20251101)
HERE = os.path.dirname(os.path.abspath(__file__))          # .../input
FIXED_TS = dt.datetime(2025, 11, 1, 0, 0, 0)
AS_OF = dt.date(2025, 10, 31)                               # data cut-off of the sample

# --------------------------------------------------------------------------------------
# REAL reference figures
# --------------------------------------------------------------------------------------
# Provinces: BPS code, Kemendagri code, BPS label, Kemendagri name, spellings seen in files.
# Source: BPS WebAPI province list (var 543); Kepmendagri 300.2.2-2138/2025 (cahyadsn/wilayah).
PROVINCES = [
    ('11', '11', 'ACEH', 'Aceh', ['ACEH', 'Nanggroe Aceh Darussalam', 'NAD']),
    ('12', '12', 'SUMATERA UTARA', 'Sumatera Utara', ['SUMATERA UTARA', 'Sumatra Utara', 'sumut']),
    ('13', '13', 'SUMATERA BARAT', 'Sumatera Barat', ['SUMATERA BARAT', 'Sumatra Barat', 'sumbar']),
    ('14', '14', 'RIAU', 'Riau', ['RIAU']),
    ('15', '15', 'JAMBI', 'Jambi', ['JAMBI']),
    ('16', '16', 'SUMATERA SELATAN', 'Sumatera Selatan', ['SUMATERA SELATAN', 'Sumatra Selatan', 'sumsel']),
    ('17', '17', 'BENGKULU', 'Bengkulu', ['BENGKULU']),
    ('18', '18', 'LAMPUNG', 'Lampung', ['LAMPUNG']),
    ('19', '19', 'KEP. BANGKA BELITUNG', 'Kepulauan Bangka Belitung',
     ['KEP. BANGKA BELITUNG', 'Kepulauan Bangka Belitung', 'Bangka Belitung', 'babel', 'Kep. Babel']),
    ('21', '21', 'KEP. RIAU', 'Kepulauan Riau', ['KEP. RIAU', 'Kepulauan Riau', 'kepri']),
    ('31', '31', 'DKI JAKARTA', 'Daerah Khusus Ibukota Jakarta',
     ['DKI JAKARTA', 'Daerah Khusus Ibukota Jakarta', 'Jakarta', 'DKJ']),
    ('32', '32', 'JAWA BARAT', 'Jawa Barat', ['JAWA BARAT', 'Jabar']),
    ('33', '33', 'JAWA TENGAH', 'Jawa Tengah', ['JAWA TENGAH', 'Jateng']),
    ('34', '34', 'DI YOGYAKARTA', 'Daerah Istimewa Yogyakarta',
     ['DI YOGYAKARTA', 'Daerah Istimewa Yogyakarta', 'Yogyakarta', 'DIY']),
    ('35', '35', 'JAWA TIMUR', 'Jawa Timur', ['JAWA TIMUR', 'Jatim']),
    ('36', '36', 'BANTEN', 'Banten', ['BANTEN']),
    ('51', '51', 'BALI', 'Bali', ['BALI']),
    ('52', '52', 'NUSA TENGGARA BARAT', 'Nusa Tenggara Barat', ['NUSA TENGGARA BARAT', 'NTB']),
    ('53', '53', 'NUSA TENGGARA TIMUR', 'Nusa Tenggara Timur', ['NUSA TENGGARA TIMUR', 'NTT']),
    ('61', '61', 'KALIMANTAN BARAT', 'Kalimantan Barat', ['KALIMANTAN BARAT', 'Kalbar']),
    ('62', '62', 'KALIMANTAN TENGAH', 'Kalimantan Tengah', ['KALIMANTAN TENGAH', 'Kalteng']),
    ('63', '63', 'KALIMANTAN SELATAN', 'Kalimantan Selatan', ['KALIMANTAN SELATAN', 'Kalsel']),
    ('64', '64', 'KALIMANTAN TIMUR', 'Kalimantan Timur', ['KALIMANTAN TIMUR', 'Kaltim']),
    ('65', '65', 'KALIMANTAN UTARA', 'Kalimantan Utara', ['KALIMANTAN UTARA', 'Kaltara']),
    ('71', '71', 'SULAWESI UTARA', 'Sulawesi Utara', ['SULAWESI UTARA', 'Sulut']),
    ('72', '72', 'SULAWESI TENGAH', 'Sulawesi Tengah', ['SULAWESI TENGAH', 'Sulteng']),
    ('73', '73', 'SULAWESI SELATAN', 'Sulawesi Selatan', ['SULAWESI SELATAN', 'Sulsel']),
    ('74', '74', 'SULAWESI TENGGARA', 'Sulawesi Tenggara', ['SULAWESI TENGGARA', 'Sultra']),
    ('75', '75', 'GORONTALO', 'Gorontalo', ['GORONTALO']),
    ('76', '76', 'SULAWESI BARAT', 'Sulawesi Barat', ['SULAWESI BARAT', 'Sulbar']),
    ('81', '81', 'MALUKU', 'Maluku', ['MALUKU']),
    ('82', '82', 'MALUKU UTARA', 'Maluku Utara', ['MALUKU UTARA', 'Malut']),
    ('91', '92', 'PAPUA BARAT', 'Papua Barat', ['PAPUA BARAT', 'papuabarat']),
    ('92', '96', 'PAPUA BARAT DAYA', 'Papua Barat Daya', ['PAPUA BARAT DAYA']),
    ('94', '91', 'PAPUA', 'Papua', ['PAPUA']),
    ('95', '93', 'PAPUA SELATAN', 'Papua Selatan', ['PAPUA SELATAN']),
    ('96', '94', 'PAPUA TENGAH', 'Papua Tengah', ['PAPUA TENGAH']),
    ('97', '95', 'PAPUA PEGUNUNGAN', 'Papua Pegunungan', ['PAPUA PEGUNUNGAN']),
]
PROV = {p[0]: p for p in PROVINCES}
CODES = [p[0] for p in PROVINCES]
NEW_PAPUA = ('92', '95', '96', '97')            # created 2022: no figures before 2024

# Sakernas August TPT and TPAK (%), BPS WebAPI (vars 543 and 2396), as kept in
# LaboNapitupulu/NusaIntel test fixtures.  (tpt23, tpt24, tpt25, tpak23, tpak24, tpak25)
RATES = {
    '11': (6.03, 5.75, 5.64, 64.77, 65.11, 65.32),
    '12': (5.89, 5.6, 5.32, 71.06, 71.36, 72.29),
    '13': (5.94, 5.75, 5.62, 69.61, 70.28, 71.34),
    '14': (4.23, 3.7, 4.16, 64.45, 66.33, 66.55),
    '15': (4.53, 4.48, 4.26, 68.75, 68.87, 68.37),
    '16': (4.11, 3.86, 3.69, 70.72, 70.82, 69.88),
    '17': (3.42, 3.11, 3.41, 70.91, 71.71, 71.78),
    '18': (4.23, 4.19, 4.21, 70.04, 70.41, 70.44),
    '19': (4.56, 4.63, 4.45, 68.34, 68.87, 69.38),
    '21': (6.8, 6.39, 6.45, 68.68, 69.17, 68.23),
    '31': (6.53, 6.21, 6.05, 65.21, 65.1, 64.75),
    '32': (7.44, 6.75, 6.77, 66.49, 67.71, 66.99),
    '33': (5.13, 4.78, 4.66, 71.72, 73.74, 74.36),
    '34': (3.69, 3.48, 3.46, 74.08, 74.78, 74.74),
    '35': (4.88, 4.19, 3.88, 72.56, 73.45, 73.98),
    '36': (7.52, 6.68, 6.69, 64.44, 66.17, 64.66),
    '51': (2.69, 1.79, 1.49, 77.08, 77.11, 77.31),
    '52': (2.8, 2.73, 3.06, 73.31, 77.23, 76.11),
    '53': (3.14, 3.02, 3.31, 75.72, 77.5, 75.55),
    '61': (5.05, 4.86, 4.82, 69.42, 70.44, 70.9),
    '62': (4.1, 4.01, 3.97, 67.18, 68.71, 68.4),
    '63': (4.31, 4.2, 4.16, 69.76, 70.22, 69.93),
    '64': (5.31, 5.14, 5.18, 65.57, 67.07, 66.58),
    '65': (4.01, 3.9, 3.85, 70.35, 70.35, 69.55),
    '71': (6.1, 5.85, 5.99, 64.09, 66.07, 67.21),
    '72': (2.95, 2.94, 2.92, 69.85, 71.1, 72.4),
    '73': (4.33, 4.19, 4.21, 65.66, 67.38, 67.65),
    '74': (3.15, 3.09, 3.31, 70.07, 72.81, 71.67),
    '75': (3.06, 3.13, 3.42, 70.79, 69.95, 69.29),
    '76': (2.27, 2.68, 2.86, 71.05, 71.4, 74.25),
    '81': (6.31, 6.11, 6.27, 63.6, 66.52, 66.66),
    '82': (4.31, 4.03, 4.55, 67.77, 69.13, 69.57),
    '91': (5.38, 4.13, 4.55, 67.24, 71.25, 69.55),
    '92': (None, 6.48, 6.85, None, 67.81, 68.1),
    '94': (2.67, 6.48, 6.96, 77.2, 68.4, 63.98),
    '95': (None, 4.05, 4.04, None, 71.67, 67.37),
    '96': (None, 2.75, 3.62, None, 73.13, 73.89),
    '97': (None, 1.32, 1.68, None, 88.22, 90.66),
    '00': (5.32, 4.91, 4.85, 69.48, 70.63, 70.59),  # INDONESIA
}
ROUNDS = ['2023-08', '2024-08', '2025-08']
ROUND_LABEL = {'2023-08': 'Agustus 2023', '2024-08': 'Agustus 2024', '2025-08': 'Agustus 2025'}

# REAL head-counts (persons): (working-age pop, labour force, employed, unemployed).
# Kalimantan Utara: BPS Kaltara releases (Aug 2023/2024: benuanta.co.id 2024-11-17;
# Feb 2025: kaltara.tribunnews.com 2025-05-10; Aug 2025: prokal.co 2025-11-09, teraskaltara.id).
# Kalimantan Timur: BPS Kaltim releases (kaltim.antaranews.com, kipkaltim.id, prokal.co).
# Values marked DERIVED in the reference data are simple arithmetic on two reported figures.
REAL_COUNTS = {
    ('65', '2023-08'): (551272, 387823, 372270, 387823 - 372270),  # wap, LF, emp DERIVED (Aug-24 minus stated change); unemployed = LF - employed
    ('65', '2024-08'): (559623, 393704, 378361, 15343),            # LF DERIVED = employed + unemployed
    ('65', '2025-02'): (564734, 390745, 375513, 15232),
    ('65', '2025-08'): (569126, 395803, 380572, 15231),
    ('64', '2023-08'): (2975137, 1950860, 1847295, 103590),        # as published; note 1,847,295 + 103,590 = 1,950,885 (25 more than LF)
    ('64', '2024-08'): (3106306, 2083469, 1976447, 2083469 - 1976447),  # unemployed DERIVED = LF - employed
    ('64', '2025-08'): (3120112, 2077413, 1969739, 2077413 - 1969739),  # wap DERIVED (Aug-24 + stated 13,806); unemployed DERIVED
}
assert REAL_COUNTS[('65', '2025-08')] == (569126, 395803, 380572, 15231)

# National working-age population (persons), BPS national releases (millions, 2 decimals).
NATIONAL_WAP = {'2023-08': 212_590_000, '2024-08': 215_370_000, '2025-08': 218_170_000}

# Ministry's own training units (HRMLavotas/simpel unit list): 21 UPTP (6 BBPVP + 15 BPVP)
# and 21 Satpel service units; the 3 workshops are left out.  (name, kind, location, BPS code)
CENTRAL_UNITS = [
    ('BBPVP Medan', 'BBPVP', 'Medan', '12'),
    ('BBPVP Serang', 'BBPVP', 'Serang', '36'),
    ('BBPVP Bekasi', 'BBPVP', 'Bekasi', '32'),
    ('BBPVP Bandung', 'BBPVP', 'Bandung', '32'),
    ('BBPVP Semarang', 'BBPVP', 'Semarang', '33'),
    ('BBPVP Makassar', 'BBPVP', 'Makassar', '73'),
    ('BPVP Banda Aceh', 'BPVP', 'Banda Aceh', '11'),
    ('BPVP Padang', 'BPVP', 'Padang', '13'),
    ('BPVP Surakarta', 'BPVP', 'Surakarta', '33'),
    ('BPVP Samarinda', 'BPVP', 'Samarinda', '64'),
    ('BPVP Kendari', 'BPVP', 'Kendari', '74'),
    ('BPVP Ternate', 'BPVP', 'Ternate', '82'),
    ('BPVP Ambon', 'BPVP', 'Ambon', '81'),
    ('BPVP Sorong', 'BPVP', 'Sorong', '92'),
    ('BPVP Bandung Barat', 'BPVP', 'Bandung Barat (Lembang)', '32'),
    ('BPVP Lombok Timur', 'BPVP', 'Lombok Timur', '52'),
    ('BPVP Bantaeng', 'BPVP', 'Bantaeng', '73'),
    ('BPVP Sidoarjo', 'BPVP', 'Sidoarjo', '35'),
    ('BPVP Banyuwangi', 'BPVP', 'Banyuwangi', '35'),
    ('BPVP Pangkep', 'BPVP', 'Pangkajene dan Kepulauan', '73'),
    ('BPVP Belitung', 'BPVP', 'Belitung', '19'),
    ('Satuan Pelayanan Sawahlunto', 'Satpel', 'Sawahlunto', '13'),
    ('Satuan Pelayanan Sofifi', 'Satpel', 'Sofifi', '82'),
    ('Satuan Pelayanan Pekanbaru', 'Satpel', 'Pekanbaru', '14'),
    ('Satuan Pelayanan Lubuklinggau', 'Satpel', 'Lubuklinggau', '16'),
    ('Satuan Pelayanan Lampung', 'Satpel', '', '18'),          # source gives only the province
    ('Satuan Pelayanan Bengkulu', 'Satpel', 'Bengkulu', '17'),
    ('Satuan Pelayanan Mamuju', 'Satpel', 'Mamuju', '76'),
    ('Satuan Pelayanan Majene', 'Satpel', 'Majene', '76'),
    ('Satuan Pelayanan Palu', 'Satpel', 'Palu', '72'),
    ('Satuan Pelayanan Bantul', 'Satpel', 'Bantul', '34'),
    ('Satuan Pelayanan Kupang', 'Satpel', 'Kupang', '53'),
    ('Satuan Pelayanan Jambi', 'Satpel', 'Jambi', '15'),
    ('Satuan Pelayanan Jayapura', 'Satpel', 'Jayapura', '94'),
    ('Satuan Pelayanan Kotawaringin Timur', 'Satpel', 'Kotawaringin Timur', '62'),
    ('Satuan Pelayanan Bali', 'Satpel', '', '51'),              # source gives only the province
    ('Satuan Pelayanan Morowali', 'Satpel', 'Morowali', '72'),
    ('Satuan Pelayanan Morowali Utara', 'Satpel', 'Morowali Utara', '72'),
    ('Satuan Pelayanan Minahasa Utara', 'Satpel', 'Minahasa Utara', '71'),
    ('Satuan Pelayanan Halmahera Selatan', 'Satpel', 'Halmahera Selatan', '82'),
    ('Satuan Pelayanan Tanah Bumbu', 'Satpel', 'Tanah Bumbu', '63'),
    ('Satuan Pelayanan Bulungan', 'Satpel', 'Bulungan', '65'),
]
assert len(CENTRAL_UNITS) == 42
UPTP_TOTAL_CAPACITY = 70_000          # "about 70,000 trainees a year" (Jan 2026); 16 per class
CLASS_SIZE = 16

# --------------------------------------------------------------------------------------
# Assumptions for the SYNTHETIC parts
# --------------------------------------------------------------------------------------
# Rough population weights (thousands, approx. BPS projections around 2024).  Working-age
# population is taken proportional to these and scaled to the national total per round.
POP_WEIGHT = {
    '11': 5555, '12': 15589, '13': 5837, '14': 6728, '15': 3724, '16': 8838, '17': 2112,
    '18': 9419, '19': 1531, '21': 2183, '31': 10684, '32': 50345, '33': 37892, '34': 3759,
    '35': 41644, '36': 12431, '51': 4433, '52': 5646, '53': 5656, '61': 5696, '62': 2809,
    '63': 4274, '64': 4045, '65': 741, '71': 2699, '72': 3122, '73': 9463, '74': 2794,
    '75': 1212, '76': 1496, '81': 1945, '82': 1369, '91': 572, '92': 632, '94': 1072,
    '95': 550, '96': 1477, '97': 1462,
}

# Real regency / city names (kabupaten plain, kota prefixed "Kota").
REGENCIES = {
    '11': ['Kota Banda Aceh', 'Aceh Besar', 'Kota Lhokseumawe', 'Aceh Utara', 'Pidie', 'Bireuen', 'Aceh Tengah', 'Kota Langsa'],
    '12': ['Kota Medan', 'Deli Serdang', 'Langkat', 'Simalungun', 'Kota Pematangsiantar', 'Asahan', 'Labuhanbatu', 'Karo', 'Kota Binjai', 'Toba'],
    '13': ['Kota Padang', 'Kota Bukittinggi', 'Agam', 'Padang Pariaman', 'Pesisir Selatan', 'Kota Payakumbuh', 'Tanah Datar'],
    '14': ['Kota Pekanbaru', 'Kampar', 'Bengkalis', 'Kota Dumai', 'Indragiri Hilir', 'Siak', 'Rokan Hulu'],
    '15': ['Kota Jambi', 'Muaro Jambi', 'Batanghari', 'Bungo', 'Merangin', 'Tanjung Jabung Barat'],
    '16': ['Kota Palembang', 'Ogan Komering Ilir', 'Muara Enim', 'Banyuasin', 'Kota Prabumulih', 'Lahat', 'Musi Banyuasin'],
    '17': ['Kota Bengkulu', 'Rejang Lebong', 'Bengkulu Utara', 'Seluma'],
    '18': ['Kota Bandar Lampung', 'Lampung Selatan', 'Lampung Tengah', 'Kota Metro', 'Pringsewu', 'Tanggamus', 'Lampung Timur'],
    '19': ['Kota Pangkalpinang', 'Bangka', 'Belitung', 'Bangka Barat'],
    '21': ['Kota Batam', 'Kota Tanjungpinang', 'Karimun', 'Bintan', 'Lingga'],
    '31': ['Jakarta Timur', 'Jakarta Barat', 'Jakarta Selatan', 'Jakarta Utara', 'Jakarta Pusat'],
    '32': ['Kota Bandung', 'Bandung', 'Bekasi', 'Kota Bekasi', 'Karawang', 'Bogor', 'Kota Bogor', 'Cirebon', 'Garut',
           'Tasikmalaya', 'Sukabumi', 'Cianjur', 'Purwakarta', 'Subang', 'Indramayu', 'Kota Depok', 'Kuningan', 'Majalengka'],
    '33': ['Kota Semarang', 'Kendal', 'Demak', 'Kudus', 'Jepara', 'Pati', 'Semarang', 'Boyolali', 'Klaten', 'Sragen',
           'Banyumas', 'Cilacap', 'Purbalingga', 'Kebumen', 'Tegal', 'Brebes', 'Pekalongan', 'Magelang', 'Wonogiri'],
    '34': ['Kota Yogyakarta', 'Sleman', 'Bantul', 'Kulon Progo', 'Gunungkidul'],
    '35': ['Kota Surabaya', 'Sidoarjo', 'Gresik', 'Malang', 'Kota Malang', 'Pasuruan', 'Mojokerto', 'Jombang', 'Kediri',
           'Tulungagung', 'Blitar', 'Jember', 'Banyuwangi', 'Lamongan', 'Tuban', 'Bojonegoro', 'Madiun', 'Ponorogo',
           'Pamekasan', 'Sumenep'],
    '36': ['Kota Serang', 'Serang', 'Kota Tangerang', 'Tangerang', 'Kota Cilegon', 'Pandeglang', 'Lebak', 'Kota Tangerang Selatan'],
    '51': ['Kota Denpasar', 'Badung', 'Gianyar', 'Tabanan', 'Buleleng', 'Karangasem'],
    '52': ['Kota Mataram', 'Lombok Barat', 'Lombok Tengah', 'Lombok Timur', 'Sumbawa', 'Bima', 'Dompu'],
    '53': ['Kota Kupang', 'Kupang', 'Timor Tengah Selatan', 'Belu', 'Sikka', 'Manggarai', 'Ende', 'Sumba Timur'],
    '61': ['Kota Pontianak', 'Kubu Raya', 'Mempawah', 'Kota Singkawang', 'Sambas', 'Sanggau', 'Ketapang', 'Sintang'],
    '62': ['Kota Palangka Raya', 'Kotawaringin Timur', 'Kotawaringin Barat', 'Kapuas', 'Barito Selatan'],
    '63': ['Kota Banjarmasin', 'Kota Banjarbaru', 'Banjar', 'Tanah Laut', 'Kotabaru', 'Tabalong', 'Hulu Sungai Selatan'],
    '64': ['Kota Samarinda', 'Kota Balikpapan', 'Kota Bontang', 'Kutai Kartanegara', 'Kutai Timur', 'Berau', 'Paser',
           'Penajam Paser Utara', 'Kutai Barat'],
    '65': ['Bulungan', 'Kota Tarakan', 'Nunukan', 'Malinau', 'Tana Tidung'],
    '71': ['Kota Manado', 'Kota Bitung', 'Minahasa', 'Minahasa Utara', 'Kota Tomohon', 'Bolaang Mongondow'],
    '72': ['Kota Palu', 'Donggala', 'Sigi', 'Poso', 'Morowali', 'Banggai', 'Parigi Moutong'],
    '73': ['Kota Makassar', 'Gowa', 'Maros', 'Bone', 'Kota Parepare', 'Bulukumba', 'Pinrang', 'Sidenreng Rappang',
           'Luwu Timur', 'Wajo'],
    '74': ['Kota Kendari', 'Konawe', 'Kolaka', 'Kota Baubau', 'Muna', 'Konawe Selatan'],
    '75': ['Kota Gorontalo', 'Gorontalo', 'Bone Bolango', 'Pohuwato', 'Boalemo'],
    '76': ['Mamuju', 'Majene', 'Polewali Mandar', 'Pasangkayu'],
    '81': ['Kota Ambon', 'Maluku Tengah', 'Seram Bagian Barat', 'Kota Tual', 'Buru'],
    '82': ['Kota Ternate', 'Halmahera Utara', 'Halmahera Selatan', 'Kota Tidore Kepulauan', 'Halmahera Tengah'],
    '91': ['Manokwari', 'Teluk Bintuni', 'Fakfak', 'Kaimana'],
    '92': ['Kota Sorong', 'Sorong', 'Raja Ampat', 'Sorong Selatan'],
    '94': ['Kota Jayapura', 'Jayapura', 'Biak Numfor', 'Keerom', 'Sarmi'],
    '95': ['Merauke', 'Boven Digoel', 'Mappi', 'Asmat'],
    '96': ['Mimika', 'Nabire', 'Paniai', 'Dogiyai'],
    '97': ['Jayawijaya', 'Lanny Jaya', 'Yahukimo', 'Tolikara'],
}

# Number of UPTD + BLK Komunitas units per province (existing: operating or closed).
BLK_PER_PROVINCE = {
    '11': 8, '12': 14, '13': 8, '14': 8, '15': 5, '16': 9, '17': 4, '18': 10, '19': 4, '21': 5,
    '31': 9, '32': 33, '33': 32, '34': 8, '35': 34, '36': 12, '51': 6, '52': 8, '53': 6,
    '61': 6, '62': 4, '63': 6, '64': 7, '65': 4, '71': 5, '72': 5, '73': 10, '74': 5, '75': 3,
    '76': 3, '81': 3, '82': 3, '91': 2, '92': 2, '94': 3, '95': 2, '96': 2, '97': 0,
}

PROGRAMS = ['Pengelasan', 'Listrik', 'Teknologi Informasi', 'Garmen', 'Otomotif', 'Perhotelan',
            'Tata Boga', 'Refrigerasi', 'Bahasa Jepang', 'Operator Alat Berat', 'Tata Rias']
KOMUNITAS_PROGRAMS = ['Teknologi Informasi', 'Garmen', 'Tata Boga', 'Otomotif', 'Listrik', 'Pengelasan', 'Tata Rias']
FEMALE_SHARE = {'Pengelasan': 0.05, 'Listrik': 0.10, 'Teknologi Informasi': 0.40, 'Garmen': 0.80,
                'Otomotif': 0.05, 'Perhotelan': 0.50, 'Tata Boga': 0.75, 'Refrigerasi': 0.05,
                'Bahasa Jepang': 0.40, 'Operator Alat Berat': 0.04, 'Tata Rias': 0.92}
EDUCATION = [('SD', 5), ('SMP', 15), ('SMA', 30), ('SMK', 35), ('D3', 5), ('S1', 10)]

ISLAMIC_INST = ['Ponpes Darul Ulum', 'Ponpes Nurul Huda', 'Ponpes Al-Hikmah', 'Ponpes Miftahul Huda',
                'Ponpes Darussalam', 'Ponpes Al-Ikhlas', 'Ponpes Nurul Iman', 'Ponpes Baitul Hikmah',
                'Ponpes Al-Falah', 'Ponpes Roudlotul Ulum', 'Ponpes Hidayatullah', 'Ponpes Al-Amin',
                'Ponpes Daarul Quran', 'Ponpes Al-Muhajirin', 'Ponpes Miftahul Jannah', 'Ponpes Nurul Falah',
                'Yayasan Bina Karya', 'Serikat Pekerja Mandiri', 'Koperasi Karya Bersama']
OTHER_INST = ['Yayasan Bina Karya', 'Yayasan Harapan Bangsa', 'Yayasan Kasih Sesama', 'Yayasan Tunas Mandiri',
              'Yayasan Pelita Kasih', 'Yayasan Sinar Timur', 'Jemaat Bethel', 'Paroki Santo Yosef',
              'Koperasi Karya Bersama', 'Serikat Pekerja Mandiri']
NON_ISLAMIC_MAJORITY = {'51', '53', '71', '81', '91', '92', '94', '95', '96', '97'}

BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
         'Oktober', 'November', 'Desember']

BAD_ROWS = []      # (file, sheet, row/line, column, value, reason) collected for the summary


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def path(*parts):
    p = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def spell(code, rng=RNG):
    """A spelling of the province as offices write it: a listed variant, mixed case,
    sometimes with the prefix 'Prov. '."""
    variants = PROV[code][4] + [PROV[code][3]]
    name = rng.choice(variants)
    case = rng.random()
    if case < 0.35:
        name = name.title() if len(name) > 4 else name
    elif case < 0.45:
        name = name.lower()
    elif case < 0.60:
        name = name.upper()
    if rng.random() < 0.12:
        name = 'Prov. ' + name
    return name


def weighted(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


INLINE_CELL = re.compile(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is>(<t(?: [^>]*)?>.*?</t>)</is></c>', re.S)


def to_shared_strings(parts):
    """Excel itself stores text in xl/sharedStrings.xml; this openpyxl build writes inline strings.
    Convert so that the sample exercises the usual (shared strings) layout."""
    table, index = [], {}

    def repl(m):
        t = m.group(2)
        if t not in index:
            index[t] = len(table)
            table.append(t)
        return f'{m.group(1)} t="s"><v>{index[t]}</v></c>'
    count = 0
    for name in list(parts):
        if name.startswith('xl/worksheets/sheet'):
            text, n = INLINE_CELL.subn(repl, parts[name].decode('utf-8'))
            assert 'inlineStr' not in text
            parts[name] = text.encode('utf-8')
            count += n
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" '
           f'uniqueCount="{len(table)}">' + ''.join(f'<si>{t}</si>' for t in table) + '</sst>')
    parts['xl/sharedStrings.xml'] = sst.encode('utf-8')
    ct = parts['[Content_Types].xml'].decode('utf-8')
    parts['[Content_Types].xml'] = ct.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType='
                                              '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                              'sharedStrings+xml"/></Types>').encode('utf-8')
    rels = parts['xl/_rels/workbook.xml.rels'].decode('utf-8')
    parts['xl/_rels/workbook.xml.rels'] = rels.replace(
        '</Relationships>', '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdSst"/></Relationships>').encode('utf-8')


def save_xlsx(wb, file_path, shared_strings=True):
    wb.properties.creator = 'blk-pipeline make_sample_data.py'
    wb.properties.lastModifiedBy = 'blk-pipeline make_sample_data.py'
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if shared_strings:
        to_shared_strings(parts)
    # rewrite the zip with fixed entry timestamps so the bytes are reproducible
    with zipfile.ZipFile(file_path, 'w', zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)


def header_row(ws, row, headers):
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(bold=True)


def fmt_id_date(d):
    return f'{d.day} {BULAN[d.month - 1]} {d.year}'


# --------------------------------------------------------------------------------------
# 1. labour-force: published rates (REAL), semicolon CSV, decimal comma
# --------------------------------------------------------------------------------------
def make_rates_csv():
    fixed = {('2025-08', '65'): 'Kaltara', ('2025-08', '31'): 'DKI Jakarta', ('2025-08', '34'): 'DIY',
             ('2025-08', '19'): 'Kep. Babel', ('2025-08', '32'): 'Jabar', ('2025-08', '52'): 'NTB',
             ('2025-08', '64'): 'Prov. Kalimantan Timur', ('2024-08', '65'): 'KALTARA',
             ('2023-08', '65'): 'Kalimantan Utara', ('2024-08', '64'): 'kaltim'}
    fp = path('labour-force', 'sakernas-agustus-2023-2025-tpt-tpak.csv')

    def dec(v):
        return '-' if v is None else f'{v:.2f}'.replace('.', ',')
    n = 0
    with open(fp, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\r\n')
        w.writerow(['provinsi', 'periode', 'tpt', 'tpak'])
        for i, rnd in enumerate(ROUNDS):
            for code in CODES:
                name = fixed.get((rnd, code)) or spell(code)
                r = RATES[code]
                w.writerow([name, ROUND_LABEL[rnd], dec(r[i]), dec(r[3 + i])])
                n += 1
            r = RATES['00']
            w.writerow(['INDONESIA', ROUND_LABEL[rnd], dec(r[i]), dec(r[3 + i])])
            n += 1
    return fp, n


# --------------------------------------------------------------------------------------
# 2. labour-force: REAL counts for Kaltara and Kaltim
# --------------------------------------------------------------------------------------
def make_real_counts_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Angkatan Kerja'
    ws.cell(row=1, column=1, value='Angkatan kerja Kalimantan Utara dan Kalimantan Timur (orang), BPS').font = Font(bold=True)
    headers = ['province_code', 'province', 'period', 'working_age_population', 'labour_force', 'employed', 'unemployed']
    header_row(ws, 3, headers)
    order = [('65', '2023-08'), ('65', '2024-08'), ('65', '2025-02'), ('65', '2025-08'),
             ('64', '2023-08'), ('64', '2024-08'), ('64', '2025-08')]
    r = 4
    for code, per in order:
        wap, lf, emp, un = REAL_COUNTS[(code, per)]
        vals = [int(code), PROV[code][2] if code == '65' else PROV[code][3], per, wap, lf, emp, un]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j >= 4:
                c.number_format = '#,##0'
        r += 1
    ws.cell(row=r + 1, column=1, value='Sumber: BPS Provinsi Kalimantan Utara dan Kalimantan Timur, rilis Sakernas')
    for col, wdt in zip('ABCDEFG', (14, 20, 10, 24, 16, 14, 14)):
        ws.column_dimensions[col].width = wdt
    fp = path('labour-force', 'sakernas-kaltara-kaltim-2023-2025.xlsx')
    save_xlsx(wb, fp, shared_strings=False)   # this one keeps openpyxl's inline strings
    return fp, len(order)


# --------------------------------------------------------------------------------------
# 3. labour-force: SYNTHETIC counts consistent with the published rates
# --------------------------------------------------------------------------------------
def synthetic_counts():
    """{(code, round): (wap, lf, emp, un)} for every province except 64/65."""
    out = {}
    for i, rnd in enumerate(ROUNDS):
        weights = {c: POP_WEIGHT[c] for c in CODES if c not in ('64', '65')}
        if rnd == '2023-08':
            # before the 2022 split: old Papua = 94+95+96+97, old Papua Barat = 91+92
            weights['94'] += weights.pop('95') + weights.pop('96') + weights.pop('97')
            weights['91'] += weights.pop('92')
        rest = NATIONAL_WAP[rnd] - REAL_COUNTS[('64', rnd)][0] - REAL_COUNTS[('65', rnd)][0]
        total_w = sum(weights.values())
        for c, wgt in weights.items():
            tpt, tpak = RATES[c][i], RATES[c][3 + i]
            wap = round(rest * wgt / total_w)
            lf = round(wap * tpak / 100)
            un = round(lf * tpt / 100)
            emp = lf - un
            assert abs(100 * un / lf - tpt) <= 0.005, (c, rnd)
            assert abs(100 * lf / wap - tpak) <= 0.005, (c, rnd)
            out[(c, rnd)] = (wap, lf, emp, un)
    return out


def make_synthetic_counts_xlsx():
    counts = synthetic_counts()
    wb = Workbook()
    ws = wb.active
    ws.title = 'Data'
    headers = ['kode_provinsi', 'provinsi', 'periode', 'penduduk_usia_kerja', 'angkatan_kerja', 'bekerja',
               'pengangguran', 'angkatan_kerja_15_24', 'pengangguran_15_24']
    header_row(ws, 1, headers)
    row = 2
    totals = {}
    youth_rates = []
    for i, rnd in enumerate(ROUNDS):
        tot = [0] * 6
        for code in CODES:
            if rnd == '2023-08' and code in NEW_PAPUA:
                continue
            real = code in ('64', '65')
            wap, lf, emp, un = REAL_COUNTS[(code, rnd)] if real else counts[(code, rnd)]
            tpt = RATES[code][i]
            share = RNG.uniform(0.15, 0.20)                     # youth share of the labour force
            yrate = min(0.25, tpt / 100 * RNG.uniform(2.6, 3.6))  # youth unemployment rate
            ylf = round(lf * share)
            yun = round(ylf * yrate)
            assert yun <= un and ylf <= lf
            youth_rates.append(100 * yun / ylf)
            vals = [int(code), PROV[code][3], rnd]
            vals += [None, None, None, None] if real else [wap, lf, emp, un]
            vals += [ylf, yun]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v)
                if j >= 4:
                    c.number_format = '#,##0'
            row += 1
            for k, v in enumerate((wap, lf, emp, un, ylf, yun)):
                tot[k] += v
        totals[rnd] = tot
    for rnd in ROUNDS:
        vals = [None, 'INDONESIA', rnd] + totals[rnd]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            if j >= 4:
                c.number_format = '#,##0'
        row += 1
    # deliberately bad rows (period 2022-08, no real data to collide with)
    bad = [
        ([None, 'Kalimantan Tenggara', '2022-08', 1850000, 1296000, 1231200, 64800, None, None],
         2, 'UNKNOWN_PROVINCE', 'provinsi'),
        ([11, 'Aceh', '2022-08', 4050000, -2650000, 2490000, 160000, None, None],
         5, 'NEGATIVE_COUNT', 'angkatan_kerja'),
        ([36, 'Banten', '2022-08', 9300000, 512000, None, 612000, None, None],
         7, 'INCONSISTENT_COUNTS (pengangguran > angkatan_kerja)', 'pengangguran'),
        ([52, 'Nusa Tenggara Barat', '2022-08', 4020000, '#REF!', 2858000, 78000, None, None],
         5, 'ERROR_VALUE', 'angkatan_kerja'),
        ([93, None, '2022-08', 380000, 270000, 259000, 11000, None, None],
         1, 'AMBIGUOUS_PROVINCE_CODE (93 is no BPS code; Kemendagri 93 = Papua Selatan)', 'kode_provinsi'),
    ]
    for vals, badcol, reason, colname in bad:
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            if v == '#REF!':
                c.value = '#REF!'
                c.data_type = 'e'
            elif j >= 4 and v is not None:
                c.number_format = '#,##0'
        BAD_ROWS.append(('sakernas-hitungan-sintetis-2023-2025.xlsx', 'Data', row, colname,
                         vals[badcol - 1], reason))
        row += 1
    for col, wdt in zip('ABCDEFGHI', (14, 32, 10, 20, 16, 14, 14, 22, 20)):
        ws.column_dimensions[col].width = wdt
    notes = wb.create_sheet('Catatan')
    notes['A1'] = 'Catatan: angka pada sheet Data adalah DATA SINTETIS (contoh), bukan angka resmi BPS.'
    notes['A2'] = ('Penduduk usia kerja dibuat sebanding dengan jumlah penduduk; angkatan kerja dan pengangguran '
                   'dihitung dari TPAK dan TPT resmi BPS Agustus 2023-2025 sehingga tingkatnya sama dengan rilis BPS.')
    notes['A3'] = ('Kalimantan Timur dan Kalimantan Utara hanya berisi kolom 15-24 tahun (sintetis); '
                   'hitungan riilnya ada di file sakernas-kaltara-kaltim-2023-2025.xlsx.')
    fp = path('labour-force', 'sakernas-hitungan-sintetis-2023-2025.xlsx')
    save_xlsx(wb, fp)
    return fp, row - 2, totals, youth_rates


# --------------------------------------------------------------------------------------
# 4. BLK inventory: the ministry's central units (REAL list, SYNTHETIC capacity)
# --------------------------------------------------------------------------------------
def make_uptp():
    raw = []
    for name, kind, loc, code in CENTRAL_UNITS:
        if kind == 'BBPVP':
            raw.append(RNG.uniform(230, 330))
        elif kind == 'BPVP':
            raw.append(RNG.uniform(110, 180))
        else:
            raw.append(RNG.uniform(16, 40))
        # raw = classes per year before scaling
    target_classes = UPTP_TOTAL_CAPACITY // CLASS_SIZE
    scaled = [x * target_classes / sum(raw) for x in raw]
    classes = [int(x) for x in scaled]
    rest = target_classes - sum(classes)
    for k in sorted(range(len(scaled)), key=lambda k: scaled[k] - classes[k], reverse=True)[:rest]:
        classes[k] += 1
    units = []
    for k, ((name, kind, loc, code), ncls) in enumerate(zip(CENTRAL_UNITS, classes), 1):
        units.append(dict(code=f'UPTP-{k:02d}', name=name, prov=code, regency=loc, type='UPTP',
                          status='OPERATING', capacity=ncls * CLASS_SIZE, kind=kind))
    assert sum(u['capacity'] for u in units) == UPTP_TOTAL_CAPACITY
    fp = path('blk', 'kemnaker-uptp.csv')
    with open(fp, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['blk_code', 'name', 'province_code', 'regency', 'type', 'status', 'annual_capacity'])
        for u in units:
            w.writerow([u['code'], u['name'], u['prov'], u['regency'], u['type'], u['status'], u['capacity']])
    return fp, units


# --------------------------------------------------------------------------------------
# 5. BLK inventory: SYNTHETIC UPTD and BLK Komunitas
# --------------------------------------------------------------------------------------
def make_uptd_komunitas():
    units = []
    used_names = set()
    planned = {   # code suffix assigned below
        '65': [('BLK Tanjung Selor', 'Bulungan', 'UPTD', 'rencana')],
        '97': [('UPTD BLK Jayawijaya', 'Jayawijaya', 'UPTD', 'rencana')],
        '95': [('UPTD BLK Merauke', 'Merauke', 'UPTD', 'pembangunan')],
        '64': [('UPTD BLK Penajam Paser Utara', 'Penajam Paser Utara', 'UPTD', 'pembangunan')],
        '72': [('BLK Komunitas Ponpes Alkhairaat Morowali', 'Morowali', 'BLK Komunitas', 'rencana')],
    }
    for code in CODES:
        n = BLK_PER_PROVINCE[code]
        regs = REGENCIES[code]
        n_uptd = 0 if n == 0 else max(1, round(n * 0.22))
        uptd_regs = RNG.sample(regs, min(n_uptd, len(regs)))
        n_uptd = len(uptd_regs)
        k_uptd = k_kom = 0
        for reg in uptd_regs:
            k_uptd += 1
            cap = RNG.randint(20, 100) * CLASS_SIZE
            units.append(dict(code=f'UPTD-{code}-{k_uptd:02d}', name=f'UPTD BLK {reg}', prov=code, regency=reg,
                              type='UPTD', status='beroperasi', capacity=cap, year=None))
        pool = OTHER_INST if code in NON_ISLAMIC_MAJORITY else ISLAMIC_INST
        for _ in range(n - n_uptd):
            k_kom += 1
            while True:
                reg = RNG.choice(regs)
                name = f"BLK Komunitas {RNG.choice(pool)} {reg.replace('Kota ', '')}"
                if name not in used_names:
                    break
            used_names.add(name)
            cap = RNG.randint(2, 10) * CLASS_SIZE
            units.append(dict(code=f'BLKK-{code}-{k_kom:03d}', name=name, prov=code, regency=reg,
                              type='BLK Komunitas', status='beroperasi', capacity=cap, year=None))
        for name, reg, typ, status in planned.get(code, []):
            if typ == 'UPTD':
                k_uptd += 1
                c = f'UPTD-{code}-{k_uptd:02d}'
            else:
                k_kom += 1
                c = f'BLKK-{code}-{k_kom:03d}'
            units.append(dict(code=c, name=name, prov=code, regency=reg, type=typ, status=status,
                              capacity=None, year=2026))
    # a few closed units (not in Kaltara / Kaltim, whose units the CSV participant file uses)
    candidates = [u for u in units if u['status'] == 'beroperasi' and u['prov'] not in ('64', '65')]
    for u in RNG.sample(candidates, 6):
        u['status'] = 'tutup'
    for u in units:
        u['prov_text'] = spell(u['prov'])

    # -- bad rows, appended after the good ones
    jatim_kom = [u for u in units if u['prov'] == '35' and u['type'] == 'BLK Komunitas' and u['status'] == 'beroperasi']
    conflict = jatim_kom[-1]                      # its code will be rejected: no participants use it
    other_cap = conflict['capacity'] + (3 if conflict['capacity'] <= 112 else -3) * CLASS_SIZE
    conflict_copy = dict(conflict, capacity=other_cap)
    jateng_uptd = [u for u in units if u['prov'] == '33' and u['type'] == 'UPTD' and u['status'] == 'beroperasi']
    exact_copy = dict(jateng_uptd[0])
    bad = [
        (dict(code='BLKK-13-099', name='BLK Komunitas Ponpes Nurul Huda Dharmasraya', prov=None,
              prov_text='Sumatera Tengah', regency='Dharmasraya', type='BLK Komunitas', status='beroperasi',
              capacity=96, year=None), 'provinsi', 'Sumatera Tengah', 'UNKNOWN_PROVINCE'),
        (dict(code='LPK-32-001', name='LPK Karya Mandiri Bekasi', prov='32', prov_text='Jawa Barat',
              regency='Kota Bekasi', type='Swasta', status='beroperasi', capacity=240, year=None),
         'jenis', 'Swasta', 'BAD_CODE (not a BLK type)'),
        (dict(code='UPTD-36-09', name='UPTD BLK Kota Tangerang Selatan', prov='36', prov_text='Banten',
              regency='Kota Tangerang Selatan', type='UPTD', status='beroperasi', capacity=None, year=None),
         'kapasitas_per_tahun', None, 'MISSING_VALUE (operating without capacity)'),
        (conflict_copy, 'kapasitas_per_tahun', conflict_copy['capacity'],
         f"DUPLICATE_CONFLICT (same kode_blk {conflict['code']} as an earlier row, capacity "
         f"{conflict['capacity']} vs {conflict_copy['capacity']}: both rows rejected)"),
        (exact_copy, 'kode_blk', exact_copy['code'], 'DUPLICATE_ROW (exact copy of an earlier row, counts once)'),
    ]
    assert not any(u['code'] == 'UPTD-36-09' for u in units)

    wb = Workbook()
    ws = wb.active
    ws.title = 'Daftar BLK'
    ws['A1'] = 'Daftar BLK UPTD dan BLK Komunitas per provinsi - DATA SINTETIS (contoh)'
    ws['A1'].font = Font(bold=True)
    headers = ['kode_blk', 'nama_blk', 'provinsi', 'kabupaten_kota', 'jenis', 'status_operasional',
               'kapasitas_per_tahun', 'tahun_rencana']
    header_row(ws, 3, headers)
    row = 4
    row_of = {}

    def put(u):
        nonlocal row
        vals = [u['code'], u['name'], u['prov_text'], u['regency'], u['type'], u['status'], u['capacity'], u['year']]
        for j, v in enumerate(vals, 1):
            ws.cell(row=row, column=j, value=v)
        row += 1
        return row - 1
    for u in units:
        row_of.setdefault(u['code'], put(u))
    for u, col, val, reason in bad:
        r = put(u)
        BAD_ROWS.append(('blk-uptd-komunitas-sintetis.xlsx', 'Daftar BLK', r, col, val, reason))
        if reason.startswith('DUPLICATE_CONFLICT'):
            BAD_ROWS.append(('blk-uptd-komunitas-sintetis.xlsx', 'Daftar BLK', row_of[u['code']], 'kode_blk',
                             u['code'], 'DUPLICATE_CONFLICT (first row of the conflicting pair)'))
    for col, wdt in zip('ABCDEFGH', (14, 52, 30, 26, 16, 20, 20, 14)):
        ws.column_dimensions[col].width = wdt
    notes = wb.create_sheet('Keterangan')
    notes['A1'] = 'DATA SINTETIS: daftar, nama dan kapasitas BLK dibuat untuk contoh, bukan data resmi Kemnaker.'
    notes['A2'] = 'Kapasitas = jumlah kelas per tahun x 16 peserta per kelas.'
    fp = path('blk', 'blk-uptd-komunitas-sintetis.xlsx')
    save_xlsx(wb, fp)
    with open(path('blk', 'catatan-pengiriman.txt'), 'w', encoding='utf-8') as f:
        f.write('Kiriman contoh (sintetis): Disnakertrans provinsi via Direktorat Bina Lemdiklat Vokasi - '
                'blk-uptd-komunitas-sintetis.xlsx (UPTD dan BLK Komunitas); Sekretariat Ditjen Binalavotas - '
                'kemnaker-uptp.csv (UPTP dan Satpel).\n')
    excluded = {conflict['code']}
    return fp, units, row - 4, excluded


# --------------------------------------------------------------------------------------
# 6/7. training, participant level (SYNTHETIC)
# --------------------------------------------------------------------------------------
def blk_programs(u):
    if u['type'] == 'UPTP':
        k = 6 if u.get('kind') == 'BBPVP' else (4 if u.get('kind') == 'BPVP' else 2)
        return RNG.sample(PROGRAMS, k)
    if u['type'] == 'UPTD':
        return RNG.sample(PROGRAMS[:8] + ['Tata Rias'], RNG.randint(3, 5))
    return RNG.sample(KOMUNITAS_PROGRAMS, RNG.randint(1, 2))


def make_nik(u, birth, female):
    kemendagri = PROV[u['prov']][1]
    day = birth.day + (40 if female else 0)
    return (f"{kemendagri}{RNG.randint(1, 20):02d}{RNG.randint(1, 20):02d}"
            f"{day:02d}{birth.month:02d}{birth.year % 100:02d}{RNG.randint(1, 99):04d}")


def make_cohorts(pool, n_target, ensure_each=False):
    """Classes of <= 16 participants, training 1-3 months, ended 2024-01 .. 2025-08."""
    progs = {u['code']: blk_programs(u) for u in pool}
    first = dt.date(2024, 1, 3)
    last = dt.date(2025, 8, 29)
    span = (last - first).days
    order = list(pool) if ensure_each else []
    classes = []
    n = 0
    while n < n_target:
        u = order.pop(0) if order else weighted(RNG, pool, [x['capacity'] for x in pool])
        end = first + dt.timedelta(days=RNG.randint(0, span))
        dur = RNG.choice([30, 30, 45, 60, 60, 75, 90]) + RNG.randint(-2, 2)
        start = end - dt.timedelta(days=dur)
        size = RNG.randint(10, 16)
        classes.append((u, RNG.choice(progs[u['code']]), start, end, size))
        n += size
    classes.sort(key=lambda c: (c[3], c[0]['code']))
    return classes


def make_people(classes, id_start):
    people = []
    seq = id_start
    for u, prog, start, end, size in classes:
        for _ in range(size):
            seq += 1
            female = RNG.random() < FEMALE_SHARE[prog]
            gender = None if RNG.random() < 0.02 else ('P' if female else 'L')
            age = RNG.choices([RNG.randint(17, 24), RNG.randint(25, 34), RNG.randint(35, 45)], [55, 35, 10])[0]
            edu = weighted(RNG, [e for e, _ in EDUCATION], [w for _, w in EDUCATION])
            age = max(age, {'D3': 21, 'S1': 22}.get(edu, 17))
            birth = start - dt.timedelta(days=365 * age + RNG.randint(0, 364))
            if RNG.random() < 0.03:
                pid = make_nik(u, birth, female)
            else:
                pid = f'PST-{start.year}-{seq:06d}'
            grad = RNG.random() < 0.90
            cert = grad and RNG.random() < 0.70
            x = RNG.random()
            if grad:
                status = ('EMPLOYED' if x < 0.45 else 'SELF_EMPLOYED' if x < 0.60 else
                          'UNEMPLOYED' if x < 0.80 else 'UNKNOWN' if x < 0.90 else None)
            else:
                status = None if x < 0.80 else ('UNEMPLOYED' if x < 0.95 else 'UNKNOWN')
            pdate = None
            if status in ('EMPLOYED', 'SELF_EMPLOYED') and RNG.random() < 0.95:
                pdate = end + dt.timedelta(days=RNG.randint(10, min(200, (AS_OF - end).days)))
            people.append(dict(id=pid, blk=u['code'], prog=prog, gender=gender, birth=birth, edu=edu,
                               start=start, end=end, grad=grad, cert=cert, status=status, pdate=pdate,
                               prov=u['prov']))
    return people


def make_participants_xlsx(pool):
    classes = make_cohorts(pool, 3990)
    people = make_people(classes, 0)
    rows = [dict(p) for p in people]
    n_good = len(rows)
    # deliberately bad rows, inserted at fixed positions among the good ones
    base = rows[RNG.randint(100, 400)]
    dup_conflict_src = next(p for p in rows[1500:] if p['id'].startswith('PST') and p['grad'])
    exact_src = rows[RNG.randint(2500, 2800)]
    b_unknown = dict(rows[RNG.randint(600, 700)], id='PST-2024-990001', blk='BLKK-33-999')
    b_order = dict(base, id='PST-2025-990002', start=dt.date(2025, 3, 10), end=dt.date(2025, 2, 7),
                   status=None, pdate=None)
    b_baddate = dict(rows[RNG.randint(900, 1000)], id='PST-2024-990003', start='kemarin')
    b_gender = dict(rows[RNG.randint(1100, 1200)], id='PST-2024-990004', gender='X')
    b_conflict = dict(dup_conflict_src, grad=False, cert=False, status=None, pdate=None)
    b_exact = dict(exact_src)
    b_missing = dict(rows[RNG.randint(3300, 3400)], id='PST-2025-990005', blk=None)
    inserts = [
        (350, b_unknown, 'blk_code', 'BLKK-33-999', 'UNKNOWN_BLK'),
        (800, b_order, 'end_date', '2025-02-07 (start 2025-03-10)', 'DATE_ORDER'),
        (1250, b_baddate, 'start_date', 'kemarin', 'BAD_DATE'),
        (1700, b_gender, 'gender', 'X', 'BAD_GENDER'),
        (2900, b_conflict, 'graduated', 'N', 'DUPLICATE_CONFLICT'),
        (3100, b_exact, 'participant_id', b_exact['id'], 'DUPLICATE_ROW'),
        (3600, b_missing, 'blk_code', '(empty)', 'MISSING_VALUE'),
    ]
    markers = {}
    for pos, rec, col, val, reason in sorted(inserts, key=lambda t: -t[0]):
        rows.insert(pos, rec)
    for pos, rec, col, val, reason in inserts:
        markers[id(rec)] = (col, val, reason)
    wb = Workbook()
    ws = wb.active
    ws.title = 'Peserta'
    headers = ['participant_id', 'blk_code', 'program', 'gender', 'birth_date', 'education', 'start_date',
               'end_date', 'graduated', 'certified', 'placement_status', 'placement_date']
    header_row(ws, 1, headers)
    r = 2
    for p in rows:
        vals = [p['id'], p['blk'], p['prog'], p['gender'], p['birth'], p['edu'], p['start'], p['end'],
                'Y' if p['grad'] else 'N', 'Y' if p['cert'] else 'N', p['status'], p['pdate']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = 'dd/mm/yyyy'
            elif j == 1:
                c.number_format = '@'
        if id(p) in markers:
            col, val, reason = markers[id(p)]
            BAD_ROWS.append(('peserta-2024-2025-sintetis.xlsx', 'Peserta', r, col, val, reason))
        if p is dup_conflict_src:
            BAD_ROWS.append(('peserta-2024-2025-sintetis.xlsx', 'Peserta', r, 'graduated', 'Y',
                             'DUPLICATE_CONFLICT (first row of the pair)'))
        if p is exact_src:
            BAD_ROWS.append(('peserta-2024-2025-sintetis.xlsx', 'Peserta', r, 'participant_id', p['id'],
                             'original of the DUPLICATE_ROW (accepted once)'))
        r += 1
    n_grad = sum(1 for p in rows if p['grad'])
    n_cert = sum(1 for p in rows if p['cert'])
    ws.cell(row=r, column=1, value='Jumlah')
    ws.cell(row=r, column=9, value=n_grad)
    ws.cell(row=r, column=10, value=n_cert)
    BAD_ROWS.append(('peserta-2024-2025-sintetis.xlsx', 'Peserta', r, 'participant_id', 'Jumlah',
                     'total row (not data: counted as total)'))
    for col, wdt in zip('ABCDEFGHIJKL', (20, 14, 22, 8, 12, 10, 12, 12, 10, 10, 16, 14)):
        ws.column_dimensions[col].width = wdt
    fp = path('training', 'peserta-2024-2025-sintetis.xlsx')
    save_xlsx(wb, fp)
    return fp, len(rows), n_good, people


def make_participants_csv(pool):
    classes = make_cohorts(pool, 590, ensure_each=True)
    people = make_people(classes, 700000)
    rows = [dict(p) for p in people]
    n_good = len(rows)
    # special but valid values
    # the formula-like name goes to the first row from a random start whose training ended in the
    # 12 months before August 2025, so that it shows in the 2025-08 reports (no extra random draw)
    start = RNG.randint(40, 80)
    hyperlink = next(i for i in range(start, len(rows))
                     if dt.date(2024, 9, 1) <= rows[i]['end'] <= dt.date(2025, 8, 31))
    rows[hyperlink]['prog'] = '=HYPERLINK("http://x","y")'
    rows[RNG.randint(120, 160)]['prog'] = 'Listrik, Instalasi'
    b_date = dict(rows[RNG.randint(200, 250)], id='PST-2025-790001', end='31/02/2025', status=None, pdate=None)
    b_yesno = dict(rows[RNG.randint(300, 350)], id='PST-2025-790002', grad='mungkin')
    src = next(p for p in rows[400:] if p['pdate'] is not None)
    b_pdate = dict(src, id='PST-2025-790003', pdate=src['end'] - dt.timedelta(days=21))
    inserts = [(230, b_date, 'tanggal_selesai', '31/02/2025', 'BAD_DATE'),
               (330, b_yesno, 'lulus', 'mungkin', 'BAD_YES_NO'),
               (480, b_pdate, 'tanggal_penempatan', None, 'DATE_ORDER (placement before end)')]
    for pos, rec, *_ in sorted(inserts, key=lambda t: -t[0]):
        rows.insert(pos, rec)
    markers = {id(rec): (col, val, reason) for pos, rec, col, val, reason in inserts}
    status_id = {'EMPLOYED': 'bekerja', 'SELF_EMPLOYED': 'wirausaha', 'UNEMPLOYED': 'belum bekerja',
                 'UNKNOWN': 'tidak diketahui', None: ''}
    fp = path('training', 'peserta-kaltara-kaltim-sintetis.csv')
    with open(fp, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['id_peserta', 'kode_blk', 'kejuruan', 'jenis_kelamin', 'tanggal_lahir', 'pendidikan',
                    'tanggal_mulai', 'tanggal_selesai', 'lulus', 'bersertifikat', 'status_penempatan',
                    'tanggal_penempatan'])
        line = 2
        for p in rows:
            long_fmt = RNG.random() < 0.15

            def d(v):
                if v is None:
                    return ''
                if isinstance(v, str):
                    return v
                return fmt_id_date(v) if long_fmt else v.strftime('%d/%m/%Y')

            def yn(v):
                return v if isinstance(v, str) else ('Ya' if v else 'Tidak')
            g = {'L': 'Laki-laki', 'P': 'Perempuan', None: ''}[p['gender']]
            vals = [p['id'], p['blk'], p['prog'], g, d(p['birth']), p['edu'], d(p['start']), d(p['end']),
                    yn(p['grad']), yn(p['cert']), status_id[p['status']], d(p['pdate'])]
            w.writerow(vals)
            if id(p) in markers:
                col, val, reason = markers[id(p)]
                if val is None:
                    val = f"{vals[11]} (tanggal_selesai {vals[7]})"
                BAD_ROWS.append(('peserta-kaltara-kaltim-sintetis.csv', '-', line, col, val, reason))
            if p['prog'] in ('=HYPERLINK("http://x","y")', 'Listrik, Instalasi'):
                BAD_ROWS.append(('peserta-kaltara-kaltim-sintetis.csv', '-', line, 'kejuruan', p['prog'],
                                 'VALID (text, must stay text / quoted comma)'))
            line += 1
    return fp, len(rows), n_good, people


# --------------------------------------------------------------------------------------
# 8. demand (SYNTHETIC)
# --------------------------------------------------------------------------------------
def make_demand():
    rows = []
    psn = [
        ('65', 'KIPI Tanah Kuning-Mangkupadi', '2025', [('Pengelasan', 1800), ('Listrik', 950), ('Operator Alat Berat', 700), ('Refrigerasi', 350)]),
        ('65', 'PLTA Mentarang Induk', '2025', [('Operator Alat Berat', 1200), ('Listrik', 800), ('Pengelasan', 650)]),
        ('64', 'Ibu Kota Nusantara (IKN)', '2025-08', [('Pengelasan', 2400), ('Operator Alat Berat', 1500), ('Listrik', 1100), ('Perhotelan', 600)]),
        ('72', 'Kawasan Industri Morowali', '2025', [('Pengelasan', 3000), ('Operator Alat Berat', 1200), ('Listrik', 900)]),
        ('21', 'Rempang Eco City', '2025', [('Pengelasan', 800), ('Listrik', 500)]),
        ('33', 'Kawasan Industri Terpadu Batang', '2025-08', [('Garmen', 2000), ('Otomotif', 500)]),
    ]
    for code, project, per, items in psn:
        for prog, nneed in items:
            rows.append([spell(code), per, 'PSN', nneed, prog, project])
    vac_provs = ['11', '12', '13', '14', '16', '18', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
                 '61', '63', '64', '65', '71', '72', '73', '74', '82']
    months = ['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04',
              '2025-05', '2025-06', '2025-07', '2025-08']
    big = {'31', '32', '33', '35', '36'}
    seen = set()
    for code in vac_provs:
        for _ in range(2 if code in big or code in ('64', '65') else 1):
            while True:
                per = RNG.choice(months + ['2025-08'])
                prog = RNG.choice(PROGRAMS)
                if (code, per, prog) not in seen:
                    break
            seen.add((code, per, prog))
            scale = 3000 if code in big else 600
            rows.append([spell(code), per, 'lowongan', RNG.randint(scale // 20, scale), prog, ''])
    fp = path('demand', 'kebutuhan-tenaga-kerja-sintetis.csv')
    bad = [(['Sulsel', '2025-05', 'proyek', 420, 'Perhotelan', 'Makassar New Port'], 'sumber', 'proyek',
            'BAD_CODE (unknown source)'),
           (['Jatim', '2025-04', 'lowongan', -350, 'Garmen', ''], 'jumlah_kebutuhan', -350, 'NEGATIVE_COUNT')]
    with open(fp, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['provinsi', 'periode', 'sumber', 'jumlah_kebutuhan', 'kejuruan', 'nama_proyek'])
        for r in rows:
            w.writerow(r)
        line = len(rows) + 2
        for r, col, val, reason in bad:
            w.writerow(r)
            BAD_ROWS.append(('kebutuhan-tenaga-kerja-sintetis.csv', '-', line, col, val, reason))
            line += 1
    return fp, len(rows) + len(bad)


# --------------------------------------------------------------------------------------
# --------------------------------------------------------------------------------------
# 9. labour-force: a BPS table as downloaded (REAL TPT), wide layout
# --------------------------------------------------------------------------------------
def make_bps_wide_tpt():
    """TPT by province as BPS tables are downloaded: title rows, a year row (merged over its months),
    a month row (Februari, Agustus, Tahunan), '-' for no data, numbers as text with a decimal comma,
    INDONESIA last, the source below. Only the August figures are in the reference data: February and
    Tahunan (annual) are '-' here."""
    wb = Workbook()
    ws = wb.active
    ws.title = 'Tabel'
    ws.cell(row=1, column=1, value='Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)')
    ws.cell(row=2, column=1, value='38 Provinsi')
    ws.cell(row=2, column=2, value='Tingkat Pengangguran Terbuka Menurut Provinsi (Persen)')
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=10)
    ws.merge_cells(start_row=2, start_column=1, end_row=4, end_column=1)
    for i, year in enumerate((2023, 2024, 2025)):
        col = 2 + 3 * i
        ws.cell(row=3, column=col, value=str(year))
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        for j, month in enumerate(('Februari', 'Agustus', 'Tahunan')):
            ws.cell(row=4, column=col + j, value=month)

    def dec(v):
        return '-' if v is None else f'{v:.2f}'.replace('.', ',')
    r = 5
    for code in CODES + ['00']:
        ws.cell(row=r, column=1, value='INDONESIA' if code == '00' else PROV[code][2])
        for i in range(3):
            col = 2 + 3 * i
            ws.cell(row=r, column=col, value='-')
            ws.cell(row=r, column=col + 1, value=dec(RATES[code][i]))
            ws.cell(row=r, column=col + 2, value='-')
        r += 1
    ws.cell(row=r + 1, column=1, value='Sumber: Badan Pusat Statistik, Survei Angkatan Kerja Nasional (Sakernas)')
    ws.column_dimensions['A'].width = 28
    fp = path('labour-force', 'bps-tpt-provinsi-agustus-2023-2025.xlsx')
    save_xlsx(wb, fp)
    return fp, len(CODES) + 1


def main():
    report = []
    fp, n = make_rates_csv()
    report.append((fp, n))
    fp, n = make_real_counts_xlsx()
    report.append((fp, n))
    fp, n, totals, yrates = make_synthetic_counts_xlsx()
    report.append((fp, n))
    fp, uptp = make_uptp()
    report.append((fp, len(uptp)))
    fp, local, n, excluded = make_uptd_komunitas()
    report.append((fp, n))
    report.append((path('blk', 'catatan-pengiriman.txt'), 1))

    operating = [u for u in uptp + local if u['status'] in ('OPERATING', 'beroperasi') and u['code'] not in excluded]
    pool6 = [u for u in operating if u['prov'] not in ('64', '65')]
    pool7 = [u for u in operating if u['prov'] in ('64', '65')]
    fp, n, n6, people6 = make_participants_xlsx(pool6)
    report.append((fp, n))
    fp, n, n7, people7 = make_participants_csv(pool7)
    report.append((fp, n))
    fp, n = make_demand()
    report.append((fp, n))
    fp, n = make_bps_wide_tpt()
    report.append((fp, n))

    print('Files (data rows, excluding header/title/notes rows):')
    for fp, n in report:
        print(f'  {os.path.relpath(fp, os.path.dirname(HERE)):60s} {n:6d}')

    print('\nNational rates from summed counts (synthetic provinces + real Kaltara/Kaltim):')
    for i, rnd in enumerate(ROUNDS):
        wap, lf, emp, un, ylf, yun = totals[rnd]
        tpt, tpak = 100 * un / lf, 100 * lf / wap
        print(f'  {rnd}: WAP {wap:,} LF {lf:,} U {un:,}  TPT {tpt:.3f} (BPS {RATES["00"][i]})'
              f'  TPAK {tpak:.3f} (BPS {RATES["00"][3 + i]})  youth U {yun:,} = {100 * yun / un:.1f}% of U,'
              f' youth TPT {100 * yun / ylf:.1f}')
        assert abs(tpt - RATES['00'][i]) <= 0.05 and abs(tpak - RATES['00'][3 + i]) <= 0.1
        assert abs(wap - NATIONAL_WAP[rnd]) < 50
    print(f'  youth unemployment rate by province-round: min {min(yrates):.1f}% max {max(yrates):.1f}%')

    allp = people6 + people7
    grads = [p for p in allp if p['grad']]
    print(f'\nParticipants (good rows): file 6 {len(people6)}, file 7 {len(people7)}; graduated '
          f'{100 * len(grads) / len(allp):.1f}%, certified/graduates {100 * sum(p["cert"] for p in grads) / len(grads):.1f}%,'
          f' female {100 * sum(p["gender"] == "P" for p in allp) / len(allp):.1f}%,'
          f' NIK-like ids {sum(not p["id"].startswith("PST") for p in allp)}')
    st = {}
    for p in grads:
        st[p['status']] = st.get(p['status'], 0) + 1
    print('  placement of graduates:', {k or 'empty': f'{100 * v / len(grads):.1f}%' for k, v in st.items()})

    print('\nPlanned / under construction BLK:')
    for u in local:
        if u['status'] in ('rencana', 'pembangunan'):
            print(f"  {u['code']}  {u['name']}  ({u['prov']} {u['regency']}, {u['status']} {u['year']})")
    print('Kaltara (65) BLK codes:', ', '.join(f"{u['code']} ({u['status']})" for u in uptp + local if u['prov'] == '65'))
    print('Operating BLK in Papua Pegunungan (97):', [u['code'] for u in operating if u['prov'] == '97'])

    print('\nDeliberately bad / special rows (file, sheet, row or CSV line, column, value, reason):')
    for b in BAD_ROWS:
        print('  ' + ' | '.join(str(x) for x in b))


if __name__ == '__main__':
    main()
