package id.go.kemnaker.blk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests (127.0.0.1:5432, database {@code test}, user {@code postgres} without a
 * password) and a schema of a test's own in it. Where no server answers, the test is skipped with a message,
 * unless {@code BLK_REQUIRE_POSTGRES=true} (set by {@code .ci/run}), which makes that a failure.
 */
public final class Postgres {

	public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private Postgres() {
	}

	/** Skips the calling test (or fails it, where required) unless the server answers; {@code what}: the tests. */
	public static void requireServer(String what) {
		try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=3", USER, "")) {
			c.isValid(3);
		}
		catch (SQLException e) {
			String message = "PostgreSQL does not answer on 127.0.0.1:5432 (" + e.getMessage() + "): " + what + " skipped";
			System.err.println(message);
			if ("true".equalsIgnoreCase(System.getenv("BLK_REQUIRE_POSTGRES"))) {
				throw new AssertionError(message + ", but BLK_REQUIRE_POSTGRES=true", e);
			}
			Assumptions.abort(message);
		}
	}

	/** Creates a schema named {@code prefix} and a random suffix (after {@link #requireServer}), and returns its name. */
	public static String createSchema(String prefix) throws SQLException {
		String schema = prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL);
		try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
			c.createStatement().execute("CREATE SCHEMA " + schema);
		}
		return schema;
	}

	/** The URL of the database with {@code schema} as its current schema. */
	public static String url(String schema) {
		return SERVER + "?currentSchema=" + schema;
	}

	/** Drops a schema made by {@link #createSchema} with everything in it; null: nothing to drop. */
	public static void dropSchema(String schema) throws SQLException {
		if (schema == null) {
			return;
		}
		try (Connection c = DriverManager.getConnection(SERVER, USER, "")) {
			c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}
}
