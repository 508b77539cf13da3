package id.go.kemnaker.blk.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

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
import id.go.kemnaker.blk.staging.IndicatorStore;
import id.go.kemnaker.blk.staging.StagingStore;

/**
 * The {@code writeReports} step's reader and processor: before the step, loads what the reports are
 * written from (the kept indicators, the data quality of the run and of each province); then hands out the
 * report files of the period and writes each, complete, to its hidden pending file; Spring Batch writes the
 * files of a chunk side by side on its task executor. The files are moved into place together by the next
 * step ({@link PublishReportsTasklet}); when this step fails, the pending files are deleted, and the
 * reports already there stay as they were. Not restartable mid-way: a restart, on any machine, writes every
 * file again.
 */
class ReportWriter implements ItemStreamReader<ReportFile>, ItemProcessor<ReportFile, ReportFile>,
		StepExecutionListener {

	private final IndicatorStore store;
	private final StagingStore staging;
	private final ProvinceCatalog provinces;
	private final PipelineProperties props;
	private final CrashTestPause pause;

	private long run;
	private ReportContext context;
	private List<ReportFile> files;
	private Iterator<ReportFile> next;
	/** Set when the step fails: a file of the same chunk that a writer finishes later is deleted by that writer. */
	private volatile boolean failed;
	/** Files being written now, by the step's threads. */
	private int inFlight;

	ReportWriter(IndicatorStore store, StagingStore staging, ProvinceCatalog provinces, PipelineProperties props,
			CrashTestPause pause) {
		this.store = store;
		this.staging = staging;
		this.provinces = provinces;
		this.props = props;
		this.pause = pause;
	}

	@Override
	public void beforeStep(StepExecution step) {
		run = step.getJobExecution().getJobInstance().getInstanceId();
		failed = false;
		IndicatorSettings settings = props.validate();
		Labels labels = Labels.of(JobParams.locale(step, props));
		Results results = store.load(run, List.of());
		String period = results.period().toString();
		Map<String, QualityData> byProvince = staging.qualities(run,
				provinces.all().stream().map(Province::code).toList(), code -> blanks(labels, results, code));
		context = new ReportContext(labels, results, settings, provinces, store.blks(run), store.programLabels(run),
				RunInfoFactory.create(step, props, settings, period, results.windowStart(), results.windowEnd()),
				byProvince.get(null), byProvince::get);
		files = ReportFiles.of(Path.of(staging.run(run).outputDir()), period, provinces);
	}

	@Override
	public void open(ExecutionContext ctx) {
		Path folder = files.get(0).target().getParent();
		try {
			AtomicFiles.removeLeftovers(folder);
			AtomicFiles.removeLeftovers(folder.resolve("provinsi"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the reports to " + folder + ": " + e.getMessage()
					+ "; the reports already there are unchanged", e);
		}
		next = files.iterator();
	}

	@Override
	public ReportFile read() {
		return next != null && next.hasNext() ? next.next() : null;
	}

	/** Writes one report file, complete, to its pending file. */
	@Override
	public ReportFile process(ReportFile file) {
		synchronized (this) {
			inFlight++;
		}
		try {
			return write(file);
		}
		finally {
			synchronized (this) {
				inFlight--;
				notifyAll();
			}
		}
	}

	private ReportFile write(ReportFile file) {
		try {
			switch (file.kind()) {
				case NATIONAL -> {
					NationalWorkbook.write(file.pending(), context);
					pause.at("writeReports");
				}
				case PROVINCE -> ProvinceWorkbook.write(file.pending(), context, file.province());
				case REJECTS -> RejectsCsv.write(file.pending(), context.labels(),
						action -> staging.forEachReject(run, null, action));
			}
		}
		catch (IOException e) {
			failed = true;
			throw new UncheckedIOException("cannot write the reports to " + file.target().getParent() + ": "
					+ e.getMessage() + "; the reports already there are unchanged", e);
		}
		if (failed) {
			// another file of the chunk failed and the step may already have cleared the folder
			try {
				Files.deleteIfExists(file.pending());
			}
			catch (IOException e) {
				// removed by the next run's first look at the folder
			}
		}
		return file;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (!ExitStatus.COMPLETED.getExitCode().equals(step.getExitStatus().getExitCode()) && files != null) {
			failed = true;
			awaitWriters();
			for (ReportFile f : files) {
				try {
					Files.deleteIfExists(f.pending());
				}
				catch (IOException e) {
					// removed by the next run's first look at the folder
				}
			}
		}
		context = null;
		return step.getExitStatus();
	}

	/**
	 * A failed chunk does not wait for the other files it is writing: wait for them here (they stop soon
	 * on a full disk, and see {@link #failed}), so that none leaves a part file after the run has ended.
	 */
	private synchronized void awaitWriters() {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (inFlight > 0) {
			long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
			if (left <= 0) {
				return;
			}
			try {
				wait(left);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
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
