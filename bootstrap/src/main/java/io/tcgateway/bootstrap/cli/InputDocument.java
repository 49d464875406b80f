package io.tcgateway.bootstrap.cli;

import java.util.Objects;
import java.util.OptionalLong;

/** One document's text as cut from the input, or why it could not be cut out. */
sealed interface InputDocument permits InputDocument.Text, InputDocument.Unusable {

  /** The line of the document in {@code --jsonl} mode; empty for a whole-input document. */
  OptionalLong line();

  /** The document's text, to be read as JSON. */
  record Text(OptionalLong line, String json) implements InputDocument {
    public Text {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(json, "json");
    }
  }

  /** Bytes that cannot be a document: too many of them, or not UTF-8. */
  record Unusable(OptionalLong line, String problem) implements InputDocument {
    public Unusable {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(problem, "problem");
    }
  }
}
