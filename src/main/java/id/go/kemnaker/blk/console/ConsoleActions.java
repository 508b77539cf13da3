package id.go.kemnaker.blk.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import id.go.kemnaker.blk.domain.Dataset;
import id.go.kemnaker.blk.launch.RunControl;

/**
 * What an operator does, the same from a page and from the API, each recorded in the audit log: launch,
 * restart, stop or abandon a run, upload a file. And the one way a report file is handed out.
 */
@Component
@ConditionalOnWebApplication
class ConsoleActions {

	private final RunControl control;
	private final AuditLog audit;
	private final InputFolder inputs;

	ConsoleActions(RunControl control, AuditLog audit, InputFolder inputs) {
		this.control = control;
		this.audit = audit;
		this.inputs = inputs;
	}

	RunControl.Launch launch(String period, String lang, boolean force, String user) {
		String p = period == null ? "" : period.strip();
		String l = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
		RunControl.Launch launch = control.launch(p, l, force, "console:" + user);
		String what = "period " + (p.isEmpty() ? "latest" : p) + ", language " + (l == null ? "id" : l)
				+ (force ? ", force" : "");
		if (launch.upToDate()) {
			audit.record(user, AuditLog.Action.UP_TO_DATE, launch.executionId(),
					what + ": reports up to date (run " + launch.runId() + "), nothing run");
		}
		else {
			audit.record(user, AuditLog.Action.LAUNCH, launch.executionId(), what + ": run " + launch.runId());
		}
		return launch;
	}

	RunControl.Launch restart(long executionId, String user) {
		RunControl.Launch launch = control.restart(executionId, "console:" + user);
		audit.record(user, AuditLog.Action.RESTART, launch.executionId(),
				"continues execution " + executionId + " of run " + launch.runId());
		return launch;
	}

	void stop(long executionId, String user) {
		control.stop(executionId);
		audit.record(user, AuditLog.Action.STOP, executionId, "asked to stop at the next chunk boundary");
	}

	void abandon(long executionId, String user) {
		control.abandon(executionId, "console:" + user);
		audit.record(user, AuditLog.Action.ABANDON, executionId, "will not be continued");
	}

	InputFolder.UploadResult upload(Dataset dataset, MultipartFile file, String user) {
		InputFolder.UploadResult r;
		try (InputStream in = file.getInputStream()) {
			r = inputs.upload(dataset, file.getOriginalFilename(), in, user);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the upload: " + e.getMessage(), e);
		}
		String where = dataset.folder() + "/" + r.name();
		switch (r.outcome()) {
			case LANDED -> audit.record(user, AuditLog.Action.UPLOAD, null, where + " (" + r.size() + " bytes, SHA-256 "
					+ r.sha256() + "): " + r.rowsRead() + " rows read, " + r.accepted() + " accepted, " + r.rejected()
					+ " rejected" + (r.archivedAs() == null ? "" : "; old version kept as input/" + r.archivedAs()));
			case UNCHANGED -> audit.record(user, AuditLog.Action.UPLOAD, null, where + ": the same bytes as the file"
					+ " already there, nothing changed");
			case REFUSED -> audit.record(user, AuditLog.Action.UPLOAD_REFUSED, null, where + " (" + r.size() + " bytes): "
					+ r.reason());
		}
		return r;
	}

	/** A report file of the catalogue as a download, or empty when no completed run wrote one of that name. */
	static Optional<ResponseEntity<FileSystemResource>> download(ReportCatalog reports, String period, String name) {
		return reports.find(period, name).map(f -> {
			MediaType type = f.name().endsWith(".csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			return ResponseEntity.ok()
				.contentType(type)
				.contentLength(f.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(new FileSystemResource(f.path()));
		});
	}
}
