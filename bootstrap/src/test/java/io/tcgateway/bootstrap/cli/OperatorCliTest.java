package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator commands run on in-memory streams and a fixed clock. */
class OperatorCliTest {
  private static final JsonNode PROOF = vector("ton_proof.json", "proof-01");
  private static final JsonNode SIGN_DATA = vector("sign_data.json", "sd-01");
  // Signed documents changed after signing: the signature no longer verifies.
  private static final JsonNode FLIPPED = tampered(PROOF, "proof-tampered", "proof", "payload");
  private static final JsonNode SIGN_DATA_CHANGED =
      tampered(SIGN_DATA, "sd-tampered", "response", "payload", "text");
  private static final long SIGNED_AT = PROOF.get("proof").get("timestamp").asLong();
  private static final String NOW = Long.toString(SIGNED_AT);
  private static final String DOMAIN = "ton-connect.github.io";
  private static final String PROOF_VALID =
      "{\"id\":\"proof-01\",\"valid\":true,\"reason\":null,\"detail\":null,"
          + "\"walletVersion\":\"v3r1\",\"address\":\""
          + PROOF.get("address").asText()
          + "\",\"payloadChecked\":false,\"domainChecked\":true}";

  @TempDir Path dir;

  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static JsonNode vector(String file, String id) {
    return ProtocolVectors.cases(file).stream()
        .filter(c -> c.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode tampered(JsonNode vector, String id, String... path) {
    ObjectNode copy = vector.deepCopy();
    copy.put("id", id);
    ObjectNode parent = copy;
    for (int i = 0; i < path.length - 1; i++) {
      parent = (ObjectNode) parent.get(path[i]);
    }
    String field = path[path.length - 1];
    parent.put(field, parent.get(field).asText() + " (changed)");
    return copy;
  }

  private static Run run(Clock clock, InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        new OperatorCli(stdin, new PrintWriter(out), new PrintWriter(err), clock).run(args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run run(String stdin, String... args) {
    return run(
        Clock.fixed(Instant.ofEpochSecond(SIGNED_AT), ZoneOffset.UTC),
        new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static String[] args(String... args) {
    return args;
  }

  private static String[] concat(String[] first, String... rest) {
    return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
  }

  private static String withoutId(JsonNode vector) {
    ObjectNode copy = vector.deepCopy();
    copy.remove("id");
    return copy.toString();
  }

  @Test
  void validProofFileExitsZeroWithOneExactVerdictLine() throws IOException {
    Path doc = file("doc.json", PROOF.toPrettyString());

    Run run = run("", "proof-check", "--now", NOW, "--allowed-domain", DOMAIN, doc.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(PROOF_VALID + System.lineSeparator());
  }

  @Test
  void documentIsReadFromStandardInputWithoutFileOrWithDash() {
    String[] options = args("proof-check", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run(PROOF.toPrettyString(), options).lines()).containsExactly(PROOF_VALID);
    assertThat(run(PROOF.toString(), concat(options, "-")).lines()).containsExactly(PROOF_VALID);
  }

  @Test
  void documentWithoutIdGivesAVerdictWithoutId() {
    Run run = run(withoutId(PROOF), "proof-check", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run.lines()).containsExactly(PROOF_VALID.replace("\"id\":\"proof-01\",", ""));
  }

  @Test
  void flawedProofExitsOneWithTheReasonCode() {
    Run run = run(FLIPPED.toString(), "proof-check", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            "{\"id\":\"proof-tampered\",\"valid\":false,\"reason\":\"signature-invalid\","
                + "\"detail\":\"signature does not verify under the ")
        .endsWith(
            "\",\"walletVersion\":null,\"address\":null,\"payloadChecked\":false,"
                + "\"domainChecked\":true}"
                + System.lineSeparator());
  }

  @Test
  void inputThatIsNotJsonExitsTwoWithAnUnreadableVerdict() {
    Run run = run("this is not json", "proof-check", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).hasSize(1);
    assertThat(run.out())
        .startsWith("{\"valid\":false,\"reason\":\"unreadable\",\"detail\":\"$: malformed JSON")
        .contains("\"walletVersion\":null,\"address\":null,\"payloadChecked\":false")
        .contains("\"domainChecked\":false}");
  }

  @Test
  void documentMissingItsProofIsUnreadableAndKeepsItsId() {
    Run run =
        run(
            "{\"id\":7,\"address\":\"" + PROOF.get("address").asText() + "\"}",
            "proof-check",
            "--allowed-domain",
            DOMAIN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out())
        .isEqualTo(
            "{\"id\":7,\"valid\":false,\"reason\":\"unreadable\","
                + "\"detail\":\"proof: required field is missing\",\"walletVersion\":null,"
                + "\"address\":null,\"payloadChecked\":false,\"domainChecked\":false}"
                + System.lineSeparator());
  }

  @Test
  void nowAndMaxAgeDecideFreshness() {
    String doc = PROOF.toString();
    String later = Long.toString(SIGNED_AT + 901);
    String earlier = Long.toString(SIGNED_AT - 120);

    Run expired = run(doc, "proof-check", "--allowed-domain", DOMAIN, "--now", later);
    Run widened =
        run(doc, "proof-check", "--allowed-domain", DOMAIN, "--now", later, "--max-age", "901");
    Run narrowed =
        run(
            doc,
            "proof-check",
            "--allowed-domain",
            DOMAIN,
            "--now",
            "" + (SIGNED_AT + 2),
            "--max-age",
            "1");
    Run future = run(doc, "proof-check", "--allowed-domain", DOMAIN, "--now", earlier);

    assertThat(expired.status()).isEqualTo(1);
    assertThat(expired.out()).contains("\"reason\":\"timestamp-expired\"");
    assertThat(widened.status()).isZero();
    assertThat(narrowed.out()).contains("\"reason\":\"timestamp-expired\"");
    assertThat(future.out()).contains("\"reason\":\"timestamp-in-future\"");
  }

  @Test
  void withoutNowTheClockIsUsed() {
    String doc = PROOF.toString();
    InputStream in1 = new ByteArrayInputStream(doc.getBytes(UTF_8));
    InputStream in2 = new ByteArrayInputStream(doc.getBytes(UTF_8));

    Run atSigning =
        run(
            Clock.fixed(Instant.ofEpochSecond(SIGNED_AT + 899), ZoneOffset.UTC),
            in1,
            "proof-check",
            "--allowed-domain",
            DOMAIN);
    Run tooLate =
        run(
            Clock.fixed(Instant.ofEpochSecond(SIGNED_AT + 901), ZoneOffset.UTC),
            in2,
            "proof-check",
            "--allowed-domain",
            DOMAIN);

    assertThat(atSigning.status()).isZero();
    assertThat(tooLate.out()).contains("\"reason\":\"timestamp-expired\"");
  }

  @Test
  void domainOutsideTheAllowListIsRejected() {
    Run run =
        run(
            PROOF.toString(),
            "proof-check",
            "--now",
            NOW,
            "--allowed-domain",
            "example.com",
            "--allowed-domain",
            "app.example.org");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("\"reason\":\"domain-not-allowed\"");
  }

  @Test
  void withoutAllowedDomainTheDocumentsDomainIsAcceptedAndSaidSo() {
    Run run = run(PROOF.toString(), "proof-check", "--now", NOW);

    assertThat(run.status()).isZero();
    assertThat(run.lines())
        .containsExactly(PROOF_VALID.replace("\"domainChecked\":true", "\"domainChecked\":false"));
    assertThat(run.err()).contains("no --allowed-domain given");
  }

  @Test
  void skippedPayloadCheckIsToldOnceOnStandardError() {
    String docs = PROOF + "\n" + PROOF + "\n" + PROOF + "\n";

    Run run = run(docs, "proof-check", "--jsonl", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run.lines()).hasSize(3);
    assertThat(run.err().lines().filter(l -> l.contains("payload-origin check is skipped")))
        .hasSize(1);
    assertThat(run.err()).doesNotContain("--allowed-domain");
    assertThat(run.out()).doesNotContain("skipped");
  }

  @Test
  void jsonlGivesOneVerdictPerDocumentLineAndTheWorstStatus() {
    ObjectNode numbered = FLIPPED.deepCopy();
    numbered.put("id", 7);
    String docs =
        PROOF + "\n" + "\n" + "   \r\n" + numbered + "\r\n" + withoutId(PROOF) + "\n" + "{oops\n";

    Run run = run(docs, "proof-check", "--jsonl", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).hasSize(4);
    assertThat(run.lines().get(0))
        .isEqualTo(PROOF_VALID.replace("\"id\":\"proof-01\",", "\"id\":\"proof-01\",\"line\":1,"));
    assertThat(run.lines().get(1))
        .startsWith("{\"id\":7,\"line\":4,\"valid\":false,\"reason\":\"signature-invalid\"");
    assertThat(run.lines().get(2)).startsWith("{\"line\":5,\"valid\":true,");
    assertThat(run.lines().get(3))
        .startsWith("{\"line\":6,\"valid\":false,\"reason\":\"unreadable\"");
  }

  @Test
  void jsonlExitsOneWhenTheWorstIsInvalidAndZeroWhenAllAreValid() {
    String[] options = args("proof-check", "--jsonl", "--now", NOW, "--allowed-domain", DOMAIN);

    assertThat(run(PROOF + "\n" + FLIPPED + "\n", options).status()).isEqualTo(1);
    assertThat(run(PROOF + "\n" + PROOF, options).status()).isZero();
  }

  @Test
  void jsonlWithoutAnyDocumentIsUnreadable() {
    Run run = run("\n  \n", "proof-check", "--jsonl", "--allowed-domain", DOMAIN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no document in the input");
  }

  @Test
  void signDataCheckVerifiesResultDocuments() throws IOException {
    String now = SIGN_DATA.get("response").get("timestamp").asText();
    Path doc = file("sign.json", SIGN_DATA.toPrettyString());

    Run valid = run("", "sign-data-check", "--now", now, "--allowed-domain", DOMAIN, "" + doc);
    Run jsonl =
        run(
            SIGN_DATA + "\n" + SIGN_DATA_CHANGED + "\n",
            "sign-data-check",
            "--jsonl",
            "--now",
            now,
            "--allowed-domain",
            DOMAIN);

    assertThat(valid.status()).isZero();
    assertThat(valid.out())
        .isEqualTo(
            "{\"id\":\"sd-01\",\"valid\":true,\"reason\":null,\"detail\":null,"
                + "\"walletVersion\":\"v3r1\",\"address\":\""
                + SIGN_DATA.get("address").asText()
                + "\",\"payloadChecked\":false,\"domainChecked\":true}"
                + System.lineSeparator());
    assertThat(valid.err()).contains("echoed payload is not compared");
    assertThat(jsonl.status()).isEqualTo(1);
    assertThat(jsonl.lines().get(0)).startsWith("{\"id\":\"sd-01\",\"line\":1,\"valid\":true");
    assertThat(jsonl.lines().get(1))
        .startsWith(
            "{\"id\":\"sd-tampered\",\"line\":2,\"valid\":false,\"reason\":\"signature-invalid\"");
  }

  @Test
  void signDataDocumentFedToProofCheckIsUnreadable() {
    Run run = run(SIGN_DATA.toString(), "proof-check", "--allowed-domain", DOMAIN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("\"detail\":\"proof: required field is missing\"");
  }

  @Test
  void helpDescribesTheOptionsAndExitsZero() {
    Run proof = run("", "proof-check", "--help");
    Run signData = run("", "sign-data-check", "-h");

    assertThat(proof.status()).isZero();
    assertThat(proof.out())
        .contains("Usage: gateway proof-check")
        .contains("--now=<unix seconds>")
        .contains("--max-age=<seconds>")
        .contains("default: 900")
        .contains("--allowed-domain=<domain>")
        .contains("--jsonl")
        .contains("payload-origin check is skipped");
    assertThat(proof.err()).isEmpty();
    assertThat(signData.status()).isZero();
    assertThat(signData.out()).contains("Usage: gateway sign-data-check");
  }

  @Test
  void usageErrorsExitTwoWithoutAVerdict() {
    for (String[] bad :
        List.of(
            args("proof-check", "--bogus"),
            args("proof-check", "--now", "yesterday"),
            args("proof-check", "--max-age", "-1"),
            args("proof-check", "--allowed-domain", " "),
            args("proof-check", "a.json", "b.json"))) {
      Run run = run(PROOF.toString(), bad);
      assertThat(run.status()).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(run.out()).as(String.join(" ", bad)).isEmpty();
      assertThat(run.err())
          .as(String.join(" ", bad))
          .startsWith("gateway proof-check: ")
          .endsWith(
              "Try 'gateway proof-check --help' for more information." + System.lineSeparator());
    }
  }

  @Test
  void withoutACommandTheUsageErrorNamesTheCommands() {
    Run run = run("", args());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("gateway: name a command: proof-check, sign-data-check, keyset, demo or wallet");
  }

  @Test
  void missingFileExitsTwoWithAMessage() {
    Run run = run("", "proof-check", "--allowed-domain", DOMAIN, dir.resolve("nope.json") + "");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("nope.json: no such file");
  }

  @Test
  void directoryOrImpossiblePathExitsTwoWithAMessage() {
    Run directory = run("", "proof-check", "--allowed-domain", DOMAIN, dir.toString());
    Run impossible = run("", "proof-check", "--allowed-domain", DOMAIN, "doc\u0000.json");

    assertThat(directory.status()).isEqualTo(2);
    assertThat(directory.out()).isEmpty();
    assertThat(directory.err()).contains("cannot read " + dir);
    assertThat(impossible.status()).isEqualTo(2);
    assertThat(impossible.err()).contains("cannot read doc");
  }

  @Test
  void oversizedOrNonUtf8InputIsUnreadable() {
    byte[] huge =
        ("{\"pad\":\"" + "a".repeat(DocumentCheck.MAX_DOCUMENT_BYTES) + "\"}").getBytes(UTF_8);
    byte[] latin1 =
        "{\"address\":\"\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Clock clock = Clock.systemUTC();

    Run tooLong =
        run(clock, new ByteArrayInputStream(huge), "proof-check", "--allowed-domain", DOMAIN);
    Run notUtf8 =
        run(clock, new ByteArrayInputStream(latin1), "proof-check", "--allowed-domain", DOMAIN);

    assertThat(tooLong.status()).isEqualTo(2);
    assertThat(tooLong.out()).contains("\"detail\":\"$: document is longer than 1048576 bytes\"");
    assertThat(notUtf8.status()).isEqualTo(2);
    assertThat(notUtf8.out()).contains("\"detail\":\"$: input is not UTF-8\"");
  }

  @Test
  void failureInsideTheCheckExitsThree() {
    Clock broken =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("clock is broken");
          }
        };

    Run run =
        run(
            broken,
            new ByteArrayInputStream(PROOF.toString().getBytes(UTF_8)),
            "proof-check",
            "--allowed-domain",
            DOMAIN);

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("internal error").contains("clock is broken");
  }

  @Test
  void onlyTheTwoCommandsAreHandled() {
    assertThat(OperatorCli.handles(args("proof-check"))).isTrue();
    assertThat(OperatorCli.handles(args("sign-data-check", "--help"))).isTrue();
    assertThat(OperatorCli.handles(args())).isFalse();
    assertThat(OperatorCli.handles(args("-Dmicronaut.server.port=0"))).isFalse();
  }
}
