package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.EmbeddedResponse;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message type, encoded and decoded in both directions (app side and wallet side). */
class JacksonWalletMessageCodecRoundTripTest {
  private final JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();

  static Stream<Named<AppRequest>> appRequests() {
    return Stream.of(
        Named.of("sendTransaction", SdkWire.sendTransaction()),
        Named.of("signData text", SdkWire.signDataText()),
        Named.of("signData binary", SdkWire.signDataBinary()),
        Named.of("signData cell", SdkWire.signDataCell()),
        Named.of("signMessage items", SdkWire.signMessageItems()),
        Named.of(
            "sendTransaction items",
            new AppRequest.SendTransaction(RequestId.of(5), SdkWire.itemsPayload())),
        Named.of("disconnect", SdkWire.disconnect()));
  }

  @ParameterizedTest
  @MethodSource("appRequests")
  void appRequestSurvivesEncodeAndWalletSideDecode(AppRequest request) {
    String json = codec.encodeAppRequest(request);
    assertThat(codec.decodeAppRequest(json)).isEqualTo(request);
  }

  static Stream<Arguments> sdkRequests() {
    return Stream.of(
        Arguments.of("sdk.sendTransaction", SdkWire.sendTransaction()),
        Arguments.of("sdk.signDataText", SdkWire.signDataText()),
        Arguments.of("sdk.signDataBinary", SdkWire.signDataBinary()),
        Arguments.of("sdk.signDataCell", SdkWire.signDataCell()),
        Arguments.of("signMessageItems", SdkWire.signMessageItems()),
        Arguments.of("disconnect", SdkWire.disconnect()));
  }

  @ParameterizedTest
  @MethodSource("sdkRequests")
  void walletSideDecodesWhatTheSdkSends(String name, AppRequest expected) {
    assertThat(codec.decodeAppRequest(SdkWire.json(name))).isEqualTo(expected);
  }

  @Test
  void connectRequestRoundTrips() {
    String json = codec.encodeConnectRequest(SdkWire.connectRequest());
    assertThat(codec.decodeConnectRequest(json)).isEqualTo(SdkWire.connectRequest());
    assertThat(
            codec.encodeConnectRequest(codec.decodeConnectRequest(SdkWire.json("connectRequest"))))
        .isEqualTo(SdkWire.json("connectRequest"));
  }

  static Stream<Arguments> embedded() {
    return Stream.of(
        Arguments.of("embeddedMessages", SdkWire.embeddedMessages()),
        Arguments.of("embeddedItems", SdkWire.embeddedItems()),
        Arguments.of("embeddedSignData", SdkWire.embeddedSignData()));
  }

  @ParameterizedTest
  @MethodSource("embedded")
  void embeddedRequestRoundTrips(String name, EmbeddedRequest request) {
    assertThat(codec.decodeEmbeddedRequest(codec.encodeEmbeddedRequest(request)))
        .isEqualTo(request);
    assertThat(codec.decodeEmbeddedRequest(SdkWire.json(name))).isEqualTo(request);
    assertThat(request.withId(RequestId.of(4)).method()).isEqualTo(request.method());
  }

  static Stream<Arguments> walletEvents() {
    return Stream.of(
        Arguments.of("connectEventItemError", SdkWire.connectEventItemError()),
        Arguments.of("connectError", SdkWire.connectError()),
        Arguments.of("disconnectEvent", SdkWire.disconnectEvent()));
  }

  @ParameterizedTest
  @MethodSource("walletEvents")
  void walletEventRoundTrips(String name, WalletEvent event) {
    assertThat(codec.decodeWalletMessage(codec.encodeWalletEvent(event))).isEqualTo(event);
    WalletMessage decoded = codec.decodeWalletMessage(SdkWire.json(name));
    assertThat(decoded).isEqualTo(event);
    assertThat(codec.encodeWalletEvent((WalletEvent) decoded)).isEqualTo(SdkWire.json(name));
  }

