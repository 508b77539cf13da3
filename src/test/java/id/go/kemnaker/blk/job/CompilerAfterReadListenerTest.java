package id.go.kemnaker.blk.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

class CompilerAfterReadListenerTest {

	@Test
	void stopsTheOptimisingCompilerForEveryMethod() throws Exception {
		String answer = CompilerAfterReadListener.stopOptimisingCompiler();
		try {
			assertThat(answer).isEqualTo("1 compiler directives added");
			String directives = command("compilerDirectivesPrint");
			assertThat(directives).contains("matching: *.*");
			String c2 = directives.substring(directives.indexOf("matching: *.*"));
			c2 = c2.substring(c2.indexOf("c2 directives:"));
			assertThat(c2).contains("Exclude:true");
		}
		finally {
			command("compilerDirectivesRemove");
		}
	}

	private static String command(String operation) throws Exception {
		return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
				new ObjectName(CompilerAfterReadListener.DIAGNOSTIC_COMMAND), operation, new Object[] { new String[0] },
				new String[] { String[].class.getName() }));
	}
}
