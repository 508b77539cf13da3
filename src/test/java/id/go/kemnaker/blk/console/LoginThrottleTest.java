package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	/** A clock the test moves by hand. */
	static final class Hand extends Clock {

		Instant now = Instant.parse("2025-11-02T02:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void fiveFailuresBlockTheNameFromThatAddressForThirtySecondsThenLonger() {
		Hand clock = new Hand();
		LoginThrottle t = new LoginThrottle(clock);
		for (int i = 0; i < 4; i++) {
			t.failed("budi", "10.0.0.1");
			assertThat(t.blockedFor("budi", "10.0.0.1")).isZero();
		}
		t.failed("Budi", "10.0.0.1");
		assertThat(t.blockedFor("budi", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
		assertThat(t.blockedFor("budi", "10.0.0.2")).as("another address").isZero();
		assertThat(t.blockedFor("siti", "10.0.0.1")).as("another name").isZero();
		clock.now = clock.now.plusSeconds(31);
		assertThat(t.blockedFor("budi", "10.0.0.1")).isZero();
		t.failed("budi", "10.0.0.1");
		assertThat(t.blockedFor("budi", "10.0.0.1")).isEqualTo(Duration.ofSeconds(60));
		t.succeeded("budi", "10.0.0.1");
		assertThat(t.blockedFor("budi", "10.0.0.1")).isZero();
	}

	@Test
	void manyNamesTriedFromOneAddressBlockThatAddress() {
		LoginThrottle t = new LoginThrottle(new Hand());
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			t.failed("user" + i, "10.0.0.9");
		}
		assertThat(t.blockedFor("someone-else", "10.0.0.9")).isPositive();
		assertThat(t.blockedFor("someone-else", "10.0.0.8")).isZero();
	}

	@Test
	void theLongestBlockIsFifteenMinutes() {
		LoginThrottle t = new LoginThrottle(new Hand());
		for (int i = 0; i < 40; i++) {
			t.failed("budi", "10.0.0.1");
		}
		assertThat(t.blockedFor("budi", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
	}
}
