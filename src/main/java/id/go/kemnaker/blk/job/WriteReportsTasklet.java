package id.go.kemnaker.blk.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.indicator.IndicatorSettings;
import id.go.kemnaker.blk.indicator.IndicatorValue;
import id.go.kemnaker.blk.indicator.Results;
import id.go.kemnaker.blk.indicator.Scope;
import id.go.kemnaker.blk.report.AtomicFiles;
import id.go.kemnaker.blk.report.Labels;
import id.go.kemnaker.blk.report.NationalWorkbook;
import id.go.kemnaker.blk.report.ProvinceWorkbook;
import id.go.kemnaker.blk.report.QualityData;
import id.go.kemnaker.blk.report.RejectsCsv;
import id.go.kemnaker.blk.report.ReportContext;
import id.go.kemnaker.blk.report.RunInfo;

/**
 * Writes the national workbook, the 38 province workbooks and the rejects file of the report period.
 * Each file is written under a temporary name and moved into place, so a killed step leaves the previous
 * reports as they were; a restart writes them all again from the kept indicators.
 */
class WriteReportsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);
	private static final long PROGRESS_MILLIS = 5_000;

	private final IndicatorStore store;
	private final StagingStore staging;
	private final ProvinceCatalog provinces;
	private final PipelineProperties props;
	private final CrashTestPause pause;
	private final ReportWarmUpListener warmUp;

	WriteReportsTasklet(IndicatorStore store, StagingStore staging, ProvinceCatalog provinces, PipelineProperties props,
			CrashTestPause pause, ReportWarmUpListener warmUp) {
		this.store = store;
		this.staging = staging;
		this.provinces = provinces;
		this.props = props;
		this.pause = pause;
		this.warmUp = warmUp;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
		warmUp.await();
		IndicatorSettings settings = props.validate();
		Labels labels = Labels.of(JobParams.locale(chunk.getStepContext().getStepExecution(), props));
		Results results = store.load(List.of());
		String period = results.period().toString();
		Path output = Path.of(staging.run().outputDir());
		List<BlkRecord> blks = store.blks();
		RunInfo run = RunInfoFactory.create(chunk.getStepContext().getStepExecution(), props, settings, period,
				results.windowStart(), results.windowEnd());
		Map<String, QualityData> byProvince = staging.qualities(provinces.all().stream().map(Province::code).toList(),
				code -> blanks(labels, results, code));
		QualityData national = byProvince.get(null);
		ReportContext ctx = new ReportContext(labels, results, settings, provinces, blks, store.programLabels(), run,
				national, byProvince::get);
		long started = System.currentTimeMillis();
		Path nationalPath = NationalWorkbook.path(output, period);
		Path rejects = RejectsCsv.path(output, period);
		AtomicLong rejected = new AtomicLong();
		int written;
		try {
			written = writeAll(ctx, output, period, nationalPath, rejects, rejected);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot write the reports to " + nationalPath.getParent() + ": "
					+ e.getMessage() + "; the reports already there are unchanged", e);
		}
		ExecutionContext step = chunk.getStepContext().getStepExecution().getExecutionContext();
		step.putString("report.national", nationalPath.toString());
		step.putString("report.provinces", nationalPath.getParent().resolve("provinsi").toString());
		step.putString("report.rejects", rejects.toString());
		chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putInt("report.workbooks", written);
		log.info("wrote {} workbooks and {} ({} rejected rows) to {} in {} ms", written, rejects.getFileName(), rejected.get(),
				nationalPath.getParent(), System.currentTimeMillis() - started);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes the national workbook, the province workbooks and the rejects file on one thread more than
	 * there are cores (at most four): each file is independent, most of the time goes to zipping XML, and
	 * some to waiting for the disk. The national workbook, the largest, starts first. Every file is first
	 * written complete beside its target (a hidden {@code .pending} file) and only when all 40 are written
	 * are they moved into place: a run that fails leaves the previous set of reports as it was, not a mix.
	 * Returns the number of workbooks; the rejects file's rows go to {@code rejected}.
	 */
	private int writeAll(ReportContext ctx, Path output, String period, Path nationalPath, Path rejects,
			AtomicLong rejected) throws Exception {
		Path folder = nationalPath.getParent();
		AtomicFiles.removeLeftovers(folder);
		AtomicFiles.removeLeftovers(folder.resolve("provinsi"));
		Map<Path, Path> targets = new java.util.LinkedHashMap<>();
		List<Callable<Path>> tasks = new ArrayList<>();
		targets.put(nationalPath, AtomicFiles.pending(nationalPath));
		tasks.add(() -> {
			NationalWorkbook.write(targets.get(nationalPath), ctx);
			return nationalPath;
		});
		targets.put(rejects, AtomicFiles.pending(rejects));
		tasks.add(() -> {
			rejected.set(RejectsCsv.write(targets.get(rejects), ctx.labels(), action -> staging.forEachReject(null, action)));
			return rejects;
		});
		for (Province p : provinces.all()) {
			Path target = ProvinceWorkbook.path(output, period, p);
			targets.put(target, AtomicFiles.pending(target));
			tasks.add(() -> {
				ProvinceWorkbook.write(targets.get(target), ctx, p);
				return target;
			});
		}
		int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() + 1));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		boolean written = false;
		try {
			List<Future<Path>> futures = new ArrayList<>();
			for (Callable<Path> t : tasks) {
				futures.add(pool.submit(t));
			}
			long last = System.currentTimeMillis();
			int done = 0;
			for (Future<Path> f : futures) {
				try {
					f.get();
				}
				catch (ExecutionException e) {
					throw e.getCause() instanceof Exception ex ? ex : e;
				}
				done++;
				if (done == 1) {
					pause.at("writeReports");
				}
				if (System.currentTimeMillis() - last > PROGRESS_MILLIS) {
					last = System.currentTimeMillis();
					log.info("reports: {} of {} files written", done, tasks.size());
				}
			}
			for (Map.Entry<Path, Path> t : targets.entrySet()) {
				AtomicFiles.commit(t.getValue(), t.getKey());
			}
			written = true;
			return done - 1;
		}
		finally {
			pool.shutdownNow();
			if (!written) {
				// the workbooks still being written finish or fail first; then none of the new set is kept
				pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
				for (Path pending : targets.values()) {
					java.nio.file.Files.deleteIfExists(pending);
				}
			}
		}
	}

	/** Blank indicators of the report period (national and provinces, or one province) with their reason. */
	private List<QualityData.BlankIndicator> blanks(Labels l, Results r, String provinceCode) {
		List<QualityData.BlankIndicator> out = new ArrayList<>();
		if (provinceCode == null) {
			for (IndicatorValue v : r.blanks(Scope.NATIONAL)) {
				out.add(new QualityData.BlankIndicator(l.get("row.national"), "00", l.get("row.national"),
						v.indicator().name(), v.flag().name()));
			}
		}
		for (IndicatorValue v : r.blanks(Scope.PROVINCE)) {
			if (provinceCode == null || provinceCode.equals(v.key())) {
				out.add(new QualityData.BlankIndicator(l.get("col.province"), v.key(),
						provinces.get(v.key()).displayName(), v.indicator().name(), v.flag().name()));
			}
		}
		return out;
	}
}
