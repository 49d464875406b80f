package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.tcgateway.adapter.http.dto.TonProofVerifyRequest;
import io.tcgateway.adapter.http.dto.TransactionRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

  static TransactionRequest tx(String json) {
    return StrictJsonReader.read(
        json.getBytes(StandardCharsets.UTF_8), Argument.of(TransactionRequest.class));
  }

  static void refused(ThrowingCallable read, ProblemCode code, String field, String detail) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            ApiProblemException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).contains(detail);
            });
  }

  @Test
  void readsNestedRecordsListsAndMaps() {
    TransactionRequest request =
        tx(
            """
            {"validUntil":17,"network":"-3","unknown":{"x":[1,2]},
             "messages":[{"address":"A","amount":"1","extraCurrency":{"239":"5"}},{"address":"B"}]}""");

    assertThat(request.validUntil()).isEqualTo(17L);
    assertThat(request.network()).isEqualTo("-3");
    assertThat(request.messages()).hasSize(2);
    assertThat(request.messages().get(0).extraCurrency()).isEqualTo(Map.of("239", "5"));
    assertThat(request.messages().get(1).amount()).isNull();
    assertThat(request.items()).isNull();
  }

  @Test
  void nullReadsAsAbsent() {
    assertThat(tx("{\"network\":null,\"messages\":[null]}").network()).isNull();
    assertThat(tx("{\"messages\":[null]}").messages()).hasSize(1).containsOnlyNulls();
  }

  @Test
  void namesComeFromJsonProperty() {
    TonProofVerifyRequest request =
        StrictJsonReader.read(
            "{\"public_key\":\"ab\",\"publicKey\":\"no\",\"proof\":{\"state_init\":\"si\",\"domain\":{\"lengthBytes\":3}}}"
                .getBytes(StandardCharsets.UTF_8),
            Argument.of(TonProofVerifyRequest.class));

    assertThat(request.publicKey()).isEqualTo("ab");
    assertThat(request.proof().stateInit()).isEqualTo("si");
    assertThat(request.proof().domain().lengthBytes()).isEqualTo(3);
  }

  @Test
  void typesAreExactAndNamedByPath() {
    refused(
        () -> tx("{\"network\":-3}"),
        ProblemCode.INVALID_FIELD,
        "network",
        "expected a string, got a number");
    refused(() -> tx("{\"network\":true}"), ProblemCode.INVALID_FIELD, "network", "got a boolean");
    refused(
        () -> tx("{\"validUntil\":\"17\"}"),
        ProblemCode.INVALID_FIELD,
        "validUntil",
        "expected an integer, got a string");
    refused(
        () -> tx("{\"validUntil\":17.0}"),
        ProblemCode.INVALID_FIELD,
        "validUntil",
        "fraction or exponent");
    refused(
        () -> tx("{\"validUntil\":9223372036854775808}"),
        ProblemCode.INVALID_FIELD,
        "validUntil",
        "out of range");
    refused(
        () -> tx("{\"messages\":{}}"),
        ProblemCode.INVALID_FIELD,
        "messages",
        "expected an array, got an object");
    refused(
        () -> tx("{\"messages\":[{},[]]}"),
        ProblemCode.INVALID_FIELD,
        "messages[1]",
        "expected an object, got an array");
    refused(
        () -> tx("{\"messages\":[{\"extraCurrency\":{\"1\":\"2\",\"3\":4}}]}"),
        ProblemCode.INVALID_FIELD,
        "messages[0].extraCurrency.3",
        "expected a string");
    refused(
        () -> tx("\"text\""), ProblemCode.INVALID_FIELD, "$", "expected an object, got a string");
    refused(
        () ->
            StrictJsonReader.read(
                "{\"proof\":{\"domain\":{\"lengthBytes\":2147483648}}}"
                    .getBytes(StandardCharsets.UTF_8),
                Argument.of(TonProofVerifyRequest.class)),
        ProblemCode.INVALID_FIELD,
        "proof.domain.lengthBytes",
        "out of range");
  }

  @Test
  void onlyOneWellFormedJsonValueIsAccepted() {
    refused(() -> tx(""), ProblemCode.MALFORMED_JSON, null, "empty");
    refused(() -> tx("   "), ProblemCode.MALFORMED_JSON, null, "empty");
    refused(() -> tx("{}{}"), ProblemCode.MALFORMED_JSON, null, "after the JSON value");
    refused(() -> tx("{\"a\":1,\"a\":2}"), ProblemCode.MALFORMED_JSON, null, "Duplicate field 'a'");
    refused(() -> tx("{\"a\":"), ProblemCode.MALFORMED_JSON, null, "line 1");
    refused(() -> tx("{\"a\":01}"), ProblemCode.MALFORMED_JSON, null, "");
    refused(() -> tx("{\"a\":NaN}"), ProblemCode.MALFORMED_JSON, null, "");
    refused(
        () -> tx("{\"a\":[" + "[".repeat(40) + "]".repeat(40) + "]}"),
        ProblemCode.MALFORMED_JSON,
        null,
        "depth");
  }

  @Test
  void utf8IsRead() {
    assertThat(tx("{\"comment\":\"привет ✓ \\u00e9\"}").comment()).isEqualTo("привет ✓ é");
  }
}
