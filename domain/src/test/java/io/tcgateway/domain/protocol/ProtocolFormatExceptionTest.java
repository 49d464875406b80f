package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolFormatExceptionTest {

  @Test
  void messageStartsWithTheFieldPath() {
    var e = new ProtocolFormatException.InvalidField("messages[1].amount", "must match ^[0-9]+$");
    assertThat(e).hasMessage("messages[1].amount: must match ^[0-9]+$");
    assertThat(e.field()).isEqualTo("messages[1].amount");
    assertThat(new ProtocolFormatException.MissingField("id"))
        .hasMessage("id: required field is missing");
    assertThat(new ProtocolFormatException.WrongType("params", "array", "string"))
        .hasMessage("params: expected array, got string");
    assertThat(new ProtocolFormatException.UnknownMethod("method", "sendTx"))
        .hasMessage("method: unknown RPC method 'sendTx'");
    assertThat(new ProtocolFormatException.MalformedJson("", "unexpected end", null))
        .hasMessage("$: malformed JSON: unexpected end");
  }

  @Test
  void underPrefixesTheRelativePath() {
    var e = new ProtocolFormatException.InvalidField("amount", "bad");
    assertThat(e.under("params[0].messages[1]").field()).isEqualTo("params[0].messages[1].amount");
    assertThat(e.under("")).isSameAs(e);
    assertThat(new ProtocolFormatException.MissingField("[2]").under("items").field())
        .isEqualTo("items[2]");
    assertThat(new ProtocolFormatException.MissingField("$").under("result").field())
        .isEqualTo("result");
  }

  @Test
  void underKeepsTheSubclassAndItsDetails() {
    ProtocolFormatException moved =
        new ProtocolFormatException.WrongType("id", "string", "number").under("response");
    assertThat(moved).isInstanceOf(ProtocolFormatException.WrongType.class);
    assertThat(((ProtocolFormatException.WrongType) moved).expected()).isEqualTo("string");
    assertThat(moved).hasMessage("response.id: expected string, got number");
  }

  @Test
  void valueAtReportsForeignFailuresAtThePathWithTheirCause() {
    IllegalArgumentException cause = new IllegalArgumentException("bad checksum");
    ProtocolFormatException e = ProtocolFormatException.valueAt("from", cause);
    assertThat(e)
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessage("from: bad checksum");
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void recordAtNestsProtocolFailuresAndReplacesForeignOnes() {
    var relative = new ProtocolFormatException.InvalidField("amount", "negative");
    assertThat(ProtocolFormatException.recordAt("messages[0]", relative).field())
        .isEqualTo("messages[0].amount");
    assertThat(
            ProtocolFormatException.recordAt("messages[0]", new IllegalArgumentException("x"))
                .field())
        .isEqualTo("messages[0]");
  }
}
