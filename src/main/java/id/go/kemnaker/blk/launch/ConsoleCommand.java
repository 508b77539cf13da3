package id.go.kemnaker.blk.launch;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.job.PipelineProperties;

/**
 * {@code console}: the web console (package {@code console}) answers while this command stays up; it also
 * runs the nightly schedule in the same process (unless {@code --cron=-}), through the same launches as the
 * console's, so one service does both. A firing while a run works is skipped with a log line.
 */
@Component
class ConsoleCommand implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsoleCommand.class);

	private final RunControl control;
	private final PipelineLauncher launcher;
	private final PipelineProperties props;
	private final Environment env;
	private final CountDownLatch stopped = new CountDownLatch(1);
	private ThreadPoolTaskScheduler scheduler;
	private CronExpression cron;
	private ZoneId zone;

	ConsoleCommand(RunControl control, PipelineLauncher launcher, PipelineProperties props, Environment env) {
		this.control = control;
		this.launcher = launcher;
		this.props = props;
		this.env = env;
	}

	/** Whether the settings turn the console's schedule off ({@code --cron=-}). */
	static boolean scheduleOff(PipelineProperties props) {
		return props.schedule() != null && props.schedule().cron() != null && props.schedule().cron().strip().equals("-");
	}

	int run() throws InterruptedException {
		String address = env.getProperty("server.address", "127.0.0.1");
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		log.info("console: http://{}:{}/ ({} database{})", address.contains(":") ? "[" + address + "]" : address, port,
				control.embeddedDatabase() ? "embedded" : "PostgreSQL",
				control.embeddedDatabase() ? ", opened only while a page or a run uses it" : "");
		if (scheduleOff(props)) {
			log.info("console: no schedule (--cron=-)");
		}
		else {
			ScheduleCommand.Schedule schedule = ScheduleCommand.schedule(props);
			cron = schedule.cron();
			zone = schedule.zone();
			scheduler = new ThreadPoolTaskScheduler();
			scheduler.setPoolSize(1);
			scheduler.setThreadNamePrefix("schedule-");
			scheduler.initialize();
			scheduler.schedule(this::fire, schedule.trigger());
			log.info("console: scheduled '{}' ({}): next run at {}", schedule.expression(), zone, next());
		}
		control.startedUp();
		stopped.await();
		return ExitCodes.OK;
	}

	private void fire() {
		try {
			control.enter();
		}
		catch (RunLockedException e) {
			log.info("scheduled run skipped: {}; next run at {}", e.getMessage(), next());
			return;
		}
		try {
			PipelineLauncher.Options o = launcher.defaults(false, "schedule");
			RunControl.Launch launch = control.launch(o.period(), o.lang(), false, "schedule");
			if (launch.upToDate()) {
				log.info("scheduled run: reports are up to date (run {}); next run at {}", launch.runId(), next());
			}
			else {
				log.info("scheduled run started: run {}, execution {}; next run at {}", launch.runId(), launch.executionId(),
						next());
			}
		}
		catch (RunLockedException e) {
			log.info("scheduled run skipped: {}; next run at {}", e.getMessage(), next());
		}
		catch (RuntimeException e) {
			log.error("scheduled run could not start: {}; next run at {}", Main.firstLine(e.getMessage()), next());
		}
		finally {
			control.leave();
		}
	}

	private ZonedDateTime next() {
		return cron.next(ZonedDateTime.now(zone));
	}

	@Override
	public void destroy() {
		if (scheduler != null) {
			scheduler.shutdown();
		}
		stopped.countDown();
	}
}