  @Test
  void connectEventWithEmbeddedResponseIsTypedByTheEmbeddedMethod() {
    ConnectEvent.Success typed = SdkWire.connectEvent(new RpcResult.SentTransaction(SdkWire.BOC));
    ConnectEvent.Success decoded =
        (ConnectEvent.Success) codec.decodeWalletMessage(SdkWire.json("connectEvent"));
    assertThat(decoded.response())
        .contains(
            new EmbeddedResponse.Ok(
                Optional.of(RequestId.of(0)),
                new RpcResult.Untyped("\"" + SdkWire.BOC_TEXT + "\"")));
    EmbeddedResponse.Ok ok = (EmbeddedResponse.Ok) decoded.response().orElseThrow();
    assertThat(codec.typeResult(ok.result(), RpcMethod.SEND_TRANSACTION))
        .isEqualTo(new RpcResult.SentTransaction(SdkWire.BOC));
    assertThat(decoded.items()).isEqualTo(typed.items());
    assertThat(decoded.device()).isEqualTo(typed.device());
    // an untyped result is written back as it came
    assertThat(codec.encodeWalletEvent(decoded)).isEqualTo(SdkWire.json("connectEvent"));
  }

  @Test
  void embeddedErrorResponseRoundTrips() {
    ConnectEvent.Success event =
        new ConnectEvent.Success(
            9,
            SdkWire.connectEventItemError().items(),
            SdkWire.connectEventItemError().device(),
            Optional.of(
                new EmbeddedResponse.Failed(
                    Optional.empty(), new WalletError(300, "no", Optional.empty()))));
    String json = codec.encodeWalletEvent(event);
    assertThat(json).endsWith(",\"response\":{\"error\":{\"code\":300,\"message\":\"no\"}}}");
    assertThat(codec.decodeWalletMessage(json)).isEqualTo(event);
  }

  static Stream<Arguments> responses() {
    return Stream.of(
        Arguments.of(
            "responseSendTransaction",
            RpcMethod.SEND_TRANSACTION,
            SdkWire.responseSendTransaction()),
        Arguments.of("responseSignMessage", RpcMethod.SIGN_MESSAGE, SdkWire.responseSignMessage()),
        Arguments.of("responseSignData", RpcMethod.SIGN_DATA, SdkWire.responseSignData()),
        Arguments.of("responseError", RpcMethod.SEND_TRANSACTION, SdkWire.responseError()),
        Arguments.of("responseDisconnect", RpcMethod.DISCONNECT, SdkWire.responseDisconnect()));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void walletResponseIsDecodedUntypedThenTypedByItsMethod(
      String name, RpcMethod method, WalletResponse expected) {
    WalletMessage decoded = codec.decodeWalletMessage(SdkWire.json(name));
    assertThat(decoded).isInstanceOf(WalletResponse.class);
    WalletResponse response = (WalletResponse) decoded;
    assertThat(response.id()).isEqualTo(expected.id());
    if (response instanceof WalletResponse.Success success) {
      assertThat(success.result()).isInstanceOf(RpcResult.Untyped.class);
    }
    WalletResponse typed = codec.typeResponse(response, method);
    assertThat(typed).isEqualTo(expected);
    assertThat(codec.encodeWalletResponse(typed)).isEqualTo(SdkWire.json(name));
    assertThat(codec.typeResponse(typed, method)).isSameAs(typed);
  }

  @Test
  void signDataResultEchoesThePayloadTheVerifierCompares() {
    WalletResponse typed =
        codec.typeResponse(
            (WalletResponse) codec.decodeWalletMessage(SdkWire.json("responseSignData")),
            RpcMethod.SIGN_DATA);
    var result =
        (io.tcgateway.domain.protocol.SignDataResult) ((WalletResponse.Success) typed).result();
    assertThat(
            result.payload().hasSameData(((AppRequest.SignData) SdkWire.signDataText()).payload()))
        .isFalse();
    assertThat(result.signature().length()).isEqualTo(64);
    assertThat(List.of(result.timestamp(), (long) result.domain().length()))
        .containsExactly(1700000000L, 11L);
  }
}
