package id.go.kemnaker.blk.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** {@code history}: the recent runs, newest first, from the job repository. */
@Component
class HistoryCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository repository;

	HistoryCommand(JobRepository repository) {
		this.repository = repository;
	}

	record Line(long run, long execution, String command, LocalDateTime start, LocalDateTime end, String status,
			String period, String read, String accepted, String rejected, String reports) {
	}

	List<Line> lines(int limit) {
		List<Line> lines = new ArrayList<>();
		for (String job : List.of(PipelineLauncher.RUN_JOB, PipelineLauncher.VALIDATE_JOB)) {
			for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
				for (JobExecution e : repository.getJobExecutions(instance)) {
					ExecutionContext ctx = e.getExecutionContext();
					String period = ctx.containsKey("report.period") ? ctx.getString("report.period")
							: String.valueOf(e.getJobParameters().getString("period"));
					lines.add(new Line(instance.getInstanceId(), e.getId(),
							job.equals(PipelineLauncher.RUN_JOB) ? "run" : "validate", e.getStartTime(), e.getEndTime(),
							e.getStatus().toString(), period, number(ctx, "ledger.read"), number(ctx, "ledger.accepted"),
							number(ctx, "ledger.rejected"), number(ctx, "report.workbooks")));
				}
			}
		}
		lines.sort(Comparator.comparing(Line::execution).reversed());
		return lines.subList(0, Math.min(limit, lines.size()));
	}

	int print(PrintStream out, int limit) {
		List<Line> lines = lines(limit);
		if (lines.isEmpty()) {
			out.println("No runs yet.");
			return ExitCodes.OK;
		}
		String format = "%-5s %-5s %-9s %-19s %-19s %9s %-10s %-8s %11s %11s %9s %8s%n";
		out.printf(format, "run", "exec", "command", "start", "end", "duration", "status", "period", "rows read",
				"accepted", "rejected", "reports");
		for (Line l : lines) {
			out.printf(format, l.run(), l.execution(), l.command(), time(l.start()), time(l.end()), duration(l), l.status(),
					l.period(), l.read(), l.accepted(), l.rejected(), l.reports());
		}
		return ExitCodes.OK;
	}

	private static String time(LocalDateTime t) {
		return t == null ? "-" : t.format(TIME);
	}

	private static String duration(Line l) {
		if (l.start() == null || l.end() == null) {
			return "-";
		}
		Duration d = Duration.between(l.start(), l.end());
		return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	private static String number(ExecutionContext ctx, String key) {
		if (!ctx.containsKey(key)) {
			return "-";
		}
		Object v = ctx.get(key);
		return v instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : String.valueOf(v);
	}
}
