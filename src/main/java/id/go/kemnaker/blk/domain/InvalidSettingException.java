package id.go.kemnaker.blk.domain;

/** A configuration value that cannot be used; the message names the setting (exit code 2). */
public class InvalidSettingException extends RuntimeException {

	private final String setting;

	public InvalidSettingException(String setting, String message) {
		super(setting + ": " + message);
		this.setting = setting;
	}

	public String setting() {
		return setting;
	}
}
