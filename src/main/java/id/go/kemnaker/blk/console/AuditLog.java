package id.go.kemnaker.blk.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.ingest.PersonalData;

/**
 * The audit log in the database ({@code console_audit}): who launched, stopped, restarted or abandoned a run
 * and who uploaded which file (landed or refused), when. Details are short texts; personal data is masked.
 */
@Component
@ConditionalOnWebApplication
class AuditLog {

	enum Action {
		LAUNCH, UP_TO_DATE, RESTART, STOP, ABANDON, UPLOAD, UPLOAD_REFUSED
	}

	record Entry(long id, LocalDateTime at, String user, String action, Long executionId, String detail) {
	}

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String user, Action action, Long executionId, String detail) {
		String text = detail == null ? null : PersonalData.maskIdentifiers(detail);
		if (text != null && text.length() > 2000) {
			text = text.substring(0, 1999) + "\u2026";
		}
		jdbc.update("INSERT INTO console_audit (occurred_at, user_name, action_code, execution_id, detail)"
				+ " VALUES (?, ?, ?, ?, ?)", Timestamp.valueOf(LocalDateTime.now().withNano(0)), user, action.name(),
				executionId, text);
	}

	/** The newest entries first. */
	List<Entry> latest(int limit) {
		return jdbc.query("SELECT id, occurred_at, user_name, action_code, execution_id, detail FROM console_audit"
				+ " ORDER BY id DESC LIMIT ?", (rs, i) -> {
					long e = rs.getLong(5);
					return new Entry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4),
							rs.wasNull() ? null : e, rs.getString(6));
				}, limit);
	}
}
