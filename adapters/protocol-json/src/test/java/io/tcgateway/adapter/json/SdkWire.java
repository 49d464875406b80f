package io.tcgateway.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItem;
import io.tcgateway.domain.protocol.ConnectItemReply;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.EmbeddedResponse;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.QueryId;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.SignDataType;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The messages of {@code sdk-wire/sdk-wire.json} as domain values, and that file's exact JSON texts
 * (generated once with node by {@code sdk-wire/generate-sdk-wire.js}; see its header).
 */
final class SdkWire {
  static final String BOC_TEXT = "te6ccgEBAQEACwAAEgAAAABoZWxsbw==";
  static final BocBase64 BOC = BocBase64.parse(BOC_TEXT);
  static final String RAW = "0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc";
  static final WireAddress FROM = WireAddress.parse(RAW);
  static final UserFriendlyAddress NON_BOUNCEABLE =
      UserFriendlyAddress.parse("UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi");
  static final UserFriendlyAddress BOUNCEABLE =
      UserFriendlyAddress.parse("EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n");
  static final String PROOF_SIGNATURE =
      "ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==";
  static final String SIGN_DATA_SIGNATURE =
      "AA0PIQaQc40BXnvtilmc5wfH6eYhtro+1hDnimCTCv7W7+Ne/43jizpe0hEuniEzRWSXx9iJmu4j2t0sF8FDDA==";

  private static final JsonNode FILE = load();

  private SdkWire() {}

