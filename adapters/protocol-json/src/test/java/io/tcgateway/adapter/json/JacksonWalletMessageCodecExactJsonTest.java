package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.protocol.RpcResult;
import org.junit.jupiter.api.Test;

/**
 * The codec writes exactly the text the SDK's {@code JSON.stringify} produces. Expected texts are
 * in {@code sdk-wire/sdk-wire.json}, generated once with node (entries {@code sdk.*} by
 * {@code @tonconnect/sdk} 3.4.1 itself); see {@code sdk-wire/generate-sdk-wire.js}.
 */
class JacksonWalletMessageCodecExactJsonTest {
  private final JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();

  @Test
  void sendTransactionIsWhatSdk341Sends() {
    // order from, network, valid_until, messages; payload/stateInit normalised; extra_currency keys
    // in JavaScript property order (7 before 239 although 239 was inserted first)
    assertThat(codec.encodeAppRequest(SdkWire.sendTransaction()))
        .isEqualTo(SdkWire.json("sdk.sendTransaction"));
  }

  @Test
  void signDataIsWhatSdk341Sends() {
    assertThat(codec.encodeAppRequest(SdkWire.signDataText()))
        .isEqualTo(SdkWire.json("sdk.signDataText"));
    assertThat(codec.encodeAppRequest(SdkWire.signDataBinary()))
        .isEqualTo(SdkWire.json("sdk.signDataBinary"));
    assertThat(codec.encodeAppRequest(SdkWire.signDataCell()))
        .isEqualTo(SdkWire.json("sdk.signDataCell"));
  }

  @Test
  void signMessageWithStructuredItemsAndDisconnect() {
    assertThat(codec.encodeAppRequest(SdkWire.signMessageItems()))
        .isEqualTo(SdkWire.json("signMessageItems"));
    assertThat(codec.encodeAppRequest(SdkWire.disconnect()))
        .isEqualTo(SdkWire.json("disconnect"))
        .isEqualTo("{\"method\":\"disconnect\",\"params\":[],\"id\":\"3\"}");
  }

  @Test
  void connectRequestEscapesStringsLikeJsonStringify() {
    // payload p"\<LF><U+0001>é<lone U+D800>: \" \\ \n \u0001, é raw, \ud800 escaped
    assertThat(codec.encodeConnectRequest(SdkWire.connectRequest()))
        .isEqualTo(SdkWire.json("connectRequest"));
  }

  @Test
  void embeddedRequestsUseTheAbbreviatedWireKeys() {
    assertThat(codec.encodeEmbeddedRequest(SdkWire.embeddedMessages()))
        .isEqualTo(SdkWire.json("embeddedMessages"));
    assertThat(codec.encodeEmbeddedRequest(SdkWire.embeddedItems()))
        .isEqualTo(SdkWire.json("embeddedItems"));
    assertThat(codec.encodeEmbeddedRequest(SdkWire.embeddedSignData()))
        .isEqualTo(SdkWire.json("embeddedSignData"));
  }

  @Test
  void walletEvents() {
    assertThat(
            codec.encodeWalletEvent(
                SdkWire.connectEvent(new RpcResult.SentTransaction(SdkWire.BOC))))
        .isEqualTo(SdkWire.json("connectEvent"));
    assertThat(codec.encodeWalletEvent(SdkWire.connectEventItemError()))
        .isEqualTo(SdkWire.json("connectEventItemError"));
    assertThat(codec.encodeWalletEvent(SdkWire.connectError()))
        .isEqualTo(SdkWire.json("connectError"));
    assertThat(codec.encodeWalletEvent(SdkWire.disconnectEvent()))
        .isEqualTo(SdkWire.json("disconnectEvent"));
  }

  @Test
  void walletResponses() {
    assertThat(codec.encodeWalletResponse(SdkWire.responseSendTransaction()))
        .isEqualTo(SdkWire.json("responseSendTransaction"));
    assertThat(codec.encodeWalletResponse(SdkWire.responseSignMessage()))
        .isEqualTo(SdkWire.json("responseSignMessage"));
    assertThat(codec.encodeWalletResponse(SdkWire.responseSignData()))
        .isEqualTo(SdkWire.json("responseSignData"));
    assertThat(codec.encodeWalletResponse(SdkWire.responseError()))
        .isEqualTo(SdkWire.json("responseError"));
    assertThat(codec.encodeWalletResponse(SdkWire.responseDisconnect()))
        .isEqualTo(SdkWire.json("responseDisconnect"));
  }

  @Test
  void encodingIsDeterministic() {
    assertThat(codec.encodeAppRequest(SdkWire.signMessageItems()))
        .isEqualTo(codec.encodeAppRequest(SdkWire.signMessageItems()));
  }
}
