package id.go.kemnaker.blk.console;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.domain.InvalidSettingException;
import id.go.kemnaker.blk.domain.Message;
import id.go.kemnaker.blk.job.PipelineProperties;
import id.go.kemnaker.blk.launch.RunControl;
import id.go.kemnaker.blk.launch.RunLockedException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's pages: server-rendered with Thymeleaf; the parts that change while a run works (the runs
 * table, a run's progress and steps) are fragments that htmx fetches every 2 s while there is something
 * running, and an upload's answer is swapped in without leaving the page.
 */
@Controller
@ConditionalOnWebApplication
class PageController {

	private final RunHistory runs;
	private final ReportCatalog reports;
	private final InputFolder inputs;
	private final PipelineTables tables;
	private final AuditLog audit;
	private final PipelineProperties props;
	private final MessageSource messages;
	private final ConsoleActions actions;

	PageController(RunHistory runs, ReportCatalog reports, InputFolder inputs, PipelineTables tables,
			AuditLog audit, PipelineProperties props, MessageSource messages, ConsoleActions actions) {
		this.runs = runs;
		this.reports = reports;
		this.inputs = inputs;
		this.tables = tables;
		this.audit = audit;
		this.props = props;
		this.messages = messages;
		this.actions = actions;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String user() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null ? "?" : a.getName();
	}

	@GetMapping("/")
	String home() {
		return "redirect:/runs";
	}

