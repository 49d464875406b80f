package io.tcgateway.bootstrap.cli;

import io.tcgateway.adapter.crypto.TinkKeysets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keyset generate [--out FILE]}: a new keyset with one AES-256-GCM key, printed to stdout or
 * written to a new file (owner-only permissions). Key material goes only where it was asked for;
 * standard error gets the key ids.
 */
@Command(
    name = "generate",
    sortOptions = false,
    description = {
      "Makes a new Tink keyset with one AES-256-GCM key and prints it (Tink JSON), or writes it"
          + " to a new file readable by its owner only.",
      "The keyset is the deployment's secret: whoever has it can read stored session keys."
    })
final class KeysetGenerateCommand implements Callable<Integer> {
  private static final String NAME = "keyset generate";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the keyset to FILE (which must not exist) instead of standard output.")
  private Path file;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  private final PrintWriter out;
  private final PrintWriter err;

  KeysetGenerateCommand(PrintWriter out, PrintWriter err) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  @Override
  public Integer call() {
    String keyset = TinkKeysets.generate();
    String summary = TinkKeysets.describe(keyset, "the new keyset").toString();
    if (file == null) {
      out.println(keyset);
      out.flush();
      err.println(NAME + ": printed a new keyset with " + summary + "; keep it secret");
      return ExitStatus.VALID.code();
    }
    try {
      KeysetFiles.create(file, keyset + "\n");
    } catch (FileAlreadyExistsException e) {
      err.println(
          NAME
              + ": "
              + file
              + " exists; nothing was written (to add a key to it: keyset rotate --file "
              + file
              + ")");
      return ExitStatus.UNREADABLE.code();
    } catch (IOException e) {
      err.println(NAME + ": cannot write " + file + ": " + e.getMessage());
      return ExitStatus.UNREADABLE.code();
    }
    err.println(NAME + ": wrote " + file + ": " + summary);
    return ExitStatus.VALID.code();
  }
}
