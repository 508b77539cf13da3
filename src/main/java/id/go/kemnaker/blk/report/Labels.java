package id.go.kemnaker.blk.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import id.go.kemnaker.blk.domain.Message;

/** Report labels from the {@code report} resource bundle: Indonesian by default, English with {@code en}. */
public final class Labels {

	private final ResourceBundle bundle;
	private final Locale locale;

	private Labels(Locale locale) {
		this.locale = locale;
		this.bundle = Message.bundle(locale);
	}

	public static Labels of(Locale locale) {
		return new Labels("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id"));
	}

	public Locale locale() {
		return locale;
	}

	public String get(String key) {
		try {
			return bundle.getString(key);
		}
		catch (MissingResourceException e) {
			throw new IllegalStateException("label '" + key + "' is missing from i18n/report_" + locale.getLanguage(), e);
		}
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	public String format(String key, Object... args) {
		return new MessageFormat(get(key), locale).format(args);
	}

	/** A message for the user in this language; null for none. */
	public String text(Message message) {
		return message == null ? null : message.render(bundle, locale);
	}

	/** Messages one per line. */
	public String lines(List<Message> messages) {
		return messages.isEmpty() ? null : String.join("\n", messages.stream().map(this::text).toList());
	}
}
