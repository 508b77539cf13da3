package id.go.kemnaker.blk.staging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An in-memory HSQLDB database of its own for a test, with the pipeline's tables made by its migrations. */
final class TestDatabase {

	private TestDatabase() {
	}

	static DataSource create(String name) {
		DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:hsqldb:mem:" + name + "-" + System.nanoTime(), "SA",
				"");
		Flyway.configure().dataSource(ds).load().migrate();
		return ds;
	}
}