	@GetMapping("/login")
	String login() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		if (a != null && a.isAuthenticated() && !"anonymousUser".equals(a.getName())) {
			return "redirect:/runs";
		}
		return "login";
	}

	@org.springframework.web.bind.annotation.RequestMapping("/denied")
	String denied(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("heading", text("denied.title"));
		model.addAttribute("text", text("denied.text"));
		return "message";
	}

	// ------------------------------------------------------------------------------------------------ runs

	@GetMapping("/runs")
	String runs(Model model) {
		List<RunHistory.RunLine> lines = runs.lines(50);
		model.addAttribute("lines", lines);
		model.addAttribute("anyRunning", runs.anyRunning(lines));
		return "runs";
	}

	@GetMapping("/runs/table")
	String runsTable(Model model) {
		runs(model);
		return "runs :: runstable";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		RunHistory.RunDetail d = runs.detail(id);
		if (d == null) {
			throw new NotFound(text("run.notFound", id));
		}
		model.addAttribute("d", d);
		if (d.line().status() == org.springframework.batch.core.BatchStatus.COMPLETED && d.line().period() != null
				&& "run".equals(d.line().job())) {
			reports.periods().stream()
				.filter(p -> p.period().equals(d.line().period()) && p.executionId() == id)
				.findFirst()
				.ifPresent(p -> model.addAttribute("reports", p));
		}
		return "run";
	}

	@GetMapping("/runs/{id}/live")
	String runLive(@PathVariable long id, Model model) {
		run(id, model);
		return "run :: runbody";
	}

	@PostMapping("/runs/{id}/stop")
	String stop(@PathVariable long id, RedirectAttributes flash) {
		try {
			actions.stop(id, user());
			flash.addFlashAttribute("flash", text("run.stop.asked"));
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("flashError", e.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	@PostMapping("/runs/{id}/restart")
	String restart(@PathVariable long id, RedirectAttributes flash) {
		try {
			RunControl.Launch l = actions.restart(id, user());
			flash.addFlashAttribute("flash", text("run.restarted", id));
			return "redirect:/runs/" + l.executionId();
		}
		catch (RunLockedException e) {
			flash.addFlashAttribute("flashError", text("launch.busy") + " " + e.getMessage());
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("flashError", text("run.restart.cannot", e.getMessage()));
		}
		return "redirect:/runs/" + id;
	}

	@PostMapping("/runs/{id}/abandon")
	String abandon(@PathVariable long id, RedirectAttributes flash) {
		try {
			actions.abandon(id, user());
			flash.addFlashAttribute("flash", text("run.abandoned"));
		}
		catch (RunLockedException e) {
			flash.addFlashAttribute("flashError", text("launch.busy") + " " + e.getMessage());
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("flashError", e.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	// ------------------------------------------------------------------------------------------------ launch

	@GetMapping("/launch")
	String launchForm(Model model) {
		if (!model.containsAttribute("lang")) {
			model.addAttribute("lang", props.lang());
		}
		if (!model.containsAttribute("period")) {
			model.addAttribute("period", props.period());
		}
		model.addAttribute("force", Boolean.TRUE.equals(model.getAttribute("force")));
		return "launch";
	}

	@PostMapping("/launch")
	String launch(@RequestParam(required = false) String period, @RequestParam(required = false) String lang,
			@RequestParam(defaultValue = "false") boolean force, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		model.addAttribute("period", period == null ? "" : period);
		model.addAttribute("lang", lang == null ? props.lang() : lang);
		model.addAttribute("force", force);
		try {
			RunControl.Launch l = actions.launch(period, lang, force, user());
			if (l.upToDate()) {
				flash.addFlashAttribute("flash", text("launch.upToDate", l.runId()));
			}
			else {
				flash.addFlashAttribute("flash", text("launch.started", l.runId()));
			}
			return "redirect:/runs/" + l.executionId();
		}
		catch (RunLockedException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("busy", e.getMessage());
		}
		catch (InvalidSettingException | IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("launchError", e.getMessage());
		}
		return "launch";
	}

	// ------------------------------------------------------------------------------------------------ reports

	@GetMapping("/reports")
	String reports(Model model) {
		model.addAttribute("periods", reports.periods());
		return "reports";
	}

	@GetMapping("/reports/{period}/{file}")
	ResponseEntity<?> download(@PathVariable String period, @PathVariable String file) {
		return ConsoleActions.download(reports, period, file)
			.orElseThrow(() -> new NotFound(text("reports.notFound")));
	}

	// ------------------------------------------------------------------------------------------------ inputs

	@GetMapping("/inputs")
	String inputs(Model model) {
		Map<Dataset, List<InputFolder.InputRow>> byDataset = new EnumMap<>(Dataset.class);
		for (Dataset d : Dataset.values()) {
			byDataset.put(d, new ArrayList<>());
		}
		for (InputFolder.InputRow r : inputs.files()) {
			byDataset.get(r.dataset()).add(r);
		}
		model.addAttribute("datasets", Dataset.values());
		model.addAttribute("files", byDataset);
		model.addAttribute("last", tables.lastRunFiles());
		model.addAttribute("archived", inputs.archived());
		model.addAttribute("inputFolder", inputs.root().toString());
		return "inputs";
	}

	@PostMapping("/inputs/{dataset}")
	String upload(@PathVariable String dataset, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response) {
		Dataset ds = InputFolder.dataset(dataset);
		if (ds == null) {
			throw new NotFound(text("inputs.noDataset"));
		}
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("outcome", "REFUSED");
			model.addAttribute("r", new InputFolder.UploadResult(InputFolder.Outcome.REFUSED, ds, "-", 0, null, "NO_FILE",
					Message.literal(text("upload.noFile")), 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), null));
			return "upload :: result";
		}
		try {
			InputFolder.UploadResult r = actions.upload(ds, file, user());
			model.addAttribute("outcome", r.outcome().name());
			model.addAttribute("r", r);
			response.setStatus(switch (r.outcome()) {
				case LANDED -> HttpStatus.CREATED.value();
				case UNCHANGED -> HttpStatus.OK.value();
				case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT.value();
			});
			if (r.outcome() == InputFolder.Outcome.LANDED) {
				model.addAttribute("refreshed", inputs.files().stream().filter(f -> f.dataset() == ds).toList());
				model.addAttribute("last", tables.lastRunFiles());
			}
		}
		catch (RunLockedException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("outcome", "BUSY");
			model.addAttribute("message", e.getMessage());
		}
		return "upload :: result";
	}

	// ------------------------------------------------------------------------------------------------ audit

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("entries", audit.latest(500));
		return "audit";
	}

	/** A page or file that does not exist (404). */
	static final class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message);
		}
	}
}
