package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.crypto.KeysetSummary;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.adapter.crypto.TinkSecretSealer;
import io.tcgateway.domain.bytes.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyset generate} and {@code keyset rotate} on in-memory streams and a temporary dir. */
class KeysetCommandsTest {
  private static final String RECORD = "session:0123456789abcdef0123456789abcdef";
  private static final Bytes SECRET = Bytes.fromHex("5a".repeat(32));
  private static final Pattern KEY_MATERIAL = Pattern.compile("\"value\":\"([^\"]+)\"");

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        new OperatorCli(
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out),
                new PrintWriter(err),
                Clock.systemUTC())
            .run(args);
    return new Run(status, out.toString(), err.toString());
  }

  private static List<String> material(String keyset) {
    return KEY_MATERIAL.matcher(keyset).results().map(m -> m.group(1)).toList();
  }

  private static KeysetSummary summary(String keyset) {
    return TinkKeysets.describe(keyset, "test");
  }

  @Test
  void generatePrintsAUsableKeysetOnStandardOutputOnly() {
    Run run = run("keyset", "generate");

    assertThat(run.status()).isZero();
    String keyset = run.out().strip();
    assertThat(run.out()).isEqualTo(keyset + System.lineSeparator());
    assertThat(summary(keyset).size()).isEqualTo(1);
    TinkSecretSealer sealer = TinkSecretSealer.fromKeyset(keyset, "stdout");
    assertThat(sealer.open(sealer.seal(SECRET, RECORD), RECORD)).isEqualTo(SECRET);
    assertThat(run.err()).contains("printed a new keyset with 1 key").contains("keep it secret");
    material(keyset).forEach(key -> assertThat(run.err()).doesNotContain(key));
  }

  @Test
  void generateWritesANewFileReadableByItsOwnerOnlyAndPrintsNoKey() throws IOException {
    Path file = dir.resolve("keyset.json");

    Run run = run("keyset", "generate", "--out", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    String keyset = Files.readString(file, UTF_8);
    assertThat(summary(keyset).size()).isEqualTo(1);
    assertThat(run.err())
        .contains("wrote " + file)
        .contains(Integer.toUnsignedString(summary(keyset).primaryKeyId()));
    material(keyset).forEach(key -> assertThat(run.err()).doesNotContain(key));
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void generateNeverOverwritesAnExistingFile() throws IOException {
    Path file = Files.writeString(dir.resolve("keyset.json"), "precious", UTF_8);

    Run run = run("keyset", "generate", "--out", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo("precious");
    assertThat(run.err()).contains(file + " exists; nothing was written").contains("keyset rotate");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rotateAddsOnePrimaryKeyAndOldCiphertextsStillOpen() throws IOException {
    Path file = dir.resolve("keyset.json");
    assertThat(run("keyset", "generate", "--out", file.toString()).status()).isZero();
    String before = Files.readString(file, UTF_8);
    Bytes sealedBefore = TinkSecretSealer.fromKeyset(before, "before").seal(SECRET, RECORD);

    Run run = run("keyset", "rotate", "--file", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    String after = Files.readString(file, UTF_8);
    KeysetSummary rotated = summary(after);
    assertThat(rotated.keyIds()).hasSize(2).startsWith(summary(before).primaryKeyId());
    assertThat(rotated.primaryKeyId()).isNotEqualTo(summary(before).primaryKeyId());
    TinkSecretSealer sealer = TinkSecretSealer.fromKeyset(after, "after");
    assertThat(sealer.open(sealedBefore, RECORD)).isEqualTo(SECRET);
    assertThat(run.err())
        .contains("added key " + Integer.toUnsignedString(rotated.primaryKeyId()) + " as primary")
        .contains("2 keys");
    material(after).forEach(key -> assertThat(run.err()).doesNotContain(key));
    assertThat(leftovers()).isEmpty();

    assertThat(run("keyset", "rotate", "--file", file.toString()).status()).isZero();
    assertThat(summary(Files.readString(file, UTF_8)).size()).isEqualTo(3);
  }

  @Test
  void rotateKeepsTheFilesPermissions() throws IOException {
    if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return;
    }
    Path file = Files.writeString(dir.resolve("keyset.json"), TinkKeysets.generate(), UTF_8);
    Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, groupReadable);

    assertThat(run("keyset", "rotate", "--file", file.toString()).status()).isZero();

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupReadable);
  }

  @Test
  void rotateOfAMissingOrBrokenFileChangesNothing() throws IOException {
    Path missing = dir.resolve("missing.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"primaryKeyId\":", UTF_8);

    Run absent = run("keyset", "rotate", "--file", missing.toString());
    Run unreadable = run("keyset", "rotate", "--file", broken.toString());

    assertThat(absent.status()).isEqualTo(2);
    assertThat(absent.err()).contains("cannot read " + missing + ": no such file");
    assertThat(missing).doesNotExist();
    assertThat(unreadable.status()).isEqualTo(2);
    assertThat(unreadable.err())
        .contains(broken + ": not a Tink JSON keyset")
        .contains("nothing was changed");
    assertThat(Files.readString(broken)).isEqualTo("{\"primaryKeyId\":");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void usageErrorsExitTwo() {
    Run noSubcommand = run("keyset");
    Run noFile = run("keyset", "rotate");
    Run unknown = run("keyset", "destroy");

    assertThat(noSubcommand.status()).isEqualTo(2);
    assertThat(noSubcommand.err())
        .contains("gateway keyset: name a subcommand: generate or rotate");
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).contains("Missing required option: '--file=FILE'");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(noSubcommand.out() + noFile.out() + unknown.out()).isEmpty();
  }

  @Test
  void helpDescribesTheCommands() {
    Run keyset = run("keyset", "--help");
    Run generate = run("keyset", "generate", "--help");
    Run rotate = run("keyset", "rotate", "-h");

    assertThat(keyset.status()).isZero();
    assertThat(keyset.out())
        .contains("Usage: gateway keyset")
        .contains("generate")
        .contains("rotate");
    assertThat(generate.out()).contains("--out=FILE");
    assertThat(rotate.out()).contains("--file=FILE").contains("the old keys stay");
  }

  @Test
  void keysetIsAnOperatorCommandOfTheJar() {
    assertThat(OperatorCli.handles(new String[] {"keyset", "generate"})).isTrue();
  }

  private List<Path> leftovers() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
