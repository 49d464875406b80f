package io.tcgateway.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out {@code io.tcgateway.testkit}: test support (fakes, contracts, the simulated wallet),
 * which the gateway jar carries for its {@code demo} and {@code wallet} commands but which is not
 * production code the layering rules are about.
 */
final class DoNotIncludeTestSupport implements ImportOption {
  @Override
  public boolean includes(Location location) {
    return !location.contains("/io/tcgateway/testkit/");
  }
}
