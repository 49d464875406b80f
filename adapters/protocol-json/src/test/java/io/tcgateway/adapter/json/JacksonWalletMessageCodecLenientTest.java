package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItemReply;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.ton.Network;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What real wallets send that differs from the types (protocol.md §13 item 15). */
class JacksonWalletMessageCodecLenientTest {
  private static final String ADDR =
      "{\"name\":\"ton_addr\",\"address\":\""
          + SdkWire.RAW
          + "\",\"network\":\"-239\",\"walletStateInit\":\"\"}";
  private static final String DEVICE =
      "{\"platform\":\"android\",\"appName\":\"w\",\"appVersion\":\"1\",\"maxProtocolVersion\":2,\"features\":[]}";

  private final JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();

  private ConnectEvent.Success connect(String items, String device) {
    return (ConnectEvent.Success)
        codec.decodeWalletMessage(
            "{\"event\":\"connect\",\"id\":1,\"payload\":{\"items\":["
                + items
                + "],\"device\":"
                + device
                + "}}");
  }

  @Test
  void proofTimestampMayBeANumericString() {
    String proof =
        "{\"name\":\"ton_proof\",\"proof\":{\"timestamp\":\"1700000000\",\"domain\":{\"lengthBytes\":\"11\",\"value\":\"example.com\"},"
            + "\"signature\":\""
            + SdkWire.PROOF_SIGNATURE
            + "\",\"payload\":\"abc\"}}";
    TonProofReply reply = connect(ADDR + "," + proof, DEVICE).tonProof().orElseThrow();
    assertThat(reply.timestamp()).isEqualTo(1700000000L);
    assertThat(reply.domain().value()).isEqualTo("example.com");
  }

  @Test
  void flawedProofIsKeptAsSentForTheVerifierToReject() {
    String proof =
        "{\"name\":\"ton_proof\",\"proof\":{\"timestamp\":1700000000,\"domain\":{\"lengthBytes\":12,\"value\":\"example.com\"},"
            + "\"signature\":\"*not base64*\",\"payload\":\"\"}}";
    TonProofReply reply = connect(ADDR + "," + proof, DEVICE).tonProof().orElseThrow();
    assertThat(reply.domain().lengthBytes()).isEqualTo(12);
    assertThat(reply.domain().lengthMatches()).isFalse();
    assertThat(reply.signature()).isEqualTo("*not base64*");
    assertThat(reply.payload()).isEmpty();
  }

  @Test
  void eventIdMayBeANumberOrANumericString() {
    assertThat(
            codec.decodeWalletMessage(
                "{\"event\":\"disconnect\",\"id\":\"1700000000999\",\"payload\":{}}"))
        .isEqualTo(new DisconnectEvent(1700000000999L));
    assertThat(codec.decodeWalletMessage("{\"event\":\"disconnect\",\"id\":42}"))
        .isEqualTo(new DisconnectEvent(42));
    assertThat(codec.decodeWalletMessage("{\"event\":\"disconnect\",\"id\":4.2e1,\"payload\":{}}"))
        .isEqualTo(new DisconnectEvent(42));
  }

  @Test
  void emptyWalletStateInitAndMissingOrEmptyPublicKeyAreAccepted() {
    TonAddressReply reply = connect(ADDR, DEVICE).tonAddress();
    assertThat(reply.walletStateInit()).contains("");
    assertThat(reply.walletStateInitBytes()).isEmpty();
    assertThat(reply.publicKey()).isEmpty();
    String emptyKey = ADDR.replace("\"walletStateInit\":\"\"", "\"publicKey\":\"\"");
    assertThat(connect(emptyKey, DEVICE).tonAddress().publicKey()).isEmpty();
    assertThat(connect(emptyKey, DEVICE).tonAddress().walletStateInit()).isEmpty();
  }

