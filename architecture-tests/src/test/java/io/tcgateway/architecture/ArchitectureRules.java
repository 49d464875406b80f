package io.tcgateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The project's architecture rules, written for a root package so that the same rule runs against
 * the real code ({@code io.tcgateway}) and against a fixture of deliberate violations that proves
 * the rule can fail ({@link RulesCanFailTest}).
 */
final class ArchitectureRules {
  /** Libraries the domain may use besides the JDK (ADR 0001). */
  static final String[] DOMAIN_LIBRARIES = {"com.google.crypto.tink..", "org.bouncycastle.."};

  /** Frameworks, drivers and serialisation libraries that stay out of domain and application. */
  static final String[] FRAMEWORKS = {
    "io.micronaut..",
    "jakarta..",
    "javax.inject..",
    "io.lettuce..",
    "com.pengrad..",
    "java.sql..",
    "javax.sql..",
    "io.netty..",
    "com.fasterxml..",
    "org.flywaydb..",
    "reactor..",
    "org.slf4j.."
  };

  /** The one class that may use the process's console and exit status, relative to the root. */
  static final String CONSOLE_LAUNCHER = ".bootstrap.cli.ConsoleLauncher";

  private ArchitectureRules() {}

  static ArchRule layers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(root + ".domain..")
        .layer("Application")
        .definedBy(root + ".application..")
        .layer("Adapters")
        .definedBy(root + ".adapter..")
        .layer("Bootstrap")
        .definedBy(root + ".bootstrap..")
        .whereLayer("Bootstrap")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap");
  }

  static ArchRule domainIsPure(String root) {
    String[] allowed = new String[DOMAIN_LIBRARIES.length + 2];
    allowed[0] = root + ".domain..";
    allowed[1] = "java..";
    System.arraycopy(DOMAIN_LIBRARIES, 0, allowed, 2, DOMAIN_LIBRARIES.length);
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .as("the domain depends only on java.* and the named crypto libraries");
  }

  static ArchRule applicationIsFrameworkFree(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
        .as("the application layer depends only on the domain and java.*");
  }

  static ArchRule domainAndApplicationUseNoFramework(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(root + ".adapter..")
        .as("domain and application use no framework, driver or adapter");
  }

  static ArchRule adaptersAreIsolated(String root) {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  /**
   * The bridge server's relay core (ADR 0005) stays plain Java so that it can be tested without a
   * server and reused by another store or transport.
   */
  static ArchRule bridgeRelayIsFrameworkFree(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".adapter.bridgeserver.relay..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".adapter.bridgeserver.relay..", root + ".domain..", "java..")
        .allowEmptyShould(true)
        .as("the bridge server's relay core depends only on the domain and java.*");
  }

  static ArchRule domainHasNoCycles(String root) {
    return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
  }

  static ArchRule outPortsAreInterfacesWithDomainNames(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.out..")
        .and()
        .areTopLevelClasses()
        .and()
        .areNotAssignableTo(Throwable.class)
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .beInterfaces()
        .andShould()
        .haveSimpleNameNotEndingWith("Port")
        .andShould()
        .haveSimpleNameNotEndingWith("Interface")
        .allowEmptyShould(true)
        .as(
            "out-ports are interfaces named for what the application needs (no Port/Interface suffix)");
  }

  static ArchRule inPortInterfacesAreUseCases(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .allowEmptyShould(true)
        .as("in-port interfaces end in UseCase");
  }

  static ArchRule inPortRecordsAreCommandsOrQueries(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areRecords()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Command")
        .orShould()
        .haveSimpleNameEndingWith("Query")
        .orShould()
        .haveSimpleNameEndingWith("Result")
        .allowEmptyShould(true)
        .as("in-port records are commands, queries or results");
  }

  static ArchRule useCaseImplementationsAreServices(String root) {
    return classes()
        .that()
        .implement(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a *UseCase interface",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.isInterface()
                        && c.getSimpleName().endsWith("UseCase")
                        && c.getPackageName().startsWith(root + ".application.port.in")))
        .and()
        .resideOutsideOfPackage(root + ".architecture..")
        .should()
        .resideInAPackage(root + ".application.service..")
        .andShould()
        .haveSimpleNameEndingWith("Service")
        .allowEmptyShould(true)
        .as("use cases are implemented by *Service classes in application.service");
  }

  static ArchRule controllersLiveInTheHttpAdapter(String root) {
    return classes()
        .that()
        .areAnnotatedWith("io.micronaut.http.annotation.Controller")
        .should()
        .resideInAPackage(root + ".adapter..")
        .andShould()
        .haveSimpleNameEndingWith("Controller")
        .allowEmptyShould(true)
        .as("@Controller classes are adapters named *Controller");
  }

  static ArchRule serialisationAndPersistenceTypesStayInAdapters(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".adapter..")
        .should()
        .beAnnotatedWith("io.micronaut.serde.annotation.Serdeable")
        .orShould()
        .beAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
        .as("@Serdeable and @MappedEntity types live only in adapters");
  }

  /**
   * ArchUnit's "no standard streams" rule, plus no {@code System.exit}/{@code Runtime.exit/halt},
   * with exactly one exemption: the operator CLI's {@code bootstrap.cli.ConsoleLauncher}.
   */
  static ArchRule onlyTheConsoleLauncherTouchesTheConsole(String root) {
    return noClasses()
        .that()
        .doNotHaveFullyQualifiedName(root + CONSOLE_LAUNCHER)
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .as(
            "no classes but "
                + root
                + CONSOLE_LAUNCHER
                + " access standard streams or exit the JVM");
  }
}
