package io.tcgateway.adapter.json;

import java.util.Objects;

/**
 * The {@code id} an operator gives a verification document (a ticket or user number) so that the
 * verdicts of many documents can be told apart: a JSON string or integer, echoed as it was given.
 */
public sealed interface DocumentId permits DocumentId.Text, DocumentId.Numeric {

  /** An id given as a JSON string. */
  record Text(String value) implements DocumentId {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An id given as a JSON integer. */
  record Numeric(long value) implements DocumentId {}
}
