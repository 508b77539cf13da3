package id.go.kemnaker.blk;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import id.go.kemnaker.blk.launch.Main;

/** blk-pipeline: BLK demand and placement reports from provincial spreadsheets. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BlkPipelineApplication {

	public static void main(String[] args) {
		System.exit(Main.run(args));
	}
}
