package id.go.kemnaker.blk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the pipeline, as the guide and README describe them, checked on the compiled classes of
 * {@code src/main} (the tools and tests of {@code src/test} are not the product): business rules are plain
 * Java, reading spreadsheets knows nothing of Spring Batch, reports know nothing of how they are started,
 * storage knows nothing of the job's wiring, and no two top-level packages depend on each other.
 */
@AnalyzeClasses(packages = "id.go.kemnaker.blk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule businessRulesArePlainJava = noClasses().that()
		.resideInAnyPackage("id.go.kemnaker.blk.domain..", "id.go.kemnaker.blk.indicator..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.apache.poi..", "org.apache.commons.csv..", "java.sql..",
				"javax.sql..")
		.because("records and indicator formulas are plain Java: no Spring, POI, Commons CSV or JDBC types");

	@ArchTest
	static final ArchRule readingSpreadsheetsKnowsNoSpringBatch = noClasses().that()
		.resideInAPackage("id.go.kemnaker.blk.ingest..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.batch..")
		.because("ingest turns spreadsheets into checked records; the job package wires it into Spring Batch");

	@ArchTest
	static final ArchRule reportsKnowNothingOfTheJobOrTheCommandLine = noClasses().that()
		.resideInAPackage("id.go.kemnaker.blk.report..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("id.go.kemnaker.blk.job..", "id.go.kemnaker.blk.launch..")
		.because("a workbook is written from indicators and run information, whoever starts it");

	@ArchTest
	static final ArchRule storageKnowsNothingOfTheJobsWiring = noClasses().that()
		.resideInAPackage("id.go.kemnaker.blk.staging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("id.go.kemnaker.blk.job..")
		.because("staging (tables, repositories, schema) is used by the job, not the other way round")
		// staging is being created; until it exists the rule has nothing to check and passes
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("id.go.kemnaker.blk.(*)..")
		.should()
		.beFreeOfCycles();
}
