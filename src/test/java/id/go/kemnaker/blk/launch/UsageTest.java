package id.go.kemnaker.blk.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's command line offers the product only: the measuring tools live in the test sources. */
class UsageTest {

	@ParameterizedTest
	@ValueSource(strings = { "benchmark", "generate", "bench-floor" })
	void aToolIsNotACommandOfTheProduct(String tool) {
		assertThat(Usage.help(null, false)).doesNotContain(tool);
		assertThatThrownBy(() -> Invocation.parse(new String[] { tool })).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unknown command '" + tool + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--rows=100", "--seed=1", "--heap=256m", "--repeat=3", "--format=csv" })
	void theToolsOptionsAreNotOptionsOfRun(String option) {
		assertThatThrownBy(() -> Invocation.parse(new String[] { "run", option })).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unknown option " + option.substring(0, option.indexOf('=')) + " for 'run'");
	}
}
