package id.go.kemnaker.blk.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.job.JobParams;
import id.go.kemnaker.blk.report.ProvinceWorkbook;

/**
 * The reports that completed runs wrote, by report period: the national workbook, the 38 province workbooks
 * and the rejects file of the latest completed run of each period. A download names a period and a file name;
 * it is answered only with a file of this list, looked up by equal name, never with a path made from what was
 * asked.
 */
@Component
@ConditionalOnWebApplication
class ReportCatalog {

	/** How many runs back the catalogue looks for periods. */
	private static final int RUNS = 200;

	private final JobRepository repository;
	private final ProvinceCatalog provinces;

	ReportCatalog(JobRepository repository, ProvinceCatalog provinces) {
		this.repository = repository;
		this.provinces = provinces;
	}

	enum Kind {
		NATIONAL, PROVINCE, REJECTS
	}

	/** A report file: its name, what it is (for a province: which), its size and time. */
	record ReportFile(String name, Kind kind, String provinceCode, String provinceName, long size, Instant modified,
			Path path) {
	}

	/** The reports of one period, from one completed run. */
	record PeriodReports(String period, long executionId, long run, LocalDateTime completed, List<ReportFile> files) {

		List<ReportFile> of(Kind kind) {
			return files.stream().filter(f -> f.kind() == kind).toList();
		}

		/** The national workbook, then the rejects file. */
		public List<ReportFile> mainFiles() {
			List<ReportFile> out = new ArrayList<>(of(Kind.NATIONAL));
			out.addAll(of(Kind.REJECTS));
			return out;
		}

		public List<ReportFile> provinceFiles() {
			return of(Kind.PROVINCE);
		}
	}

	/** Every period with reports on disk, newest period first. */
	List<PeriodReports> periods() {
		Map<String, JobExecution> latest = new LinkedHashMap<>();
		for (JobInstance instance : repository.getJobInstances(RunHistory.RUN_JOB, 0, RUNS)) {
			for (JobExecution e : repository.getJobExecutions(instance)) {
				if (e.getStatus() != BatchStatus.COMPLETED || !e.getExecutionContext().containsKey("report.period")) {
					continue;
				}
				String period = e.getExecutionContext().getString("report.period");
				JobExecution known = latest.get(period);
				if (known == null || known.getId() < e.getId()) {
					latest.put(period, e);
				}
			}
		}
		List<PeriodReports> out = new ArrayList<>();
		for (Map.Entry<String, JobExecution> p : latest.entrySet()) {
			List<ReportFile> files = files(p.getValue(), p.getKey());
			if (!files.isEmpty()) {
				JobExecution e = p.getValue();
				out.add(new PeriodReports(p.getKey(), e.getId(), e.getJobInstance().getInstanceId(), e.getEndTime(), files));
			}
		}
		out.sort(Comparator.comparing(PeriodReports::period).reversed());
		return out;
	}

	/** The file of this name among the reports of this period, if a completed run wrote it. */
	Optional<ReportFile> find(String period, String name) {
		if (period == null || name == null) {
			return Optional.empty();
		}
		for (PeriodReports p : periods()) {
			if (p.period().equals(period)) {
				return p.files().stream().filter(f -> f.name().equals(name)).findFirst();
			}
		}
		return Optional.empty();
	}

	/** The files the run recorded in its steps (national workbook, rejects file) and its province workbooks. */
	private List<ReportFile> files(JobExecution e, String period) {
		List<ReportFile> out = new ArrayList<>();
		for (StepExecution s : e.getStepExecutions()) {
			if (s.getExecutionContext().containsKey("report.national")) {
				add(out, Path.of(s.getExecutionContext().getString("report.national")), Kind.NATIONAL, null);
			}
			if (s.getExecutionContext().containsKey("report.rejects")) {
				add(out, Path.of(s.getExecutionContext().getString("report.rejects")), Kind.REJECTS, null);
			}
		}
		String output = e.getJobParameters().getString(JobParams.OUTPUT_DIR);
		if (output != null) {
			for (Province p : provinces.all()) {
				add(out, ProvinceWorkbook.path(Path.of(output), period, p), Kind.PROVINCE, p);
			}
		}
		return out;
	}

	private static void add(List<ReportFile> out, Path path, Kind kind, Province province) {
		try {
			if (Files.isRegularFile(path)) {
				out.add(new ReportFile(path.getFileName().toString(), kind, province == null ? null : province.code(),
						province == null ? null : province.displayName(), Files.size(path),
						Files.getLastModifiedTime(path).toInstant(), path));
			}
		}
		catch (IOException e) {
			// a file that went away meanwhile is not listed
		}
	}
}
