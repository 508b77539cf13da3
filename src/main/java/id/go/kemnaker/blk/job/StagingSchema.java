package id.go.kemnaker.blk.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the pipeline's own tables on first start (HSQLDB or PostgreSQL). Staging tables hold only the
 * current run, so when their layout changes between versions they are dropped and created again.
 */
@Component
class StagingSchema implements InitializingBean {

	/** Raise when staging-schema.sql, the staged participant file or the duplicate hashes change. */
	static final int VERSION = 10;

	private static final String[] TABLES = { "stg_labour_force", "stg_blk", "stg_participant", "stg_training_summary",
			"stg_demand", "stg_total", "stg_reject", "stg_warning", "blk_file_ledger", "blk_input", "blk_run",
			"ind_value", "ind_run", "blk_sheet", "stg_program", "stg_dup_candidate", "stg_spill", "blk_schema" };

	private final DataSource dataSource;

	StagingSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Integer version = currentVersion(jdbc);
		if (version != null && version != VERSION) {
			for (String table : TABLES) {
				jdbc.execute("DROP TABLE IF EXISTS " + table);
			}
		}
		new ResourceDatabasePopulator(new ClassPathResource("db/staging-schema.sql")).execute(dataSource);
		if (version == null || version != VERSION) {
			jdbc.update("DELETE FROM blk_schema");
			jdbc.update("INSERT INTO blk_schema (version) VALUES (?)", VERSION);
		}
	}

	private static Integer currentVersion(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("SELECT MAX(version) FROM blk_schema", Integer.class);
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
