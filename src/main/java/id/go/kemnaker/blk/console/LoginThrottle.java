package id.go.kemnaker.blk.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row for one user name from
 * one address (or {@value #FREE_FAILURES_PER_ADDRESS} from one address, whatever the names), further
 * attempts are refused for 30 s, doubling with each failure up to 15 minutes. A success clears the user's
 * count. Nothing is kept about passwords.
 */
final class LoginThrottle {

	static final int FREE_FAILURES = 5;
	static final int FREE_FAILURES_PER_ADDRESS = 20;
	private static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
	private static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
	private static final int MAX_KEYS = 10_000;

	private record Failures(int count, Instant blockedUntil, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long attempts for this name from this address are still refused; zero when they are not. */
	Duration blockedFor(String user, String address) {
		Instant now = clock.instant();
		Duration d = Duration.ZERO;
		for (String key : new String[] { userKey(user, address), addressKey(address) }) {
			Failures f = failures.get(key);
			if (f != null && f.blockedUntil() != null && f.blockedUntil().isAfter(now)) {
				Duration left = Duration.between(now, f.blockedUntil());
				d = left.compareTo(d) > 0 ? left : d;
			}
		}
		return d;
	}

	void failed(String user, String address) {
		if (failures.size() > MAX_KEYS) {
			Instant old = clock.instant().minus(LONGEST_BLOCK.multipliedBy(2));
			failures.values().removeIf(f -> f.last().isBefore(old));
		}
		count(userKey(user, address), FREE_FAILURES);
		count(addressKey(address), FREE_FAILURES_PER_ADDRESS);
	}

	void succeeded(String user, String address) {
		failures.remove(userKey(user, address));
	}

	private void count(String key, int free) {
		Instant now = clock.instant();
		failures.compute(key, (k, f) -> {
			int n = f == null ? 1 : f.count() + 1;
			Instant until = null;
			if (n >= free) {
				long factor = 1L << Math.min(10, n - free);
				Duration block = FIRST_BLOCK.multipliedBy(factor);
				until = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
			}
			return new Failures(n, until, now);
		});
	}

	private static String userKey(String user, String address) {
		return "u:" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT)) + "|" + address;
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}
}