  /** The exact JSON text stored under {@code name}. */
  static String json(String name) {
    JsonNode value = FILE.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no " + name + " in sdk-wire.json");
    }
    return value.asText();
  }

  private static JsonNode load() {
    try (InputStream in = SdkWire.class.getResourceAsStream("/sdk-wire/sdk-wire.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- app -> wallet ----

  static AppRequest sendTransaction() {
    Map<String, Amount> extra = new LinkedHashMap<>();
    extra.put("239", Amount.parse("1000000000"));
    extra.put("7", Amount.parse("5"));
    return new AppRequest.SendTransaction(
        RequestId.of(0),
        TransactionPayload.ofMessages(
            OptionalLong.of(1700000300),
            Optional.of(Network.MAINNET),
            Optional.of(FROM),
            List.of(
                TransactionMessage.of(NON_BOUNCEABLE, Amount.of(20_000_000)),
                new TransactionMessage(
                    BOUNCEABLE,
                    Amount.of(1),
                    Optional.of(BOC),
                    Optional.of(BocBase64.parse("te6ccgEBAQEACwAAEgAAAABoZWxsbw")),
                    ExtraCurrencies.of(extra)))));
  }

  static AppRequest signDataText() {
    return new AppRequest.SignData(
        RequestId.of(1),
        new SignDataPayload.Text(
            "Confirm \"deal\" #1\n✓", Optional.of(Network.MAINNET), Optional.of(FROM)));
  }

  static AppRequest signDataBinary() {
    return new AppRequest.SignData(
        RequestId.of(2),
        new SignDataPayload.Binary(
            Bytes.fromHex("010203"), Optional.of(Network.MAINNET), Optional.of(FROM)));
  }

  static AppRequest signDataCell() {
    return new AppRequest.SignData(
        RequestId.of(3),
        new SignDataPayload.Cell(
            "comment#00000000 text:SnakeData = InMsgBody;",
            BOC,
            Optional.of(Network.MAINNET),
            Optional.of(FROM)));
  }

  static TransactionPayload itemsPayload() {
    Map<String, Amount> extra = new LinkedHashMap<>();
    extra.put("-1", Amount.of(5));
    extra.put("100", Amount.of(7));
    return TransactionPayload.ofItems(
        OptionalLong.of(1700000300),
        Optional.of(Network.TESTNET),
        Optional.of(FROM),
        List.of(
            new StructuredItem.Ton(
                NON_BOUNCEABLE,
                Amount.of(1000),
                Optional.empty(),
                Optional.empty(),
                ExtraCurrencies.of(extra)),
            new StructuredItem.Jetton(
                WireAddress.friendly(BOUNCEABLE),
                FROM,
                Amount.of(5000),
                new StructuredItem.TransferOptions(
                    Optional.of(Amount.of(50_000_000)),
                    Optional.of(WireAddress.friendly(NON_BOUNCEABLE)),
                    Optional.of(BOC),
                    Optional.of(Amount.of(1)),
                    Optional.of(BOC),
                    Optional.of(QueryId.of(42)))),
            StructuredItem.Nft.of(WireAddress.friendly(BOUNCEABLE), FROM)));
  }

  static AppRequest signMessageItems() {
    return new AppRequest.SignMessage(RequestId.of(12), itemsPayload());
  }

  static AppRequest disconnect() {
    return new AppRequest.Disconnect(RequestId.of(3));
  }

  static ConnectRequest connectRequest() {
    return new ConnectRequest(
        "https://dapp.example.com/m.json",
        List.of(
            new ConnectItem.TonAddress(Optional.of(Network.MAINNET)),
            new ConnectItem.TonProof("p\"\\\n\u0001é\ud800")));
  }

  static EmbeddedRequest embeddedMessages() {
    return new EmbeddedRequest.SendTransaction(
        TransactionPayload.ofMessages(
            OptionalLong.of(1700000300),
            Optional.of(Network.MAINNET),
            Optional.of(FROM),
            List.of(TransactionMessage.of(NON_BOUNCEABLE, Amount.of(20_000_000)))));
  }

  static EmbeddedRequest embeddedItems() {
    return new EmbeddedRequest.SignMessage(
        TransactionPayload.ofItems(
            OptionalLong.of(1700000300),
            Optional.of(Network.TESTNET),
            Optional.empty(),
            List.of(
                new StructuredItem.Ton(
                    NON_BOUNCEABLE,
                    Amount.of(1000),
                    Optional.empty(),
                    Optional.empty(),
                    ExtraCurrencies.none()),
                new StructuredItem.Jetton(
                    WireAddress.friendly(BOUNCEABLE),
                    FROM,
                    Amount.of(5000),
                    new StructuredItem.TransferOptions(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Amount.of(1)),
                        Optional.empty(),
                        Optional.of(QueryId.of(42)))),
                new StructuredItem.Nft(
                    WireAddress.friendly(BOUNCEABLE),
                    FROM,
                    new StructuredItem.TransferOptions(
                        Optional.of(Amount.of(50_000_000)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))));
  }

  static EmbeddedRequest embeddedSignData() {
    return new EmbeddedRequest.SignData(
        new SignDataPayload.Cell(
            "comment#00000000 text:SnakeData = InMsgBody;",
            BOC,
            Optional.empty(),
            Optional.of(FROM)));
  }

  // ---- wallet -> app ----

  static DeviceInfo device() {
    return new DeviceInfo(
        "iphone",
        "tonkeeper",
        "5.0.0",
        2,
        List.of(
            new Feature.SendTransactionLegacy(),
            new Feature.SendTransaction(
                OptionalInt.of(4), Optional.of(true), Optional.of(List.of("ton", "jetton"))),
            Feature.SignData.of(SignDataType.TEXT, SignDataType.BINARY, SignDataType.CELL),
            Feature.SignMessage.of(255),
            new Feature.EmbeddedRequest(),
            new Feature.Unknown("FutureThing", true),
            new Feature.Unknown("Other", false)));
  }

  static ConnectEvent.Success connectEvent(RpcResult embeddedResult) {
    return new ConnectEvent.Success(
        1700000000123L,
        List.of(
            new TonAddressReply(
                Address.parse(RAW),
                Network.MAINNET,
                Optional.of(
                    Bytes.fromHex(
                        "ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c")),
                Optional.of(BOC_TEXT)),
            new TonProofReply(
                1700000000, TonProofReply.Domain.of("example.com"), PROOF_SIGNATURE, "abc")),
        device(),
        Optional.of(new EmbeddedResponse.Ok(Optional.of(RequestId.of(0)), embeddedResult)));
  }

  static ConnectEvent.Success connectEventItemError() {
    return new ConnectEvent.Success(
        5,
        List.of(
            new TonAddressReply(
                Address.parse(RAW), Network.TESTNET, Optional.empty(), Optional.of("")),
            new ConnectItemReply.Failed("ton_proof", 400, Optional.of("not supported"))),
        new DeviceInfo("browser", "x", "1", 2, List.of()),
        Optional.empty());
  }

  static ConnectEvent.Error connectError() {
    return new ConnectEvent.Error(7, 300, "User declined");
  }

  static DisconnectEvent disconnectEvent() {
    return new DisconnectEvent(8);
  }

  static WalletResponse responseSendTransaction() {
    return new WalletResponse.Success(RequestId.of(7), new RpcResult.SentTransaction(BOC));
  }

  static WalletResponse responseSignMessage() {
    return new WalletResponse.Success(RequestId.of(7), new RpcResult.SignedMessage(BOC));
  }

  static WalletResponse responseSignData() {
    return new WalletResponse.Success(
        RequestId.of(9),
        new SignDataResult(
            Bytes.wrap(java.util.Base64.getDecoder().decode(SIGN_DATA_SIGNATURE)),
            Address.parse(RAW),
            1700000000,
            "example.com",
            new SignDataPayload.Text("hello", Optional.of(Network.MAINNET), Optional.of(FROM))));
  }

  static WalletResponse responseError() {
    return new WalletResponse.Error(
        RequestId.of(7),
        new WalletError(
            300, "User declined the transaction", Optional.of("{\"reason\":[\"a\",1,null,true]}")));
  }

  static WalletResponse responseDisconnect() {
    return new WalletResponse.Success(RequestId.of(4), new RpcResult.Disconnected());
  }
}
