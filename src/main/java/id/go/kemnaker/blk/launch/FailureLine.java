package id.go.kemnaker.blk.launch;

import id.go.kemnaker.blk.ingest.PersonalData;

/**
 * The reason a step or a run failed, from its exit description (an exception's text with its causes), as
 * one line a user can act on: the first message that is not a wrapper's (Spring Batch's "Unable to
 * process chunk", an {@code ExecutionException}), without the exception's class name, identifiers masked.
 */
public final class FailureLine {

	private FailureLine() {
	}

	public static String of(String exitDescription) {
		if (exitDescription == null || exitDescription.isBlank()) {
			return null;
		}
		String chosen = null;
		String first = null;
		for (String raw : exitDescription.split("\\R")) {
			String line = raw.strip();
			boolean head = first == null;
			if (!head && !line.startsWith("Caused by: ")) {
				continue;
			}
			if (line.startsWith("Caused by: ")) {
				line = line.substring("Caused by: ".length());
			}
			int colon = line.indexOf(": ");
			String type = colon < 0 ? line : line.substring(0, colon);
			String message = colon < 0 ? "" : line.substring(colon + 2).strip();
			boolean isType = type.matches("[\\w$.]+") && type.contains(".");
			if (!isType) {
				message = line;
			}
			if (head) {
				first = message.isEmpty() ? type : message;
			}
			if (chosen == null && !message.isEmpty() && !(isType && (type.startsWith("org.springframework.batch")
					|| type.equals("java.util.concurrent.ExecutionException")))) {
				chosen = message;
			}
		}
		String text = chosen != null ? chosen : first;
		if (text == null) {
			return null;
		}
		text = PersonalData.maskIdentifiers(text);
		return text.length() > 400 ? text.substring(0, 399) + "\u2026" : text;
	}
}
