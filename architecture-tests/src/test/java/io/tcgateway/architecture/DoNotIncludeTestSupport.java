package io.tcgateway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out test support that reaches the classpath through the gateway jar: {@code
 * io.tcgateway.testkit} (fakes, contracts, the simulated wallet the jar carries for its {@code
 * demo} and {@code wallet} commands) and the domain's test jar (vectors and fixtures the simulated
 * wallet uses). From the shaded jar itself only bootstrap's own classes are taken; every other
 * module is analyzed from its own artifact.
 */
final class DoNotIncludeTestSupport implements ImportOption {
  private static final String SHADED_JAR = "tc-gateway.jar!/";

  @Override
  public boolean includes(Location location) {
    if (location.contains("/io/tcgateway/testkit/") || location.contains("-tests.jar")) {
      return false;
    }
    return !location.contains(SHADED_JAR)
        || location.contains(SHADED_JAR + "io/tcgateway/bootstrap/");
  }
}
