package io.tcgateway.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar tc-gateway.jar demo}, as the README gives it, on the real shaded jar: every step
 * is printed and the process exits 0, with no network.
 */
class OfflineDemoIT {
  @TempDir Path dir;

  @Test
  void theDemoWalksEveryStepAndExitsZero() throws Exception {
    Path jar = Path.of(System.getProperty("gateway.jar", "target/tc-gateway.jar"));
    assertThat(jar).as("shaded jar (run mvn verify)").isRegularFile();
    String java = ProcessHandle.current().info().command().orElse("java");
    Path out = dir.resolve("out.txt");
    Process process =
        new ProcessBuilder(List.of(java, "-jar", jar.toString(), "demo"))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the demo finished").isTrue();
    String printed = Files.readString(out);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("wallets ", "connect ", "connected ", "ton_proof verified")
        .contains("transaction  completed", "sign data    completed and verified", "disconnect ")
        .contains("demo: every step worked");
  }
}
