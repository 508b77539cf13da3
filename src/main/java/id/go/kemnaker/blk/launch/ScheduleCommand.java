package id.go.kemnaker.blk.launch;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.job.PipelineProperties;

/**
 * {@code schedule}: stays running and does exactly what {@code run} does at every firing of the cron
 * expression (default 02:00 every night, Asia/Jakarta). Between firings it holds neither the run lock nor
 * the embedded database, so a run can be launched by hand; a firing while another run holds the lock is
 * skipped with a log line, and a failed night is resumed by the next firing.
 */
@Component
class ScheduleCommand implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

	private final PipelineLauncher launcher;
	private final RunLockHolder lock;
	private final DataSource dataSource;
	private final PipelineProperties props;
	private final CountDownLatch stopped = new CountDownLatch(1);
	private final AtomicBoolean firing = new AtomicBoolean();
	private ThreadPoolTaskScheduler scheduler;
	private CronExpression cron;
	private ZoneId zone;

	ScheduleCommand(PipelineLauncher launcher, RunLockHolder lock, DataSource dataSource, PipelineProperties props) {
		this.launcher = launcher;
		this.lock = lock;
		this.dataSource = dataSource;
		this.props = props;
	}

	/** The schedule of the settings. */
	record Schedule(CronExpression cron, String expression, ZoneId zone) {

		CronTrigger trigger() {
			return new CronTrigger(expression, zone);
		}
	}

	/** The cron expression and zone of the settings; a bad one is a bad setting (exit code 2). */
	static Schedule schedule(PipelineProperties props) {
		PipelineProperties.Schedule s = props.schedule();
		String expression = s == null || s.cron() == null ? "0 0 2 * * *" : s.cron().strip();
		String zoneName = s == null || s.zone() == null ? "Asia/Jakarta" : s.zone().strip();
		CronExpression cron;
		try {
			cron = CronExpression.parse(expression);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidSettingException("blk.schedule.cron", "'" + expression + "' is not a cron expression"
					+ " (six fields: second minute hour day month weekday, e.g. \"0 0 2 * * *\"): " + e.getMessage());
		}
		try {
			return new Schedule(cron, expression, ZoneId.of(zoneName));
		}
		catch (RuntimeException e) {
			throw new InvalidSettingException("blk.schedule.zone", "unknown time zone '" + zoneName + "'");
		}
	}

	int run() throws InterruptedException {
		Schedule schedule = schedule(props);
		cron = schedule.cron();
		zone = schedule.zone();
		releaseDatabase();
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("schedule-");
		scheduler.initialize();
		scheduler.schedule(this::fire, schedule.trigger());
		log.info("scheduled '{}' ({}): next run at {}", schedule.expression(), zone, next());
		stopped.await();
		return ExitCodes.OK;
	}

	private void fire() {
		if (!firing.compareAndSet(false, true)) {
			log.info("skipped: the previous firing is still running");
			return;
		}
		try {
			lock.reacquire();
		}
		catch (RunLockedException e) {
			log.info("skipped: {}", e.getMessage());
			firing.set(false);
			return;
		}
		try {
			log.info("scheduled run starting");
			int code = launcher.run(launcher.defaults(false, "schedule"));
			log.info("scheduled run ended with exit code {}; next run at {}", code, next());
		}
		catch (RuntimeException e) {
			log.error("scheduled run failed: {}; the next firing resumes it; next run at {}", Main.firstLine(e.getMessage()),
					next());
		}
		finally {
			releaseDatabase();
			firing.set(false);
		}
	}

	private ZonedDateTime next() {
		return cron.next(ZonedDateTime.now(zone));
	}

	/** Closes the embedded database and gives back the lock, so that another process may use them. */
	private void releaseDatabase() {
		EmbeddedDatabase.close(dataSource);
		lock.release();
	}

	@Override
	public void destroy() {
		if (scheduler != null) {
			scheduler.shutdown();
		}
		stopped.countDown();
	}
}
