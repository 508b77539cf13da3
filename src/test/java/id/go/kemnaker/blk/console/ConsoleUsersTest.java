package id.go.kemnaker.blk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import id.go.kemnaker.blk.domain.InvalidSettingException;

class ConsoleUsersTest {

	static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("rahasia-sekali");

	@Test
	void usersComeFromTheSettingAndTheFileWithTheirRoles(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("users.txt");
		Files.writeString(file, "# console users\n\nsiti:" + HASH + ":viewer\n");
		List<ConsoleUsers.User> users = ConsoleUsers.load("budi:" + HASH + ":OPERATOR, tes:{noop}a:b:c:VIEWER", file.toString());
		assertThat(users).extracting(ConsoleUsers.User::name).containsExactly("budi", "tes", "siti");
		assertThat(users).extracting(ConsoleUsers.User::role).containsExactly(ConsoleUsers.Role.OPERATOR,
				ConsoleUsers.Role.VIEWER, ConsoleUsers.Role.VIEWER);
		assertThat(users.get(1).password()).as("a {noop} password may hold colons").isEqualTo("{noop}a:b:c");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("rahasia-sekali",
				users.get(0).password())).isTrue();
	}

	@Test
	void noUserAtAllIsABadSettingSayingHowToAddOne() {
		assertThatThrownBy(() -> ConsoleUsers.load("", "")).isInstanceOf(InvalidSettingException.class)
			.hasMessageContaining("blk.console.users").hasMessageContaining("password");
	}

	@Test
	void aPlainPasswordAWrongRoleABrokenHashOrATwiceGivenNameIsRefusedWithoutShowingThePassword() {
		assertThatThrownBy(() -> ConsoleUsers.load("budi:rahasia:OPERATOR", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("hash").hasMessageNotContaining("rahasia");
		assertThatThrownBy(() -> ConsoleUsers.load("budi:rahasia", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageNotContaining("rahasia");
		assertThatThrownBy(() -> ConsoleUsers.load("budi:" + HASH + ":ADMIN", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("VIEWER nor OPERATOR");
		assertThatThrownBy(() -> ConsoleUsers.load("budi:{bcrypt}notahash:OPERATOR", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("not well formed");
		assertThatThrownBy(() -> ConsoleUsers.load("budi:{rot13}qhn:OPERATOR", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("unknown password form");
		assertThatThrownBy(() -> ConsoleUsers.load("budi:" + HASH + ":OPERATOR,BUDI:" + HASH + ":VIEWER", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("twice");
		assertThatThrownBy(() -> ConsoleUsers.load("bu di:" + HASH + ":OPERATOR", ""))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("user name");
	}

	@Test
	void aMissingUsersFileIsNamed(@TempDir Path dir) {
		assertThatThrownBy(() -> ConsoleUsers.load("", dir.resolve("none.txt").toString()))
			.isInstanceOf(InvalidSettingException.class).hasMessageContaining("blk.console.users-file");
	}
}
