package io.tcgateway.bootstrap.cli;

import io.tcgateway.adapter.json.DocumentId;
import io.tcgateway.domain.verify.Verification;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What the CLI says about one document: checked by the verifier, or unreadable. */
sealed interface Verdict permits Verdict.Checked, Verdict.Unreadable {

  /** The document's {@code id}, if it has one. */
  Optional<DocumentId> id();

  /** The document's line in {@code --jsonl} mode. */
  OptionalLong line();

  /** The exit status this verdict calls for. */
  ExitStatus status();

  /**
   * The verifier's verdict; {@code domainChecked} says whether the domain was held against the
   * operator's {@code --allowed-domain} list rather than taken from the document.
   */
  record Checked(
      Optional<DocumentId> id, OptionalLong line, Verification verification, boolean domainChecked)
      implements Verdict {
    public Checked {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(verification, "verification");
    }

    @Override
    public ExitStatus status() {
      return verification.isValid() ? ExitStatus.VALID : ExitStatus.INVALID;
    }
  }

  /** The input is not a document of the command's kind; {@code problem} says why. */
  record Unreadable(Optional<DocumentId> id, OptionalLong line, String problem) implements Verdict {
    public Unreadable {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public ExitStatus status() {
      return ExitStatus.UNREADABLE;
    }
  }
}
