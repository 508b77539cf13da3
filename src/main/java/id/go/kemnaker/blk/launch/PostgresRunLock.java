package id.go.kemnaker.blk.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run lock on PostgreSQL: a session advisory lock held by a connection of its own for as long as the
 * command runs. PostgreSQL releases it when that connection ends, also when the process is killed. The
 * holder's description is kept in {@code blk_lock_holder} for the message of a second launch.
 */
final class PostgresRunLock implements RunLock {

	/** "BLKP": the high half of the advisory lock key; the low half is the database URL's hash. */
	static final long PREFIX = 0x424C4B50L << 32;

	private final Connection connection;

	private PostgresRunLock(Connection connection) {
		this.connection = connection;
	}

	static PostgresRunLock acquire(String url, String user, String password, String command) {
		Connection c = null;
		try {
			c = DriverManager.getConnection(url, user, password);
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE IF NOT EXISTS blk_lock_holder (id INTEGER PRIMARY KEY, holder VARCHAR(1000))");
			}
			boolean locked;
			long key = key(url);
			try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
				ps.setLong(1, key);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					locked = rs.getBoolean(1);
				}
			}
			if (!locked) {
				String holder = "holder unknown";
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("SELECT holder FROM blk_lock_holder WHERE id = 1")) {
					if (rs.next()) {
						holder = rs.getString(1);
					}
				}
				c.close();
				throw new RunLockedException("another run holds the lock (PostgreSQL advisory lock " + key + "): " + holder,
						holder);
			}
			try (PreparedStatement ps = c.prepareStatement("DELETE FROM blk_lock_holder WHERE id = 1")) {
				ps.executeUpdate();
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO blk_lock_holder (id, holder) VALUES (1, ?)")) {
				ps.setString(1, RunLock.holder(command));
				ps.executeUpdate();
			}
			return new PostgresRunLock(c);
		}
		catch (SQLException e) {
			if (c != null) {
				try {
					c.close();
				}
				catch (SQLException ignored) {
					// the connection is unusable anyway
				}
			}
			throw new IllegalStateException("the database is not available: " + Main.firstLine(e.getMessage()), e);
		}
	}

	/** One lock per database and schema: the URL without its credentials names them. */
	static long key(String url) {
		String where = url.replaceAll("(?i)[?&](user|password)=[^&]*", "");
		return PREFIX | (where.hashCode() & 0xFFFFFFFFL);
	}

	@Override
	public synchronized void describe(String holder) {
		try (PreparedStatement ps = connection.prepareStatement("UPDATE blk_lock_holder SET holder = ? WHERE id = 1")) {
			ps.setString(1, holder);
			ps.executeUpdate();
		}
		catch (SQLException e) {
			// the lock still holds; only its description is stale
		}
	}

	@Override
	public synchronized void close() {
		try {
			if (!connection.isClosed()) {
				try (Statement s = connection.createStatement()) {
					s.execute("DELETE FROM blk_lock_holder WHERE id = 1");
				}
				connection.close();
			}
		}
		catch (SQLException e) {
			// closing the connection releases the advisory lock
		}
	}
}
