package io.tcgateway.architecture;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ArchUnit's general coding rules on the real code; standard streams and JVM exit are allowed in
 * the operator CLI's console launcher only.
 */
@AnalyzeClasses(
    packages = "io.tcgateway",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestSupport.class})
class CodingRulesTest {
  @ArchTest
  static final ArchRule noStandardStreamsButTheConsoleLauncher =
      ArchitectureRules.onlyTheConsoleLauncherTouchesTheConsole("io.tcgateway");

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
}
