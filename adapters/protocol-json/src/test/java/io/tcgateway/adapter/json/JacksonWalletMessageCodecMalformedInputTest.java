package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.WalletResponse;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input: always a ProtocolFormatException naming the field, never a Jackson exception.
 */
class JacksonWalletMessageCodecMalformedInputTest {
  private static final JacksonWalletMessageCodec CODEC = new JacksonWalletMessageCodec();
  private static final String SEND = SdkWire.json("sdk.sendTransaction");
  private static final String SIGN_DATA = SdkWire.json("sdk.signDataText");
  private static final String ITEMS = SdkWire.json("signMessageItems");

  record Case(
      Function<String, Object> decoder,
      String input,
      Class<? extends ProtocolFormatException> type,
      String field) {}

  private static Arguments appRequest(
      String name, String input, Class<? extends ProtocolFormatException> type, String field) {
    return Arguments.of(Named.of(name, new Case(CODEC::decodeAppRequest, input, type, field)));
  }

  private static Arguments wallet(
      String name, String input, Class<? extends ProtocolFormatException> type, String field) {
    return Arguments.of(Named.of(name, new Case(CODEC::decodeWalletMessage, input, type, field)));
  }

  /** Replaces {@code from} by {@code to} inside the JSON-string payload of a request. */
  private static String inPayload(String request, String from, String to) {
    String escapedFrom = from.replace("\"", "\\\"");
    String escapedTo = to.replace("\"", "\\\"");
    if (!request.contains(escapedFrom)) {
      throw new IllegalArgumentException("fixture does not contain " + from);
    }
    return request.replace(escapedFrom, escapedTo);
  }

