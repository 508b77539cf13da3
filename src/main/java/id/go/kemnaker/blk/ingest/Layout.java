package id.go.kemnaker.blk.ingest;

import java.util.List;

import id.go.kemnaker.blk.domain.Dataset;

/**
 * The columns a dataset's long layout may have, and which are required. A required group is satisfied
 * by any one of its columns ("province, or province_code").
 */
enum Layout {

	LABOUR_FORCE_LONG(Dataset.LABOUR_FORCE, "labour-force (long)",
			List.of(Columns.PROVINCE, Columns.PROVINCE_CODE, Columns.KEMENDAGRI_CODE,
					ColumnSpec.of("period", "periode", "survey_period", "bulan_survei", "survei", "periode_survei"),
					ColumnSpec.of("working_age_population", "penduduk_usia_kerja", "puk", "penduduk_15_tahun_ke_atas"),
					ColumnSpec.of("labour_force", "angkatan_kerja", "ak", "labor_force"),
					ColumnSpec.of("employed", "bekerja", "penduduk_bekerja"),
					ColumnSpec.of("unemployed", "pengangguran", "pengangguran_terbuka"),
					ColumnSpec.of("unemployment_rate", "tpt", "tingkat_pengangguran_terbuka"),
					ColumnSpec.of("participation_rate", "tpak", "tingkat_partisipasi_angkatan_kerja"),
					ColumnSpec.of("youth_labour_force", "angkatan_kerja_15_24", "ak_15_24", "youth_labor_force"),
					ColumnSpec.of("youth_unemployed", "pengangguran_15_24")),
			List.of(List.of("province", "province_code", "kode_kemendagri"), List.of("period"))),

	/** The BPS wide layout: found by {@link WideLayout}, not by column names. */
	LABOUR_FORCE_WIDE(Dataset.LABOUR_FORCE, "labour-force (wide BPS table)", List.of(), List.of()),

	BLK(Dataset.BLK, "BLK inventory",
			List.of(ColumnSpec.of("blk_code", "kode_blk", "kode"), ColumnSpec.of("name", "nama_blk", "nama"),
					Columns.PROVINCE, Columns.PROVINCE_CODE, Columns.KEMENDAGRI_CODE,
					ColumnSpec.of("regency", "kabupaten_kota", "kab_kota", "kabupaten"),
					ColumnSpec.of("type", "jenis", "tipe", "jenis_blk"),
					ColumnSpec.of("status", "status_operasional"),
					ColumnSpec.of("annual_capacity", "kapasitas_per_tahun", "kapasitas"),
					ColumnSpec.of("planned_year", "tahun_rencana"),
					ColumnSpec.of("note", "keterangan", "catatan", "alasan")),
			List.of(List.of("blk_code"), List.of("name"), List.of("province", "province_code", "kode_kemendagri"),
					List.of("type"))),

	PARTICIPANT(Dataset.TRAINING, "training (participant level)",
			List.of(ColumnSpec.of("participant_id", "id_peserta", "no_peserta", "nomor_peserta"),
					ColumnSpec.of("blk_code", "kode_blk"),
					ColumnSpec.of("program", "kejuruan", "program_pelatihan"),
					ColumnSpec.of("gender", "jenis_kelamin", "jk"),
					ColumnSpec.of("birth_date", "tanggal_lahir", "tgl_lahir"),
					ColumnSpec.of("education", "pendidikan", "pendidikan_terakhir"),
					ColumnSpec.of("start_date", "tanggal_mulai", "tgl_mulai"),
					ColumnSpec.of("end_date", "tanggal_selesai", "tgl_selesai"),
					ColumnSpec.of("graduated", "lulus"),
					ColumnSpec.of("certified", "bersertifikat", "sertifikasi"),
					ColumnSpec.of("placement_status", "status_penempatan", "status_kerja"),
					ColumnSpec.of("placement_date", "tanggal_penempatan", "tanggal_bekerja", "tgl_penempatan")),
			List.of(List.of("participant_id"), List.of("blk_code"), List.of("program"), List.of("start_date"),
					List.of("end_date"), List.of("graduated"))),

	TRAINING_SUMMARY(Dataset.TRAINING, "training (summary level)",
			List.of(ColumnSpec.of("blk_code", "kode_blk"), ColumnSpec.of("program", "kejuruan", "program_pelatihan"),
					ColumnSpec.of("period", "periode", "bulan"),
					ColumnSpec.of("participants", "peserta", "jumlah_peserta"),
					ColumnSpec.of("graduates", "lulus", "lulusan", "jumlah_lulus"),
					ColumnSpec.of("certified", "bersertifikat"), ColumnSpec.of("employed", "bekerja"),
					ColumnSpec.of("self_employed", "wirausaha"), ColumnSpec.of("unemployed", "belum_bekerja"),
					ColumnSpec.of("unknown", "tidak_diketahui")),
			List.of(List.of("blk_code"), List.of("program"), List.of("period"), List.of("participants"),
					List.of("graduates"))),

	DEMAND(Dataset.DEMAND, "labour demand",
			List.of(Columns.PROVINCE, Columns.PROVINCE_CODE, Columns.KEMENDAGRI_CODE,
					ColumnSpec.of("period", "periode", "tahun"), ColumnSpec.of("source", "sumber"),
					ColumnSpec.of("workers_needed", "jumlah_kebutuhan", "jumlah_lowongan", "kebutuhan_tenaga_kerja",
							"jumlah"),
					ColumnSpec.of("program", "kejuruan", "sektor"), ColumnSpec.of("project", "nama_proyek", "proyek")),
			List.of(List.of("province", "province_code", "kode_kemendagri"), List.of("period"), List.of("source"),
					List.of("workers_needed")));

	private final Dataset dataset;
	private final String label;
	private final List<ColumnSpec> columns;
	private final List<List<String>> required;

	Layout(Dataset dataset, String label, List<ColumnSpec> columns, List<List<String>> required) {
		this.dataset = dataset;
		this.label = label;
		this.columns = columns;
		this.required = required;
	}

	Dataset dataset() {
		return dataset;
	}

	String label() {
		return label;
	}

	List<ColumnSpec> columns() {
		return columns;
	}

	List<List<String>> required() {
		return required;
	}

	/** The layouts of a dataset that are recognised by their column names. */
	static List<Layout> of(Dataset dataset) {
		return java.util.Arrays.stream(values()).filter(l -> l.dataset == dataset && !l.columns.isEmpty()).toList();
	}

	/** Province columns shared by several layouts. */
	static final class Columns {

		static final ColumnSpec PROVINCE = ColumnSpec.of("province", "provinsi", "prov", "nama_provinsi",
				"province_name", "nama_prov");

		static final ColumnSpec PROVINCE_CODE = ColumnSpec.of("province_code", "kode_provinsi", "kode_prov",
				"kode_bps", "kode_provinsi_bps");

		static final ColumnSpec KEMENDAGRI_CODE = ColumnSpec.of("kode_kemendagri", "kemendagri_code",
				"kode_provinsi_kemendagri", "kode_wilayah_kemendagri");

		private Columns() {
		}
	}
}
