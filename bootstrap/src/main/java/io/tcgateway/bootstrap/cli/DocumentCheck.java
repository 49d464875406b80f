package io.tcgateway.bootstrap.cli;

import io.tcgateway.adapter.json.JsonVerificationDocuments;
import io.tcgateway.adapter.json.VerificationDocument;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.Verification;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one command over its input: cuts the input into documents, reads and verifies each, prints
 * one {@link VerdictJson} line per document and returns the worst {@link ExitStatus}. Notices (what
 * is not checked) and input errors go to {@code err}; verdicts alone go to {@code out}.
 *
 * @param <S> the submission type
 */
final class DocumentCheck<S> {
  /** Longest document read, in bytes (the reader's limit in characters is never smaller). */
  static final int MAX_DOCUMENT_BYTES = JsonVerificationDocuments.MAX_CHARS;

  private final String name;
  private final DocumentKind<S> kind;
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;

  DocumentCheck(
      String name, DocumentKind<S> kind, InputStream stdin, PrintWriter out, PrintWriter err) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Checks every document of the input and returns the worst status. */
  ExitStatus run(CheckSettings settings) {
    err.println(name + ": note: " + kind.skippedCheck() + ".");
    if (!settings.checksDomain()) {
      err.println(
          name
              + ": note: no --allowed-domain given: each document's own domain is accepted"
              + " (\"domainChecked\":false).");
    }
    err.flush();
    try (InputStream input = open(settings.input())) {
      DocumentInput documents =
          settings.jsonl()
              ? DocumentInput.lines(input, MAX_DOCUMENT_BYTES)
              : DocumentInput.whole(input, MAX_DOCUMENT_BYTES);
      Optional<ExitStatus> worst = Optional.empty();
      for (Optional<InputDocument> next = documents.next();
          next.isPresent();
          next = documents.next()) {
        Verdict verdict = check(next.get(), settings);
        out.println(VerdictJson.line(verdict));
        out.flush();
        worst = Optional.of(worst.map(w -> w.worse(verdict.status())).orElse(verdict.status()));
      }
      if (worst.isEmpty()) {
        err.println(name + ": no document in the input");
        return ExitStatus.UNREADABLE;
      }
      return worst.get();
    } catch (NoSuchFileException e) {
      err.println(name + ": cannot read " + settings.input() + ": no such file");
    } catch (IOException | InvalidPathException e) {
      err.println(name + ": cannot read " + settings.input() + ": " + e.getMessage());
    } finally {
      err.flush();
    }
    return ExitStatus.UNREADABLE;
  }

  private InputStream open(String input) throws IOException {
    if (input.equals(CheckSettings.STDIN)) {
      // Standard input belongs to the caller: read it, never close it.
      return new FilterInputStream(stdin) {
        @Override
        public void close() {}
      };
    }
    return Files.newInputStream(Path.of(input));
  }

  /** The verdict on one document cut from the input. */
  Verdict check(InputDocument document, CheckSettings settings) {
    return switch (document) {
      case InputDocument.Unusable unusable ->
          new Verdict.Unreadable(Optional.empty(), unusable.line(), unusable.problem());
      case InputDocument.Text text ->
          switch (kind.read(text.json())) {
            case VerificationDocument.Parsed<S> parsed ->
                new Verdict.Checked(
                    parsed.id(),
                    text.line(),
                    verify(parsed.submission(), settings),
                    settings.checksDomain());
            case VerificationDocument.Invalid<S> invalid ->
                new Verdict.Checked(
                    invalid.id(), text.line(), invalid.verdict(), settings.checksDomain());
            case VerificationDocument.Unreadable<S> unreadable ->
                new Verdict.Unreadable(unreadable.id(), text.line(), unreadable.problem());
          };
    };
  }

  private Verification verify(S submission, CheckSettings settings) {
    Set<String> domains =
        settings.checksDomain() ? settings.allowedDomains() : Set.of(kind.domainOf(submission));
    ProofPolicy policy =
        new ProofPolicy(domains, settings.maxAge(), ProofPolicy.DEFAULT_MAX_FUTURE_SKEW);
    return kind.verify(submission, policy, settings.now());
  }
}
