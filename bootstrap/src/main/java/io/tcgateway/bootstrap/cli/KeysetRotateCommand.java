package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.adapter.crypto.KeysetException;
import io.tcgateway.adapter.crypto.KeysetSummary;
import io.tcgateway.adapter.crypto.TinkKeysets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keyset rotate --file FILE}: adds a new AES-256-GCM key to the keyset in FILE as its
 * primary and writes the file back in one step. The old keys stay, so everything they sealed still
 * opens; new seals use the new key once the gateways run with the new file.
 */
@Command(
    name = "rotate",
    sortOptions = false,
    description = {
      "Adds a new AES-256-GCM key to a Tink keyset file and makes it the primary (new secrets are"
          + " encrypted with it); the old keys stay, so stored secrets remain readable.",
      "The file is replaced in one step, keeping its permissions. Restart every gateway with the"
          + " new file; no key material is printed."
    })
final class KeysetRotateCommand implements Callable<Integer> {
  private static final String NAME = "keyset rotate";

  @Option(
      names = "--file",
      required = true,
      paramLabel = "FILE",
      description = "The keyset file (Tink JSON), e.g. the one gateway.crypto.keyset-file names.")
  private Path file;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  private final PrintWriter err;

  KeysetRotateCommand(PrintWriter err) {
    this.err = Objects.requireNonNull(err, "err");
  }

  @Override
  public Integer call() {
    try {
      String before = Files.readString(file, UTF_8);
      String rotated = TinkKeysets.rotate(before, file.toString());
      KeysetSummary summary = TinkKeysets.describe(rotated, file.toString());
      KeysetFiles.overwrite(file, rotated + "\n");
      err.println(
          NAME
              + ": "
              + file
              + ": added key "
              + Integer.toUnsignedString(summary.primaryKeyId())
              + " as primary; the keyset has "
              + summary
              + ". Restart the gateways with it; the old keys still decrypt.");
      return ExitStatus.VALID.code();
    } catch (NoSuchFileException e) {
      err.println(NAME + ": cannot read " + file + ": no such file");
    } catch (IOException e) {
      err.println(NAME + ": cannot rotate " + file + ": " + e.getMessage());
    } catch (KeysetException e) {
      err.println(NAME + ": " + e.getMessage() + "; nothing was changed");
    }
    return ExitStatus.UNREADABLE.code();
  }
}