  @Test
  void networkSentAsANumberIsTolerated() {
    assertThat(connect(ADDR.replace("\"-239\"", "-239"), DEVICE).tonAddress().network())
        .isEqualTo(Network.MAINNET);
  }

  @Test
  void featuresMixBareStringsObjectsAndUnknownNames() {
    String device =
        DEVICE.replace(
            "\"features\":[]",
            "\"features\":[\"SendTransaction\",{\"name\":\"SendTransaction\"},\"Brand-new\",{\"name\":\"SignData\"},{\"name\":\"X\",\"y\":1}]");
    assertThat(connect(ADDR, device).device().features())
        .containsExactly(
            new Feature.SendTransactionLegacy(),
            new Feature.SendTransaction(OptionalInt.empty(), Optional.empty(), Optional.empty()),
            new Feature.Unknown("Brand-new", true),
            new Feature.SignData(List.of()),
            new Feature.Unknown("X", false));
    assertThat(connect(ADDR, DEVICE.replace(",\"features\":[]", "")).device().features()).isEmpty();
  }

  @Test
  void unknownFieldsItemsAndNullOptionalsAreIgnored() {
    String event =
        "{\"event\":\"connect\",\"id\":1,\"extra\":{\"a\":[1]},\"response\":null,\"payload\":{\"items\":["
            + ADDR.replace("}", ",\"future\":true}")
            + ",{\"name\":\"ton_future\",\"x\":1}],\"device\":"
            + DEVICE
            + ",\"more\":1}}";
    ConnectEvent.Success success = (ConnectEvent.Success) codec.decodeWalletMessage(event);
    assertThat(success.items())
        .hasSize(2)
        .last()
        .isEqualTo(new ConnectItemReply.Unknown("ton_future"));
    assertThat(success.response()).isEmpty();
  }

  @Test
  void itemErrorWithoutMessageAndConnectErrorWithoutMessage() {
    ConnectEvent.Success success =
        connect(ADDR + ",{\"name\":\"ton_proof\",\"error\":{\"code\":400}}", DEVICE);
    assertThat(success.itemError("ton_proof"))
        .contains(new ConnectItemReply.Failed("ton_proof", 400, Optional.empty()));
    assertThat(
            codec.decodeWalletMessage(
                "{\"event\":\"connect_error\",\"id\":2,\"payload\":{\"code\":2}}"))
        .isEqualTo(new ConnectEvent.Error(2, 2, ""));
  }

  @Test
  void responseIdMayBeANumberAndSignDataTimestampAString() {
    WalletResponse response =
        (WalletResponse)
            codec.decodeWalletMessage(
                SdkWire.json("responseSignData")
                    .replace("\"id\":\"9\"", "\"id\":9")
                    .replace("1700000000,", "\"1700000000\","));
    assertThat(response.id()).isEqualTo(RequestId.of(9));
    SignDataResult result =
        (SignDataResult)
            ((WalletResponse.Success) codec.typeResponse(response, RpcMethod.SIGN_DATA)).result();
    assertThat(result.timestamp()).isEqualTo(1700000000L);
  }

  @Test
  void errorWinsOverResultAndMissingMessageIsEmpty() {
    WalletResponse response =
        (WalletResponse)
            codec.decodeWalletMessage("{\"result\":\"x\",\"error\":{\"code\":1},\"id\":\"3\"}");
    assertThat(response).isInstanceOf(WalletResponse.Error.class);
    assertThat(((WalletResponse.Error) response).error().message()).isEmpty();
  }

  @Test
  void urlSafeBocResultIsNormalised() {
    WalletResponse response =
        codec.typeResponse(
            (WalletResponse)
                codec.decodeWalletMessage(
                    "{\"result\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw\",\"id\":\"1\"}"),
            RpcMethod.SEND_TRANSACTION);
    assertThat(codec.encodeWalletResponse(response))
        .isEqualTo(SdkWire.json("responseSendTransaction").replace("\"7\"", "\"1\""));
  }
}
