package io.tcgateway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Naming rules of conventions.md §3.8 on the real code. */
@AnalyzeClasses(
    packages = "io.tcgateway",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestSupport.class})
class NamingConventionsTest {
  private static final String ROOT = "io.tcgateway";

  @ArchTest
  static final ArchRule outPorts = ArchitectureRules.outPortsAreInterfacesWithDomainNames(ROOT);

  @ArchTest static final ArchRule inPorts = ArchitectureRules.inPortInterfacesAreUseCases(ROOT);

  @ArchTest
  static final ArchRule inPortRecords = ArchitectureRules.inPortRecordsAreCommandsOrQueries(ROOT);

  @ArchTest
  static final ArchRule services = ArchitectureRules.useCaseImplementationsAreServices(ROOT);

  @ArchTest
  static final ArchRule controllers = ArchitectureRules.controllersLiveInTheHttpAdapter(ROOT);

  @ArchTest
  static final ArchRule adapterAnnotations =
      ArchitectureRules.serialisationAndPersistenceTypesStayInAdapters(ROOT);
}
