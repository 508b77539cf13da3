package id.go.kemnaker.blk.domain;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A text for the user: a key of the report bundles ({@code i18n/report_*.properties}, keys {@code msg.*})
 * and its arguments, rendered with {@link MessageFormat} in the language of the workbook, file or page
 * that shows it, never before. Arguments are text: values quoted from the input are shown as they are,
 * never translated; an argument the pattern formats as a number ({@code {0,number,0.00}}) is written in
 * the language's number format. An argument may itself be a message, such as the reason a file failed
 * inside the line that says where, or a list of messages. A message with a null key is a text kept as it
 * is (rows staged before messages had keys, texts not yet in the bundles).
 */
public record Message(String key, List<String> args) {

	/** Separates the arguments in {@link #encodedArgs()}. */
	static final char ARG = '\u001F';
	/** {@link #ARG} as text, for SQL that builds stored arguments. */
	public static final String SEPARATOR = String.valueOf(ARG);
	/** Starts an argument that is a message: its key and arguments, encoded. */
	static final char NESTED = '\u001D';
	/** Starts an argument that is a list of messages, shown one after another. */
	static final char JOINED = '\u001E';
	/** Separates the messages of a list. */
	static final char LIST = '\u001C';
	/** Makes the next character plain text inside an encoding. */
	static final char ESCAPE = '\u001B';

	private static final ResourceBundle ENGLISH = bundle(Locale.ENGLISH);

	public Message {
		args = List.copyOf(args);
	}

	/** The message {@code key} (a {@code msg.*} key of the report bundles) with its arguments. */
	public static Message of(String key, Object... args) {
		List<String> list = new ArrayList<>(args.length);
		for (Object a : args) {
			list.add(arg(a));
		}
		return new Message(key, list);
	}

	/** A text shown as it is, in every language. */
	public static Message literal(String text) {
		return new Message(null, List.of(text == null ? "" : clean(text)));
	}

	/** Messages shown one after another as one argument ({@code a, b, c}). */
	public static Object joined(List<Message> parts) {
		return new Joined(List.copyOf(parts));
	}

	private record Joined(List<Message> parts) {
	}

	private static String arg(Object a) {
		if (a instanceof Joined j) {
			StringBuilder sb = new StringBuilder().append(JOINED);
			for (int i = 0; i < j.parts.size(); i++) {
				if (i > 0) {
					sb.append(LIST);
				}
				sb.append(escape(encode(j.parts.get(i))));
			}
			return sb.toString();
		}
		if (a instanceof Message m) {
			return m.key == null ? clean(m.args.get(0)) : NESTED + encode(m);
		}
		return clean(a == null ? "" : String.valueOf(a));
	}

	/** A message as one text: its key, then each argument, separated by {@link #ARG}. */
	private static String encode(Message m) {
		if (m.key == null) {
			return "msg.text" + ARG + escape(m.args.get(0));
		}
		StringBuilder sb = new StringBuilder(m.key);
		for (String a : m.args) {
			sb.append(ARG).append(escape(a));
		}
		return sb.toString();
	}

	private static Message decode(String encoded) {
		List<String> parts = split(encoded, ARG);
		return new Message(parts.get(0), parts.subList(1, parts.size()));
	}

