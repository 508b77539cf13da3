package id.go.kemnaker.blk.console;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/** Creates the console's audit table on first start, beside the job repository and the staging tables. */
@Component
@ConditionalOnWebApplication
class ConsoleSchema implements InitializingBean {

	private final DataSource dataSource;

	ConsoleSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		new ResourceDatabasePopulator(new ClassPathResource("db/console-schema.sql")).execute(dataSource);
	}
}
