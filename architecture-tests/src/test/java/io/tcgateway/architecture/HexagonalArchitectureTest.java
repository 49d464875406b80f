package io.tcgateway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering and purity of the real code. */
@AnalyzeClasses(
    packages = "io.tcgateway",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestSupport.class})
class HexagonalArchitectureTest {
  private static final String ROOT = "io.tcgateway";

  @ArchTest static final ArchRule layers = ArchitectureRules.layers(ROOT);

  @ArchTest static final ArchRule domainIsPure = ArchitectureRules.domainIsPure(ROOT);

  @ArchTest
  static final ArchRule applicationIsFrameworkFree =
      ArchitectureRules.applicationIsFrameworkFree(ROOT);

  @ArchTest
  static final ArchRule domainAndApplicationUseNoFramework =
      ArchitectureRules.domainAndApplicationUseNoFramework(ROOT);

  @ArchTest static final ArchRule adaptersAreIsolated = ArchitectureRules.adaptersAreIsolated(ROOT);

  @ArchTest
  static final ArchRule bridgeRelayIsFrameworkFree =
      ArchitectureRules.bridgeRelayIsFrameworkFree(ROOT);

  @ArchTest static final ArchRule domainHasNoCycles = ArchitectureRules.domainHasNoCycles(ROOT);
}
