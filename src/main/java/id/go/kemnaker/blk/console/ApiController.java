package id.go.kemnaker.blk.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.launch.RunControl;
import id.go.kemnaker.blk.launch.RunLockedException;

/**
 * The JSON API for scripts, under {@code /api} with HTTP Basic (see {@link SecurityConfiguration}): the same
 * runs, launches, reports and uploads as the pages. Statuses: 202 a run started, 409 another run holds the
 * lock (with the holder), 413 an upload over the limit, 422 an upload that cannot be read (nothing saved),
 * 401 without a valid user, 403 a viewer asking for an operator's action.
 */
@RestController
@RequestMapping("/api")
@ConditionalOnWebApplication
class ApiController {

	private final RunHistory runs;
	private final ReportCatalog reports;
	private final InputFolder inputs;
	private final PipelineTables tables;
	private final AuditLog audit;
	private final ConsoleActions actions;

	ApiController(RunHistory runs, ReportCatalog reports, InputFolder inputs, PipelineTables tables, AuditLog audit,
			ConsoleActions actions) {
		this.runs = runs;
		this.reports = reports;
		this.inputs = inputs;
		this.tables = tables;
		this.audit = audit;
		this.actions = actions;
	}

	private static String user() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null ? "?" : a.getName();
	}

	/** The body of {@code POST /api/runs}; every field may be left out. */
	record LaunchRequest(String period, Boolean force, String lang) {
	}

	@GetMapping("/runs")
	List<Map<String, Object>> runs(@RequestParam(defaultValue = "20") int limit) {
		return runs.lines(Math.max(1, Math.min(limit, 500))).stream().map(ApiController::line).toList();
	}

	@PostMapping("/runs")
	ResponseEntity<Map<String, Object>> launch(@RequestBody(required = false) LaunchRequest body) {
		LaunchRequest r = body == null ? new LaunchRequest(null, null, null) : body;
		RunControl.Launch l = actions.launch(r.period(), r.lang(), Boolean.TRUE.equals(r.force()), user());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", l.executionId());
		out.put("run", l.runId());
		if (l.upToDate()) {
			out.put("upToDate", true);
			out.put("message", "the reports are up to date (inputs and settings unchanged since run " + l.runId()
					+ "); nothing was run; {\"force\":true} runs again");
			return ResponseEntity.ok(out);
		}
		out.put("status", "STARTED");
		out.put("url", "/api/runs/" + l.executionId());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(out);
	}

	@GetMapping("/runs/{id}")
	Map<String, Object> run(@PathVariable long id) {
		RunHistory.RunDetail d = runs.detail(id);
		if (d == null) {
			throw new PageController.NotFound("no run with execution id " + id);
		}
		Map<String, Object> out = line(d.line());
		List<Map<String, Object>> steps = new ArrayList<>();
		for (RunHistory.StepLine s : d.steps()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", s.name());
			m.put("status", s.status().name());
			m.put("start", iso(s.start()));
			m.put("end", iso(s.end()));
			m.put("durationSeconds", s.duration() == null ? null : s.duration().toMillis() / 1000.0);
			m.put("rows", s.rows());
			m.put("readCount", s.read());
			m.put("writeCount", s.written());
			m.put("skipCount", s.skipped());
			m.put("commitCount", s.commits());
			steps.add(m);
		}
		out.put("steps", steps);
		if (d.progress() != null) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("step", d.progress().step());
			p.put("stepNumber", d.progress().stepNumber());
			p.put("steps", d.progress().steps());
			p.put("rows", d.progress().rows());
			p.put("rowsPerSecond", d.progress().rowsPerSecond());
			out.put("progress", p);
		}
		out.put("error", d.error());
		out.put("failedStep", d.failedStep());
		out.put("restartable", d.restartable());
		out.put("ledgerKept", d.ledgerKept());
		out.put("files", d.ledger());
		out.put("rejectsByReason", d.rejects());
		return out;
	}

	@PostMapping("/runs/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id) {
		actions.stop(id, user());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "STOPPING", "message",
				"asked to stop at the next chunk boundary"));
	}

	@PostMapping("/runs/{id}/restart")
	ResponseEntity<Map<String, Object>> restart(@PathVariable long id) {
		RunControl.Launch l = actions.restart(id, user());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("id", l.executionId(), "run", l.runId(), "status", "STARTED", "continues", id));
	}

	@PostMapping("/runs/{id}/abandon")
	Map<String, Object> abandon(@PathVariable long id) {
		actions.abandon(id, user());
		return Map.of("id", id, "status", "ABANDONED");
	}

	@GetMapping("/reports")
	List<Map<String, Object>> reports() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (ReportCatalog.PeriodReports p : reports.periods()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("period", p.period());
			m.put("id", p.executionId());
			m.put("run", p.run());
			m.put("completed", iso(p.completed()));
			List<Map<String, Object>> files = new ArrayList<>();
			for (ReportCatalog.ReportFile f : p.files()) {
				Map<String, Object> fm = new LinkedHashMap<>();
				fm.put("name", f.name());
				fm.put("kind", f.kind().name());
				fm.put("province", f.provinceCode());
				fm.put("size", f.size());
				fm.put("modified", f.modified());
				fm.put("url", "/api/reports/" + p.period() + "/" + f.name());
				files.add(fm);
			}
			m.put("files", files);
			out.add(m);
		}
		return out;
	}

	@GetMapping("/reports/{period}/{file}")
	ResponseEntity<?> report(@PathVariable String period, @PathVariable String file) {
		return ConsoleActions.download(reports, period, file)
			.orElseThrow(() -> new PageController.NotFound("no report " + file + " of period " + period
					+ " (GET /api/reports lists them)"));
	}

	@GetMapping("/inputs")
	Map<String, Object> inputs() {
		Map<String, PipelineTables.FileLedger> last = tables.lastRunFiles();
		Map<String, Object> out = new LinkedHashMap<>();
		List<Map<String, Object>> files = new ArrayList<>();
		for (InputFolder.InputRow r : inputs.files()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("dataset", r.dataset().folder());
			m.put("name", r.name());
			m.put("size", r.size());
			m.put("modified", r.modified());
			m.put("sha256", r.sha256());
			m.put("skipped", r.skipReason() == null ? null : Formats.text(Message.of(r.skipReason())));
			PipelineTables.FileLedger l = last.get(r.path());
			m.put("lastRun", l == null ? "NEW" : l.sha256() != null && l.sha256().equals(r.sha256()) ? l.status() : "CHANGED");
			if (l != null && l.sha256() != null && l.sha256().equals(r.sha256())) {
				m.put("accepted", l.accepted());
				m.put("rejected", l.rejected());
			}
			files.add(m);
		}
		out.put("files", files);
		out.put("archived", inputs.archived());
		return out;
	}

	@PostMapping("/inputs/{dataset}")
	ResponseEntity<Map<String, Object>> upload(@PathVariable String dataset,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		Dataset ds = InputFolder.dataset(dataset);
		if (ds == null) {
			throw new PageController.NotFound("no dataset '" + dataset + "' (labour-force, blk, training, demand)");
		}
		if (file == null) {
			throw new IllegalArgumentException("no multipart field 'file' (curl -F file=@NAME.xlsx)");
		}
		InputFolder.UploadResult r = actions.upload(ds, file, user());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("outcome", r.outcome().name());
		out.put("dataset", ds.folder());
		out.put("name", r.name());
		out.put("size", r.size());
		out.put("sha256", r.sha256());
		if (r.outcome() == InputFolder.Outcome.REFUSED) {
			out.put("error", "unreadable");
			out.put("failure", r.failure());
			out.put("message", Formats.text(Message.of("msg.upload.refused", r.reason())));
			out.put("sheetsSkipped", r.sheetsSkipped().stream().map(Formats::text).toList());
			return ResponseEntity.unprocessableContent().body(out);
		}
		out.put("rowsRead", r.rowsRead());
		out.put("accepted", r.accepted());
		out.put("rejected", r.rejected());
		out.put("totals", r.totals());
		out.put("blank", r.blank());
		out.put("archivedAs", r.archivedAs() == null ? null : "input/" + r.archivedAs());
		List<Map<String, Object>> rejects = new ArrayList<>();
		for (InputFolder.RejectedRow x : r.rejects()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", ds.folder() + "/" + r.name());
			m.put("sheet", x.sheet());
			m.put("row", x.row());
			m.put("column", x.column());
			m.put("value", x.value());
			m.put("reason", x.reason());
			m.put("message", Formats.text(x.message()));
			rejects.add(m);
		}
		out.put("rejects", rejects);
		return ResponseEntity.status(r.outcome() == InputFolder.Outcome.LANDED ? HttpStatus.CREATED : HttpStatus.OK).body(out);
	}

	@GetMapping("/audit")
	List<AuditLog.Entry> audit(@RequestParam(defaultValue = "100") int limit) {
		return audit.latest(Math.max(1, Math.min(limit, 1000)));
	}

	private static Map<String, Object> line(RunHistory.RunLine l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", l.id());
		m.put("run", l.run());
		m.put("job", l.job());
		m.put("status", l.status().name());
		m.put("orphaned", l.orphaned());
		m.put("period", l.period());
		m.put("start", iso(l.start()));
		m.put("end", iso(l.end()));
		m.put("durationSeconds", l.duration() == null ? null : l.duration().toMillis() / 1000.0);
		m.put("rowsRead", l.rowsRead());
		m.put("accepted", l.accepted());
		m.put("rejected", l.rejected());
		m.put("launchedBy", l.launchedBy());
		m.put("lang", l.lang());
		return m;
	}

	/** A time of the job repository as ISO-8601 to the second, in the server's time zone. */
	static String iso(java.time.LocalDateTime t) {
		return t == null ? null : t.withNano(0).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String message) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("error", error);
		m.put("message", message);
		return ResponseEntity.status(status).body(m);
	}

	/** How the API answers trouble: a status and a short JSON message, never a stack trace. */
	@RestControllerAdvice(assignableTypes = ApiController.class)
	@Order(0)
	@ConditionalOnWebApplication
	static class ApiErrors {

		/**
		 * Another run holds the lock: an action is refused (409); on the embedded database, which only the
		 * lock's holder may open, a reading call is asked to come back later (503).
		 */
		@ExceptionHandler(RunLockedException.class)
		ResponseEntity<Map<String, Object>> busy(RunLockedException e, jakarta.servlet.http.HttpServletRequest request) {
			boolean read = "GET".equals(request.getMethod());
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("error", "busy");
			m.put("message", "busy: " + e.getMessage());
			m.put("holder", e.holder());
			return read ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").body(m)
					: ResponseEntity.status(HttpStatus.CONFLICT).body(m);
		}

		@ExceptionHandler(PageController.NotFound.class)
		ResponseEntity<Map<String, Object>> notFound(PageController.NotFound e) {
			return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
		}

		@ExceptionHandler({ InvalidSettingException.class, IllegalArgumentException.class,
				HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
		ResponseEntity<Map<String, Object>> bad(Exception e) {
			String message = e instanceof HttpMessageNotReadableException
					? "the body is not JSON of the form {\"period\":\"YYYY-MM\",\"force\":false,\"lang\":\"id\"}"
					: e instanceof MethodArgumentTypeMismatchException m ? "'" + m.getValue() + "' is not a run id"
							: e.getMessage();
			return error(HttpStatus.BAD_REQUEST, "bad_request", message);
		}

		@ExceptionHandler(IllegalStateException.class)
		ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
			return error(HttpStatus.CONFLICT, "conflict", e.getMessage());
		}

		@ExceptionHandler(NoResourceFoundException.class)
		ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
			return error(HttpStatus.NOT_FOUND, "not_found", "no such API path (see README, Console)");
		}
	}
}