	private static String escape(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ESCAPE || c == ARG || c == LIST) {
				if (sb == null) {
					sb = new StringBuilder(s.length() + 8).append(s, 0, i);
				}
				sb.append(ESCAPE);
			}
			if (sb != null) {
				sb.append(c);
			}
		}
		return sb == null ? s : sb.toString();
	}

	/** The parts of a text between unescaped separators, unescaped. */
	private static List<String> split(String s, char separator) {
		List<String> out = new ArrayList<>();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ESCAPE && i + 1 < s.length()) {
				sb.append(s.charAt(++i));
			}
			else if (c == separator) {
				out.add(sb.toString());
				sb.setLength(0);
			}
			else {
				sb.append(c);
			}
		}
		out.add(sb.toString());
		return out;
	}

	/** The characters this encoding uses cannot come from the input. */
	private static String clean(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= ESCAPE && c <= ARG) {
				StringBuilder sb = new StringBuilder(s.length());
				for (int j = 0; j < s.length(); j++) {
					char d = s.charAt(j);
					sb.append(d >= ESCAPE && d <= ARG ? ' ' : d);
				}
				return sb.toString();
			}
		}
		return s;
	}

	/** Argument {@code i} as a message: the message it holds, or its text. */
	public Message arg(int i) {
		String a = args.get(i);
		return !a.isEmpty() && a.charAt(0) == NESTED ? decode(a.substring(1)) : literal(a);
	}

	/** The same message with {@code first} before its arguments (the sheet a reason is about). */
	public Message prepend(Object first) {
		List<String> out = new ArrayList<>(args.size() + 1);
		out.add(arg(first));
		out.addAll(args);
		return new Message(key, out);
	}

	/** The same message with every plain argument passed through {@code f} (masking personal data). */
	public Message mapArgs(UnaryOperator<String> f) {
		if (key == null) {
			return literal(f.apply(args.get(0)));
		}
		List<String> out = new ArrayList<>(args.size());
		for (String a : args) {
			if (!a.isEmpty() && a.charAt(0) == NESTED) {
				out.add(NESTED + encode(decode(a.substring(1)).mapArgs(f)));
			}
			else if (!a.isEmpty() && a.charAt(0) == JOINED) {
				out.add(arg(joined(parts(a).stream().map(m -> m.mapArgs(f)).toList())));
			}
			else {
				out.add(f.apply(a));
			}
		}
		return new Message(key, out);
	}

	private static List<Message> parts(String joinedArg) {
		List<Message> out = new ArrayList<>();
		if (joinedArg.length() > 1) {
			for (String one : split(joinedArg.substring(1), LIST)) {
				out.add(decode(one));
			}
		}
		return out;
	}

	// ---------------------------------------------------------------- storage

	/** The arguments as one text for a database column. */
	public String encodedArgs() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < args.size(); i++) {
			if (i > 0) {
				sb.append(ARG);
			}
			sb.append(escape(args.get(i)));
		}
		return sb.toString();
	}

	/** The message of a stored key and arguments; a stored row without a key is its stored text. */
	public static Message stored(String key, String encodedArgs, String text) {
		if (key == null) {
			return literal(text);
		}
		return new Message(key, encodedArgs == null || encodedArgs.isEmpty() ? List.of() : split(encodedArgs, ARG));
	}

	/** Messages as one text for a database column. */
	public static String encodeList(List<Message> messages) {
		StringBuilder sb = new StringBuilder();
		for (Message m : messages) {
			if (!sb.isEmpty()) {
				sb.append(LIST);
			}
			sb.append(escape(encode(m)));
		}
		return sb.toString();
	}

	/** The messages of {@link #encodeList}. */
	public static List<Message> decodeList(String encoded) {
		List<Message> out = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return out;
		}
		for (String one : split(encoded, LIST)) {
			out.add(decode(one));
		}
		return out;
	}

	// ---------------------------------------------------------------- rendering

	/** The report bundle of a language ({@code id} or {@code en}). */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("i18n/report", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The message in English, for log lines and the operator's summary. */
	public String english() {
		return render(ENGLISH, Locale.ENGLISH);
	}

	/** The message in the bundle's language; a key the bundle lacks shows as the key and its arguments. */
	public String render(ResourceBundle bundle, Locale locale) {
		if (key == null) {
			return args.isEmpty() ? "" : args.get(0);
		}
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException e) {
			return key + (args.isEmpty() ? "" : " " + args);
		}
		MessageFormat format = new MessageFormat(pattern, locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		Object[] values = new Object[args.size()];
		for (int i = 0; i < values.length; i++) {
			String a = args.get(i);
			if (!a.isEmpty() && a.charAt(0) == NESTED) {
				values[i] = decode(a.substring(1)).render(bundle, locale);
			}
			else if (!a.isEmpty() && a.charAt(0) == JOINED) {
				StringBuilder sb = new StringBuilder();
				for (Message part : parts(a)) {
					if (!sb.isEmpty()) {
						sb.append(", ");
					}
					sb.append(part.render(bundle, locale));
				}
				values[i] = sb.toString();
			}
			else if (i < formats.length && formats[i] instanceof NumberFormat) {
				values[i] = number(a);
				if (values[i] instanceof String) {
					format.setFormatByArgumentIndex(i, null);
				}
			}
			else {
				values[i] = a;
			}
		}
		return format.format(values);
	}

	private static Object number(String a) {
		try {
			return new BigDecimal(a);
		}
		catch (NumberFormatException e) {
			return a;
		}
	}

	/** The English text, so that a message reads as itself in a test's failure or a debugger. */
	@Override
	public String toString() {
		return english();
	}
}
