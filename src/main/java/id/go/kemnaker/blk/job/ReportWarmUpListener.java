package id.go.kemnaker.blk.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import id.go.kemnaker.blk.domain.ProvinceCatalog;
import id.go.kemnaker.blk.report.Labels;
import id.go.kemnaker.blk.report.ReportWarmUp;

/**
 * Starts {@link ReportWarmUp} on a thread of its own when the main job has read a large participant set:
 * the steps after that (duplicates, ledger) run on one thread and leave a core free, which the warm-up
 * uses to load and compile the workbook writer. The indicator step, which needs the most memory of the
 * job, waits for it to end before it starts, so the warm-up never adds to the job's peak heap. With fewer
 * than {@link #MIN_ROWS} participant rows those steps end before the warm-up would, and the indicator step
 * would only wait: no warm-up then, nor in the {@code validate} job (one workbook), nor on a machine with
 * one core; {@code blk.debug.report-warm-up=false} turns it off (to measure what it saves).
 */
class ReportWarmUpListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ReportWarmUpListener.class);

	/** Province workbooks the warm-up writes, besides the national one. */
	private static final int PROVINCES = 4;

	/** Staged participant rows from which the steps after reading them outlast the warm-up (on two cores). */
	static final long MIN_ROWS = 300_000;

	private final ProvinceCatalog provinces;
	private final PipelineProperties props;
	private final StagedParticipants participants;
	private final boolean enabled;
	private volatile Thread thread;

	ReportWarmUpListener(ProvinceCatalog provinces, PipelineProperties props, StagedParticipants participants,
			boolean enabled) {
		this.provinces = provinces;
		this.props = props;
		this.participants = participants;
		this.enabled = enabled;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (step.getStatus() == BatchStatus.COMPLETED
				&& BlkJobConfiguration.JOB_NAME.equals(step.getJobExecution().getJobInstance().getJobName())
				&& enabled && Runtime.getRuntime().availableProcessors() > 1 && participants.stagedRows() >= MIN_ROWS) {
			start();
		}
		return null;
	}

	private void start() {
		Thread t = new Thread(() -> {
			long started = System.nanoTime();
			try {
				ReportWarmUp.run(Labels.of(props.locale()), provinces, props.validate(),
						Path.of(System.getProperty("java.io.tmpdir")), PROVINCES);
				log.debug("report warm-up: {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			catch (Exception | LinkageError e) {
				log.debug("report warm-up failed: {}", e.toString());
			}
		}, "report warm-up");
		t.setDaemon(true);
		thread = t;
		t.start();
	}

	/** Waits for the warm-up, if one is running. */
	void await() throws InterruptedException {
		Thread t = thread;
		if (t != null) {
			t.join();
			thread = null;
		}
	}
}