  static Stream<Arguments> cases() {
    Class<ProtocolFormatException.MalformedJson> malformed =
        ProtocolFormatException.MalformedJson.class;
    Class<ProtocolFormatException.MissingField> missing =
        ProtocolFormatException.MissingField.class;
    Class<ProtocolFormatException.WrongType> wrongType = ProtocolFormatException.WrongType.class;
    Class<ProtocolFormatException.InvalidField> invalid =
        ProtocolFormatException.InvalidField.class;
    return Stream.of(
        appRequest("truncated JSON", SEND.substring(0, 40), malformed, "$"),
        appRequest("empty text", "", malformed, "$"),
        appRequest("trailing garbage", SEND + " x", malformed, "$"),
        appRequest("not an object", "[1,2]", wrongType, "$"),
        appRequest(
            "unknown method",
            SEND.replace("\"sendTransaction\"", "\"sendTx\""),
            ProtocolFormatException.UnknownMethod.class,
            "method"),
        appRequest(
            "method is a number", SEND.replace("\"sendTransaction\"", "7"), wrongType, "method"),
        appRequest("missing id", SEND.replace(",\"id\":\"0\"", ""), missing, "id"),
        appRequest("negative id", SEND.replace("\"id\":\"0\"", "\"id\":\"-1\""), invalid, "id"),
        appRequest(
            "params not an array",
            "{\"method\":\"signData\",\"params\":\"x\",\"id\":\"1\"}",
            wrongType,
            "params"),
        appRequest(
            "params empty",
            "{\"method\":\"signData\",\"params\":[],\"id\":\"1\"}",
            missing,
            "params[0]"),
        appRequest(
            "payload is not JSON",
            "{\"method\":\"signData\",\"params\":[\"{oops\"],\"id\":\"1\"}",
            malformed,
            "params[0]"),
        appRequest(
            "payload is an object, not a string",
            "{\"method\":\"signData\",\"params\":[{}],\"id\":\"1\"}",
            wrongType,
            "params[0]"),
        appRequest(
            "raw address where friendly is required",
            inPayload(
                SEND,
                "\"address\":\"UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi\"",
                "\"address\":\"" + SdkWire.RAW + "\""),
            invalid,
            "params[0].messages[0].address"),
        appRequest(
            "bad checksum address",
            inPayload(
                SEND,
                "EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n",
                "EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2m"),
            invalid,
            "params[0].messages[1].address"),
        appRequest(
            "negative amount",
            inPayload(SEND, "\"amount\":\"1\"", "\"amount\":\"-1\""),
            invalid,
            "params[0].messages[1].amount"),
        appRequest(
            "non-numeric amount",
            inPayload(SEND, "\"amount\":\"1\"", "\"amount\":\"1 TON\""),
            invalid,
            "params[0].messages[1].amount"),
        appRequest(
            "amount as a number",
            inPayload(SEND, "\"amount\":\"1\"", "\"amount\":1"),
            wrongType,
            "params[0].messages[1].amount"),
        appRequest(
            "missing amount",
            inPayload(SEND, ",\"amount\":\"1\"", ""),
            missing,
            "params[0].messages[1].amount"),
        appRequest(
            "non-BoC payload",
            inPayload(
                SEND,
                "\"payload\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw==\"",
                "\"payload\":\"aGVsbG8=\""),
            invalid,
            "params[0].messages[1].payload"),
        appRequest(
            "non-base64 stateInit",
            inPayload(
                SEND,
                "\"stateInit\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw==\"",
                "\"stateInit\":\"te6cc!!\""),
            invalid,
            "params[0].messages[1].stateInit"),
        appRequest(
            "bad extra currency id",
            inPayload(SEND, "\"239\":", "\"usd\":"),
            invalid,
            "params[0].messages[1].extra_currency"),
        appRequest(
            "bad extra currency amount",
            inPayload(SEND, "\"7\":\"5\"", "\"7\":\"5.5\""),
            invalid,
            "params[0].messages[1].extra_currency.7"),
        appRequest(
            "empty messages",
            inPayload(
                SEND,
                SEND.substring(SEND.indexOf("[{\\\"address"), SEND.indexOf("]}\"]"))
                    .replace("\\\"", "\""),
                "["),
            invalid,
            "params[0].messages"),
        appRequest(
            "messages and items",
            inPayload(SEND, "\"messages\":[", "\"items\":[],\"messages\":["),
            invalid,
            "params[0]"),
        appRequest(
            "neither messages nor items",
            inPayload(SEND, "\"messages\":", "\"msgs\":"),
            missing,
            "params[0].messages"),
        appRequest(
            "bad network",
            inPayload(SEND, "\"network\":\"-239\"", "\"network\":\"mainnet\""),
            invalid,
            "params[0].network"),
        appRequest(
            "bad from",
            inPayload(SEND, "\"from\":\"0:", "\"from\":\"5:"),
            invalid,
            "params[0].from"),
        appRequest(
            "valid_until not a number",
            inPayload(SEND, "1700000300", "\"soon\""),
            invalid,
            "params[0].valid_until"),
        appRequest(
            "unknown item type",
            inPayload(ITEMS, "\"type\":\"nft\"", "\"type\":\"sbt\""),
            invalid,
            "params[0].items[2].type"),
        appRequest(
            "jetton without master",
            inPayload(ITEMS, "\"master\":", "\"mastr\":"),
            missing,
            "params[0].items[1].master"),
        appRequest(
            "bad queryId",
            inPayload(ITEMS, "\"queryId\":\"42\"", "\"queryId\":\"-42\""),
            invalid,
            "params[0].items[1].queryId"),
        appRequest(
            "ton item with raw address",
            inPayload(
                ITEMS,
                "\"type\":\"ton\",\"address\":\"UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi\"",
                "\"type\":\"ton\",\"address\":\"" + SdkWire.RAW + "\""),
            invalid,
            "params[0].items[0].address"),
        appRequest(
            "unknown signData type",
            inPayload(SIGN_DATA, "\"type\":\"text\"", "\"type\":\"html\""),
            invalid,
            "params[0].type"),
        appRequest(
            "signData text missing",
            inPayload(SIGN_DATA, "\"text\":\"Confirm", "\"txt\":\"Confirm"),
            missing,
            "params[0].text"),
        wallet(
            "wallet message truncated",
            "{\"event\":\"connect\",\"id\":1,\"payload\":{\"items\":[",
            malformed,
            "$"),
        wallet("neither event nor answer", "{\"id\":\"1\"}", invalid, "$"),
        wallet("unknown event", "{\"event\":\"connected\",\"id\":1}", invalid, "event"),
        wallet("event without id", "{\"event\":\"disconnect\",\"payload\":{}}", missing, "id"),
        wallet("event id not numeric", "{\"event\":\"disconnect\",\"id\":\"abc\"}", invalid, "id"),
        wallet("event id fractional", "{\"event\":\"disconnect\",\"id\":1.5}", invalid, "id"),
        wallet("event id boolean", "{\"event\":\"disconnect\",\"id\":true}", wrongType, "id"),
        wallet("response without id", "{\"result\":\"x\"}", missing, "id"),
        wallet(
            "error without code",
            "{\"error\":{\"message\":\"m\"},\"id\":\"1\"}",
            missing,
            "error.code"),
        wallet(
            "connect without device",
            SdkWire.json("connectEventItemError").replaceFirst(",\"device\":\\{[^}]*\\}", ""),
            missing,
            "payload.device"),
        wallet(
            "connect without ton_addr",
            "{\"event\":\"connect\",\"id\":1,\"payload\":{\"items\":[],\"device\":{\"platform\":\"a\",\"appName\":\"b\",\"appVersion\":\"c\",\"maxProtocolVersion\":2}}}",
            invalid,
            "payload.items"),
        wallet(
            "raw address with bad hex",
            SdkWire.json("connectEventItemError").replace("0:2ab1", "0:zzb1"),
            invalid,
            "payload.items[0].address"),
        wallet(
            "bad public key",
            SdkWire.json("connectEvent").replace("\"publicKey\":\"ca93", "\"publicKey\":\"xx93"),
            invalid,
            "payload.items[0].publicKey"),
        wallet(
            "bad walletStateInit",
            SdkWire.json("connectEventItemError")
                .replace("\"walletStateInit\":\"\"", "\"walletStateInit\":\"**\""),
            invalid,
            "payload.items[0].walletStateInit"),
        wallet(
            "proof timestamp missing",
            SdkWire.json("connectEvent").replace("\"timestamp\":1700000000,", ""),
            missing,
            "payload.items[1].proof.timestamp"),
        wallet(
            "maxProtocolVersion not a number",
            SdkWire.json("connectEvent")
                .replace("\"maxProtocolVersion\":2", "\"maxProtocolVersion\":\"two\""),
            invalid,
            "payload.device.maxProtocolVersion"),
        wallet(
            "feature not an object or string",
            SdkWire.json("connectEvent").replace("\"features\":[", "\"features\":[7,"),
            wrongType,
            "payload.device.features[0]"),
        wallet(
            "maxMessages not a number",
            SdkWire.json("connectEvent").replace("\"maxMessages\":4", "\"maxMessages\":[4]"),
            wrongType,
            "payload.device.features[1].maxMessages"),
        wallet(
            "embedded response without result",
            SdkWire.json("connectEvent")
                .replace(
                    "\"response\":{\"result\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw==\",",
                    "\"response\":{"),
            missing,
            "response.result"),
        wallet(
            "connect_error code missing",
            "{\"event\":\"connect_error\",\"id\":1,\"payload\":{\"message\":\"m\"}}",
            missing,
            "payload.code"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void malformedInputNamesTheField(Case c) {
    assertThatThrownBy(() -> c.decoder().apply(c.input()))
        .isInstanceOf(c.type())
        .hasMessageStartingWith(c.field() + ": ")
        .satisfies(e -> assertThat(((ProtocolFormatException) e).field()).isEqualTo(c.field()));
  }

  static Stream<Arguments> badResults() {
    return Stream.of(
        Arguments.of(
            RpcMethod.SEND_TRANSACTION, "{\"result\":{\"boc\":\"x\"},\"id\":\"1\"}", "result"),
        Arguments.of(
            RpcMethod.SEND_TRANSACTION, "{\"result\":\"aGVsbG8=\",\"id\":\"1\"}", "result"),
        Arguments.of(
            RpcMethod.SIGN_MESSAGE,
            "{\"result\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw==\",\"id\":\"1\"}",
            "result"),
        Arguments.of(RpcMethod.SIGN_MESSAGE, "{\"result\":{},\"id\":\"1\"}", "result.internalBoc"),
        Arguments.of(
            RpcMethod.SIGN_DATA,
            SdkWire.json("responseSignData").replace("\"signature\":\"AA0P", "\"signature\":\"AP"),
            "result.signature"),
        Arguments.of(
            RpcMethod.SIGN_DATA,
            SdkWire.json("responseSignData").replace("\"address\":\"0:", "\"address\":\"9:"),
            "result.address"),
        Arguments.of(
            RpcMethod.SIGN_DATA,
            SdkWire.json("responseSignData").replace(",\"domain\":\"example.com\"", ""),
            "result.domain"),
        Arguments.of(
            RpcMethod.SIGN_DATA,
            SdkWire.json("responseSignData")
                .replace("\"type\":\"text\",\"text\":\"hello\"", "\"type\":\"text\""),
            "result.payload.text"),
        Arguments.of(
            RpcMethod.SIGN_DATA,
            SdkWire.json("responseSignData").replace("1700000000,", "-5,"),
            "result.timestamp"));
  }

  @ParameterizedTest
  @MethodSource("badResults")
  void resultOfTheWrongShapeNamesTheField(RpcMethod method, String json, String field) {
    WalletResponse untyped = (WalletResponse) CODEC.decodeWalletMessage(json);
    assertThatThrownBy(() -> CODEC.typeResponse(untyped, method))
        .isInstanceOf(ProtocolFormatException.class)
        .hasMessageStartingWith(field + ": ");
  }

  @Test
  void linkAndEmbeddedDecodersNameTheirFieldsToo() {
    assertThatThrownBy(
            () ->
                CODEC.decodeConnectRequest(
                    "{\"manifestUrl\":\"https://a.b/m.json\",\"items\":[{\"name\":\"ton_proof\",\"payload\":\"\"}]}"))
        .hasMessageStartingWith("items[0].payload: ");
    assertThatThrownBy(
            () ->
                CODEC.decodeConnectRequest(
                    "{\"manifestUrl\":\"https://a.b/m.json\",\"items\":[{\"name\":\"ton_id\"}]}"))
        .hasMessageStartingWith("items[0].name: ");
    assertThatThrownBy(() -> CODEC.decodeConnectRequest("{\"items\":[{\"name\":\"ton_addr\"}]}"))
        .isInstanceOf(ProtocolFormatException.MissingField.class)
        .hasMessageStartingWith("manifestUrl: ");
    assertThatThrownBy(
            () ->
                CODEC.decodeConnectRequest(
                    "{\"manifestUrl\":\"https://a.b/m.json\",\"items\":[{\"name\":\"ton_proof\",\"payload\":\"x\"}]}"))
        .hasMessageStartingWith("items: ");
    assertThatThrownBy(() -> CODEC.decodeEmbeddedRequest("{\"m\":\"xx\"}"))
        .hasMessageStartingWith("m: ");
    assertThatThrownBy(
            () ->
                CODEC.decodeEmbeddedRequest(
                    "{\"m\":\"st\",\"ms\":[{\"a\":\"" + SdkWire.RAW + "\",\"am\":\"1\"}]}"))
        .hasMessageStartingWith("ms[0].a: ");
    assertThatThrownBy(() -> CODEC.decodeEmbeddedRequest("{\"m\":\"st\",\"ms\":[]}"))
        .hasMessageStartingWith("ms: ");
    assertThatThrownBy(
            () -> CODEC.decodeEmbeddedRequest("{\"m\":\"sd\",\"t\":\"binary\",\"b\":\"@@\"}"))
        .hasMessageStartingWith("b: ");
  }

  @Test
  void encodingRejectsUntypedTextThatIsNotJson() {
    WalletResponse bogus =
        new WalletResponse.Success(
            io.tcgateway.domain.protocol.RequestId.of(1),
            new io.tcgateway.domain.protocol.RpcResult.Untyped("{nope"));
    assertThatThrownBy(() -> CODEC.encodeWalletResponse(bogus))
        .isInstanceOf(ProtocolFormatException.MalformedJson.class)
        .hasMessageStartingWith("result: ");
  }
}
