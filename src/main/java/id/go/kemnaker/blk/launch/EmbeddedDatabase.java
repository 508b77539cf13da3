package id.go.kemnaker.blk.launch;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded (HSQLDB file) database, which one process at a time may open: a process that stays up (the
 * schedule, the console) closes it before it gives back the run lock. The connection pool keeps no idle
 * connection ({@code spring.datasource.hikari.minimum-idle: 0}), or it would open the database again at once.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private EmbeddedDatabase() {
	}

	static boolean is(DataSource dataSource) {
		return dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:hsqldb:");
	}

	/** Shuts the embedded database down and empties the pool; the next connection opens it again. */
	static void close(DataSource dataSource) {
		if (!is(dataSource)) {
			return;
		}
		HikariDataSource hikari = (HikariDataSource) dataSource;
		try {
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
		}
		catch (RuntimeException e) {
			log.debug("database already closed: {}", e.getMessage());
		}
		if (hikari.getHikariPoolMXBean() != null) {
			hikari.getHikariPoolMXBean().softEvictConnections();
		}
	}
}
