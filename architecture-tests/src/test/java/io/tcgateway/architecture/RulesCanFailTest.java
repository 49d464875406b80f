package io.tcgateway.architecture;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule fails on the fixture of deliberate violations, naming the offending class:
 * proof that the rules checked against the real code can fail.
 */
class RulesCanFailTest {
  private static final String FIXTURE = "io.tcgateway.architecture.fixture";
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("layers", ArchitectureRules::layers, "DomainUsingBootstrap"),
        rule("domain is pure", ArchitectureRules::domainIsPure, "DomainUsingFramework"),
        rule(
            "application is framework-free",
            ArchitectureRules::applicationIsFrameworkFree,
            "ApplicationUsingAdapter"),
        rule(
            "domain and application use no framework",
            ArchitectureRules::domainAndApplicationUseNoFramework,
            "jakarta.inject.Singleton"),
        rule("adapters are isolated", ArchitectureRules::adaptersAreIsolated, "AdapterTwo"),
        rule(
            "bridge relay is framework-free",
            ArchitectureRules::bridgeRelayIsFrameworkFree,
            "RelayUsingFramework"),
        rule("domain has no cycles", ArchitectureRules::domainHasNoCycles, "cyclea"),
        rule(
            "out-port naming",
            ArchitectureRules::outPortsAreInterfacesWithDomainNames,
            "SessionStorePort"),
        rule(
            "out-ports are interfaces",
            ArchitectureRules::outPortsAreInterfacesWithDomainNames,
            "WalletBridgeImpl"),
        rule("in-port naming", ArchitectureRules::inPortInterfacesAreUseCases, "StartConnection"),
        rule(
            "in-port records",
            ArchitectureRules::inPortRecordsAreCommandsOrQueries,
            "StartConnectionRequest"),
        rule(
            "use cases are services",
            ArchitectureRules::useCaseImplementationsAreServices,
            "AdapterOne"),
        rule("controllers", ArchitectureRules::controllersLiveInTheHttpAdapter, "Wiring"),
        rule(
            "@Serdeable only in adapters",
            ArchitectureRules::serialisationAndPersistenceTypesStayInAdapters,
            "SerdeRecord"),
        rule(
            "standard streams",
            ArchitectureRules::onlyTheConsoleLauncherTouchesTheConsole,
            "Wiring.print()> gets field <java.lang.System.out>"),
        rule(
            "JVM exit",
            ArchitectureRules::onlyTheConsoleLauncherTouchesTheConsole,
            "QuietExit.stop()> calls method <java.lang.System.exit(int)>"),
        rule("generic exceptions", root -> NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS, "Wiring"),
        rule("java.util.logging", root -> NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING, "Wiring.LOG"),
        rule("field injection", root -> NO_CLASSES_SHOULD_USE_FIELD_INJECTION, "injected"));
  }

  private static Arguments rule(
      String name, Function<String, ArchRule> ruleForRoot, String expectedInViolation) {
    return Arguments.of(Named.of(name, ruleForRoot), expectedInViolation);
  }

  @Test
  void consoleLauncherIsTheOnlyClassAllowedTheConsole() {
    EvaluationResult result =
        ArchitectureRules.onlyTheConsoleLauncherTouchesTheConsole(FIXTURE).evaluate(fixture);

    assertThat(result.getFailureReport().getDetails())
        .noneMatch(detail -> detail.contains(FIXTURE + ArchitectureRules.CONSOLE_LAUNCHER + "."))
        .anyMatch(detail -> detail.contains(FIXTURE + ".bootstrap.cli.QuietExit."));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void ruleReportsTheDeliberateViolation(
      Function<String, ArchRule> ruleForRoot, String expectedInViolation) {
    EvaluationResult result = ruleForRoot.apply(FIXTURE).evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains(expectedInViolation);
  }
}
