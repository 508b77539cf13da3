package id.go.kemnaker.blk.console;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.go.kemnaker.blk.domain.Message;

/**
 * How the pages write numbers, sizes, times and durations in the user's language ({@code ${@fmt.number(n)}}):
 * 5.293 in Indonesian, 5,293 in English; a missing figure is a dash, never 0.
 */
@Component("fmt")
@ConditionalOnWebApplication
class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** A message of the pipeline (a reject, a file's failure) in the user's language. */
	public String message(Message m) {
		return text(m);
	}

	/** Why a file is not read (a message key without arguments), in the user's language. */
	public String skipReason(String key) {
		return key == null ? null : text(Message.of(key));
	}

	static String text(Message m) {
		Locale l = "en".equals(locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
		return m == null ? null : m.render(Message.bundle(l), l);
	}

	public String number(Long n) {
		return n == null ? "\u2013" : NumberFormat.getIntegerInstance(locale()).format(n);
	}

	public String number(long n) {
		return NumberFormat.getIntegerInstance(locale()).format(n);
	}

	public String bytes(long n) {
		NumberFormat f = NumberFormat.getNumberInstance(locale());
		f.setMaximumFractionDigits(1);
		if (n < 1024) {
			return f.format(n) + " B";
		}
		if (n < 1024 * 1024) {
			return f.format(n / 1024.0) + " KB";
		}
		if (n < 1024L * 1024 * 1024) {
			return f.format(n / (1024.0 * 1024)) + " MB";
		}
		return f.format(n / (1024.0 * 1024 * 1024)) + " GB";
	}

	public String time(LocalDateTime t) {
		return t == null ? "\u2013" : t.withNano(0).format(TIME);
	}

	public String time(Instant t) {
		return t == null ? "\u2013" : LocalDateTime.ofInstant(t, ZoneId.systemDefault()).withNano(0).format(TIME);
	}

	public String duration(Duration d) {
		if (d == null) {
			return "\u2013";
		}
		long s = Math.max(0, d.toSeconds());
		boolean id = !"en".equals(locale().getLanguage());
		if (s < 60) {
			if (d.toMillis() < 10_000) {
				NumberFormat f = NumberFormat.getNumberInstance(locale());
				f.setMaximumFractionDigits(1);
				f.setMinimumFractionDigits(1);
				return f.format(Math.max(0, d.toMillis()) / 1000.0) + (id ? " dtk" : " s");
			}
			return s + (id ? " dtk" : " s");
		}
		if (s < 3600) {
			return (s / 60) + (id ? " mnt " : " min ") + (s % 60) + (id ? " dtk" : " s");
		}
		return (s / 3600) + (id ? " jam " : " h ") + (s % 3600 / 60) + (id ? " mnt" : " min");
	}

	/** Where a row is: file, sheet, row, column, in the user's language. */
	public String where(String file, String sheet, int row, String column) {
		boolean id = !"en".equals(locale().getLanguage());
		StringBuilder sb = new StringBuilder(file);
		if (sheet != null && !file.endsWith(sheet)) {
			sb.append(id ? ", lembar " : ", sheet ").append(sheet);
		}
		if (row > 0) {
			sb.append(id ? ", baris " : ", row ").append(row);
		}
		if (column != null) {
			sb.append(id ? ", kolom " : ", column ").append(column);
		}
		return sb.toString();
	}

	/** Who launched a run, in words. */
	public String launcher(String launchedBy) {
		if (launchedBy == null || launchedBy.isBlank()) {
			return "\u2013";
		}
		if (launchedBy.equals("schedule")) {
			return messages.getMessage("launcher.schedule", null, locale());
		}
		if (launchedBy.startsWith("console:")) {
			return messages.getMessage("launcher.console", new Object[] { launchedBy.substring(8) }, locale());
		}
		if (launchedBy.startsWith("cli:")) {
			return messages.getMessage("launcher.cli", new Object[] { launchedBy.substring(4) }, locale());
		}
		return launchedBy;
	}

	/** A label from the bundles, or the code itself when there is none (a reason added later, a step). */
	public String label(String prefix, String code) {
		if (code == null) {
			return "\u2013";
		}
		return messages.getMessage(prefix + code, null, code, locale());
	}
}
