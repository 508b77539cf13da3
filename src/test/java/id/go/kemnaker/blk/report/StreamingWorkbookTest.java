package id.go.kemnaker.blk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingWorkbookTest {

	/** Rows of a few cells whose XML outgrows the in-memory limit, so the sheet goes on in a temporary file. */
	private static final int ROWS = 60_000;

	@Test
	void aSheetThatOutgrowsMemoryIsWrittenWholeAndItsTemporaryFileIsGone(@TempDir Path dir) throws IOException {
		Set<Path> before = spills();
		Path file = dir.resolve("large.xlsx");
		try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
			fill(wb.createSheet("Rejects"));
			assertThat(newSpills(before)).as("the sheet's XML went to a temporary file").isNotEmpty();
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.writeAvoidingTempFiles(out);
			}
		}
		assertThat(newSpills(before)).isEmpty();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook read = new XSSFWorkbook(in)) {
			Sheet sheet = read.getSheet("Rejects");
			assertThat(sheet.getLastRowNum()).isEqualTo(ROWS - 1);
			assertThat(sheet.getRow(ROWS - 1).getCell(1).getStringCellValue()).isEqualTo("row " + (ROWS - 1) + " of the file");
			assertThat(sheet.getRow(ROWS - 1).getCell(2).getNumericCellValue()).isEqualTo(ROWS - 1);
		}
	}

	@Test
	void aWorkbookClosedUnwrittenLeavesNoTemporaryFile() throws IOException {
		Set<Path> before = spills();
		try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
			fill(wb.createSheet("Rejects"));
			assertThat(newSpills(before)).isNotEmpty();
		}
		assertThat(newSpills(before)).isEmpty();
	}

	private static void fill(Sheet sheet) {
		for (int r = 0; r < ROWS; r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue("training/peserta.xlsx");
			row.createCell(1).setCellValue("row " + r + " of the file");
			row.createCell(2).setCellValue(r);
		}
	}

	private static Set<Path> newSpills(Set<Path> before) throws IOException {
		Set<Path> now = spills();
		now.removeAll(before);
		return now;
	}

	private static Set<Path> spills() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("blk-sheet-")).collect(Collectors.toSet());
		}
	}
}
