package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands of the real shaded jar ({@code -Dgateway.jar}, set by failsafe), each run
 * as its own {@code java -jar} process: stdout carries only verdict lines, the exit code is the
 * verdict, and no server starts.
 */
class OperatorCliIT {
  private static final String DOMAIN = "ton-connect.github.io";
  private static Path jar;
  private static String java;

  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void locateJarAndJava() {
    jar = Path.of(System.getProperty("gateway.jar", "target/tc-gateway.jar"));
    assertThat(jar).as("shaded jar (run mvn verify)").isRegularFile();
    java = ProcessHandle.current().info().command().orElse("java");
  }

  private static JsonNode vector(String file, String id) {
    return ProtocolVectors.cases(file).stream()
        .filter(c -> c.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(UTF_8));
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("jar did not finish: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void validProofFileExitsZeroWithItsVerdictLine() throws Exception {
    JsonNode proof = vector("ton_proof.json", "proof-01");
    Path doc = Files.writeString(dir.resolve("doc.json"), proof.toPrettyString());
    String now = proof.get("proof").get("timestamp").asText();

    Result result =
        run("", "proof-check", "--now", now, "--allowed-domain", DOMAIN, doc.toString());

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "{\"id\":\"proof-01\",\"valid\":true,\"reason\":null,\"detail\":null,"
                + "\"walletVersion\":\"v3r1\",\"address\":\""
                + proof.get("address").asText()
                + "\",\"payloadChecked\":false,\"domainChecked\":true}\n");
    assertThat(result.err()).contains("payload-origin check is skipped");
  }

  @Test
  void flawedProofFromStandardInputExitsOne() throws Exception {
    ObjectNode proof = vector("ton_proof.json", "proof-01").deepCopy();
    proof.put("id", "proof-tampered");
    ((ObjectNode) proof.get("proof")).put("payload", "changed after signing");
    String now = proof.get("proof").get("timestamp").asText();

    Result result = run(proof.toString(), "proof-check", "--now", now, "--allowed-domain", DOMAIN);

    assertThat(result.status()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("{\"id\":\"proof-tampered\",\"valid\":false,\"reason\":\"signature-invalid\",")
        .endsWith("\"domainChecked\":true}\n");
  }

  @Test
  void unreadableInputExitsTwo() throws Exception {
    Result result = run("not json", "proof-check", "--allowed-domain", DOMAIN, "-");

    assertThat(result.status()).as(result.err()).isEqualTo(2);
    assertThat(result.out())
        .startsWith("{\"valid\":false,\"reason\":\"unreadable\",\"detail\":\"$: malformed JSON")
        .hasLineCount(1);
  }

  @Test
  void signDataJsonlPrintsOneVerdictPerDocumentAndExitsWithTheWorst() throws Exception {
    JsonNode valid = vector("sign_data.json", "sd-01");
    ObjectNode changed = valid.deepCopy();
    changed.put("id", "sd-tampered");
    ((ObjectNode) changed.get("response").get("payload")).put("text", "changed after signing");
    String now = valid.get("response").get("timestamp").asText();
    String input = valid + "\n\n" + changed + "\n";

    Result result =
        run(input, "sign-data-check", "--jsonl", "--now", now, "--allowed-domain", DOMAIN);

    assertThat(result.status()).as(result.err()).isEqualTo(1);
    assertThat(result.out().lines().toList())
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .isEqualTo(
                        "{\"id\":\"sd-01\",\"line\":1,\"valid\":true,\"reason\":null,"
                            + "\"detail\":null,\"walletVersion\":\"v3r1\",\"address\":\""
                            + valid.get("address").asText()
                            + "\",\"payloadChecked\":false,\"domainChecked\":true}"),
            second ->
                assertThat(second)
                    .startsWith(
                        "{\"id\":\"sd-tampered\",\"line\":3,\"valid\":false,"
                            + "\"reason\":\"signature-invalid\","));
  }

  @Test
  void keysetGenerateAndRotateWorkInTheShadedJar() throws Exception {
    Path file = dir.resolve("keyset.json");

    Result generated = run("", "keyset", "generate", "--out", file.toString());
    Result rotated = run("", "keyset", "rotate", "--file", file.toString());

    assertThat(generated.status()).as(generated.err()).isZero();
    assertThat(rotated.status()).as(rotated.err()).isZero();
    assertThat(generated.out() + rotated.out()).isEmpty();
    String keyset = Files.readString(file);
    assertThat(TinkKeysets.describe(keyset, "jar").size()).isEqualTo(2);
  }
}
