package id.go.kemnaker.blk.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * Blank input workbooks, one per dataset: a {@code Data} sheet with the header row (Indonesian column
 * names, which the reader accepts as aliases), drop-down lists for provinces, BLK types, statuses, yes/no,
 * gender and placement status, date and number formats, and an instructions sheet in Indonesian. A
 * filled-in template passes {@code validate} unchanged.
 */
public final class Templates {

	private static final int ROWS = 5_000;

	/** A template column: header, drop-down list (or null), format, required, and its explanation. */
	private record Column(String header, String list, String format, boolean required, String help) {
	}

	private static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

	static {
		LISTS.put("jenis", List.of("UPTP", "UPTD", "BLK Komunitas"));
		LISTS.put("status", List.of("beroperasi", "rencana", "pembangunan", "tutup"));
		LISTS.put("yatidak", List.of("Ya", "Tidak"));
		LISTS.put("jk", List.of("L", "P"));
		LISTS.put("penempatan", List.of("bekerja", "wirausaha", "belum bekerja", "tidak diketahui"));
		LISTS.put("sumber", List.of("lowongan", "PSN"));
	}

	private Templates() {
	}

	/** Writes the templates into {@code folder}; returns the files written. */
	public static List<Path> write(Path folder, ProvinceCatalog provinces) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		written.add(write(folder.resolve("templat-angkatan-kerja.xlsx"), "angkatan kerja (labour-force/)", provinces, List.of(
				new Column("provinsi", "provinsi", null, true, "nama provinsi, pilih dari daftar"),
				new Column("periode", null, "@", true, "putaran Sakernas, tulis 2025-08 (Agustus 2025)"),
				new Column("penduduk_usia_kerja", null, "#,##0", false, "penduduk 15 tahun ke atas (orang)"),
				new Column("angkatan_kerja", null, "#,##0", false, "angkatan kerja (orang)"),
				new Column("bekerja", null, "#,##0", false, "penduduk bekerja (orang)"),
				new Column("pengangguran", null, "#,##0", false, "pengangguran terbuka (orang)"),
				new Column("tpt", null, "0.00", false, "TPT terbitan BPS (%), bila jumlah orang tidak ada"),
				new Column("tpak", null, "0.00", false, "TPAK terbitan BPS (%)"),
				new Column("angkatan_kerja_15_24", null, "#,##0", false, "angkatan kerja umur 15-24 (orang)"),
				new Column("pengangguran_15_24", null, "#,##0", false, "penganggur umur 15-24 (orang)"))));
		written.add(write(folder.resolve("templat-blk.xlsx"), "daftar BLK (blk/)", provinces, List.of(
				new Column("kode_blk", null, "@", true, "kode unik BLK"),
				new Column("nama_blk", null, "@", true, "nama BLK"),
				new Column("provinsi", "provinsi", null, true, "pilih dari daftar"),
				new Column("kabupaten_kota", null, "@", false, "kabupaten atau kota"),
				new Column("jenis", "jenis", null, true, "UPTP, UPTD atau BLK Komunitas"),
				new Column("status_operasional", "status", null, false, "kosong = beroperasi"),
				new Column("kapasitas_per_tahun", null, "#,##0", false, "kursi pelatihan per tahun; wajib bila beroperasi"),
				new Column("tahun_rencana", null, "0", false, "tahun rencana, untuk BLK rencana/pembangunan"))));
		written.add(write(folder.resolve("templat-peserta.xlsx"), "peserta pelatihan (training/)", provinces, List.of(
				new Column("id_peserta", null, "@", true, "nomor peserta; NIK boleh, tidak pernah ditampilkan"),
				new Column("kode_blk", null, "@", true, "kode BLK sesuai daftar BLK"),
				new Column("kejuruan", null, "@", true, "program pelatihan"),
				new Column("jenis_kelamin", "jk", null, false, "L atau P"),
				new Column("tanggal_lahir", null, "yyyy-mm-dd", false, "tanggal (tidak ditampilkan di laporan)"),
				new Column("pendidikan", null, "@", false, "pendidikan terakhir"),
				new Column("tanggal_mulai", null, "yyyy-mm-dd", true, "tanggal mulai pelatihan"),
				new Column("tanggal_selesai", null, "yyyy-mm-dd", true, "tanggal selesai, tidak sebelum tanggal mulai"),
				new Column("lulus", "yatidak", null, true, "Ya atau Tidak"),
				new Column("bersertifikat", "yatidak", null, false, "Ya atau Tidak (kosong = Tidak)"),
				new Column("status_penempatan", "penempatan", null, false, "kosong = tidak diketahui"),
				new Column("tanggal_penempatan", null, "yyyy-mm-dd", false, "tidak sebelum tanggal selesai"))));
		written.add(write(folder.resolve("templat-ringkasan-pelatihan.xlsx"), "ringkasan pelatihan (training/)", provinces,
				List.of(new Column("kode_blk", null, "@", true, "kode BLK sesuai daftar BLK"),
						new Column("kejuruan", null, "@", true, "program pelatihan"),
						new Column("periode", null, "@", true, "bulan selesai pelatihan, tulis 2025-03"),
						new Column("jumlah_peserta", null, "#,##0", true, "peserta"),
						new Column("lulusan", null, "#,##0", true, "lulus, tidak lebih dari peserta"),
						new Column("bersertifikat", null, "#,##0", false, "lulusan bersertifikat"),
						new Column("bekerja", null, "#,##0", false, "lulusan bekerja"),
						new Column("wirausaha", null, "#,##0", false, "lulusan berwirausaha"),
						new Column("belum_bekerja", null, "#,##0", false, "lulusan belum bekerja"),
						new Column("tidak_diketahui", null, "#,##0", false, "kosong = sisa lulusan"))));
		written.add(write(folder.resolve("templat-kebutuhan-tenaga-kerja.xlsx"), "kebutuhan tenaga kerja (demand/)",
				provinces, List.of(new Column("provinsi", "provinsi", null, true, "pilih dari daftar"),
						new Column("periode", null, "@", true, "bulan (2025-03) atau tahun (2025)"),
						new Column("sumber", "sumber", null, true, "lowongan atau PSN"),
						new Column("jumlah_kebutuhan", null, "#,##0", true, "orang"),
						new Column("kejuruan", null, "@", false, "program atau sektor"),
						new Column("nama_proyek", null, "@", false, "nama proyek PSN"))));
		return written;
	}

	private static Path write(Path file, String dataset, ProvinceCatalog provinces, List<Column> columns)
			throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet data = wb.createSheet("Data");
			XSSFSheet help = wb.createSheet("Petunjuk");
			XSSFSheet lists = wb.createSheet("Daftar");
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle header = wb.createCellStyle();
			header.setFont(bold);
			Row h = data.createRow(0);
			int listColumn = 0;
			Map<String, String> ranges = new LinkedHashMap<>();
			for (var e : lists(provinces).entrySet()) {
				for (int i = 0; i < e.getValue().size(); i++) {
					Row r = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
					r.createCell(listColumn).setCellValue(e.getValue().get(i));
				}
				String col = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
				Name name = wb.createName();
				name.setNameName("daftar_" + e.getKey());
				name.setRefersToFormula("Daftar!$" + col + "$1:$" + col + "$" + e.getValue().size());
				ranges.put(e.getKey(), "daftar_" + e.getKey());
				listColumn++;
			}
			DataValidationHelper dv = data.getDataValidationHelper();
			for (int c = 0; c < columns.size(); c++) {
				Column col = columns.get(c);
				h.createCell(c).setCellValue(col.header());
				h.getCell(c).setCellStyle(header);
				data.setColumnWidth(c, Math.max(14, col.header().length() + 4) * 256);
				if (col.format() != null) {
					CellStyle style = wb.createCellStyle();
					style.setDataFormat(wb.createDataFormat().getFormat(col.format()));
					data.setDefaultColumnStyle(c, style);
				}
				if (col.list() != null) {
					DataValidationConstraint constraint = dv.createFormulaListConstraint(ranges.get(col.list()));
					DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, ROWS, c, c));
					v.setShowErrorBox(true);
					v.createErrorBox("Nilai tidak ada di daftar", "Pilih nilai dari daftar.");
					data.addValidationData(v);
				}
			}
			data.createFreezePane(0, 1);
			Row t = help.createRow(0);
			t.createCell(0).setCellValue("Templat " + dataset + " - blk-pipeline");
			t.getCell(0).setCellStyle(header);
			String[] lines = { "Isi lembar Data mulai baris 2, satu baris per data. Jangan ubah judul kolom di baris 1.",
					"Kolom bertanda wajib harus diisi. Angka tanpa pemisah ribuan atau dengan titik (1.234); desimal dengan koma atau titik.",
					"Tanggal sebagai sel tanggal atau ditulis 2025-03-31. Kosong berarti tidak ada data (bukan 0).",
					"Simpan sebagai .xlsx dan taruh di folder " + dataset.replaceAll(".*\\((.*)\\).*", "input/$1") + ".",
					"Baris yang salah tidak dipakai dan dilaporkan di lembar Kualitas Data dengan alasannya." };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i + 2).createCell(0).setCellValue(lines[i]);
			}
			Row hh = help.createRow(lines.length + 3);
			hh.createCell(0).setCellValue("Kolom");
			hh.createCell(1).setCellValue("Wajib");
			hh.createCell(2).setCellValue("Isi");
			for (int i = 0; i < 3; i++) {
				hh.getCell(i).setCellStyle(header);
			}
			for (int c = 0; c < columns.size(); c++) {
				Row r = help.createRow(lines.length + 4 + c);
				r.createCell(0).setCellValue(columns.get(c).header());
				r.createCell(1).setCellValue(columns.get(c).required() ? "wajib" : "");
				r.createCell(2).setCellValue(columns.get(c).help());
			}
			help.setColumnWidth(0, 28 * 256);
			help.setColumnWidth(2, 70 * 256);
			wb.setSheetHidden(wb.getSheetIndex(lists), true);
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
		}
		return file;
	}

	private static Map<String, List<String>> lists(ProvinceCatalog provinces) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		all.put("provinsi", provinces.all().stream().map(Province::displayName).toList());
		all.putAll(LISTS);
		return all;
	}
}
