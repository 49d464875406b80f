package io.tcgateway.adapter.json;

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
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes protocol messages as the SDK's {@code JSON.stringify} output. Key order is the order in
 * which the SDK builds each object (recorded from {@code @tonconnect/sdk} 3.4.1, and from the
 * repository sources for signMessage, structured items and embedded requests); absent optional
 * fields are left out, as {@code JSON.stringify} drops {@code undefined}.
 */
final class WireWriter {
  private WireWriter() {}

  // {"manifestUrl":..,"items":[{"name":"ton_addr"[,"network":..]},{"name":"ton_proof","payload":..}]}
  static String connectRequest(ConnectRequest request) {
    return JsonOut.write(
        out -> {
          out.startObject().field("manifestUrl", request.manifestUrl()).name("items").startArray();
          for (ConnectItem item : request.items()) {
            out.startObject().field("name", item.name());
            switch (item) {
              case ConnectItem.TonAddress address ->
                  address.network().ifPresent(n -> out.field("network", n.id()));
              case ConnectItem.TonProof proof -> out.field("payload", proof.payload());
            }
            out.endObject();
          }
          out.endArray().endObject();
        });
  }

  // {"method":..,"params":[<payload as a JSON string>],"id":"<n>"}  (bridge-provider sendRequest)
  static String appRequest(AppRequest request) {
    Optional<String> params =
        switch (request) {
          case AppRequest.SendTransaction send -> Optional.of(transactionPayload(send.payload()));
          case AppRequest.SignMessage sign -> Optional.of(transactionPayload(sign.payload()));
          case AppRequest.SignData sign -> Optional.of(signDataPayload(sign.payload()));
          case AppRequest.Disconnect ignored -> Optional.empty();
        };
    return JsonOut.write(
        out -> {
          out.startObject()
              .field("method", request.method().wireName())
              .name("params")
              .startArray();
          params.ifPresent(out::string);
          out.endArray().field("id", request.id().toString()).endObject();
        });
  }

  // ton-connect.ts: {...tx, from, network, valid_until, messages} / items via
  // normalizeStructuredItem
  static String transactionPayload(TransactionPayload payload) {
    return JsonOut.write(
        out -> {
          out.startObject();
          payload.from().ifPresent(f -> out.field("from", f.text()));
          payload.network().ifPresent(n -> out.field("network", n.id()));
          payload.validUntil().ifPresent(v -> out.field("valid_until", v));
          switch (payload.body()) {
            case TransactionPayload.Body.Messages messages -> {
              out.name("messages").startArray();
              messages.messages().forEach(m -> message(out, m, ItemFields.RPC));
              out.endArray();
            }
            case TransactionPayload.Body.Items items -> {
              out.name("items").startArray();
              items.items().forEach(i -> item(out, i, ItemFields.RPC));
              out.endArray();
            }
          }
          out.endObject();
        });
  }

  private static void message(JsonOut out, TransactionMessage message, ItemFields f) {
    out.startObject()
        .field(f.address(), message.address().format())
        .field(f.amount(), message.amount().toString());
    optionalBoc(out, f.payload(), message.payload());
    optionalBoc(out, f.stateInit(), message.stateInit());
    extraCurrencies(out, f.extraCurrency(), message.extraCurrency());
    out.endObject();
  }

  private static void item(JsonOut out, StructuredItem item, ItemFields f) {
    out.startObject().field(f.type(), item.type().wireName());
    switch (item) {
      case StructuredItem.Ton ton -> {
        out.field(f.address(), ton.address().format()).field(f.amount(), ton.amount().toString());
        optionalBoc(out, f.payload(), ton.payload());
        optionalBoc(out, f.stateInit(), ton.stateInit());
        extraCurrencies(out, f.extraCurrency(), ton.extraCurrency());
      }
      case StructuredItem.Jetton jetton -> {
        out.field(f.master(), jetton.master().text())
            .field(f.destination(), jetton.destination().text())
            .field(f.amount(), jetton.amount().toString());
        transferOptions(out, jetton.options(), f);
      }
      case StructuredItem.Nft nft -> {
        out.field(f.nftAddress(), nft.nftAddress().text())
            .field(f.newOwner(), nft.newOwner().text());
        transferOptions(out, nft.options(), f);
      }
    }
    out.endObject();
  }

  private static void transferOptions(
      JsonOut out, StructuredItem.TransferOptions options, ItemFields f) {
    optional(out, f.attachAmount(), options.attachAmount(), Object::toString);
    optional(out, f.responseDestination(), options.responseDestination(), a -> a.text());
    optionalBoc(out, f.customPayload(), options.customPayload());
    optional(out, f.forwardAmount(), options.forwardAmount(), Object::toString);
    optionalBoc(out, f.forwardPayload(), options.forwardPayload());
    optional(out, f.queryId(), options.queryId(), Object::toString);
  }

  // ton-connect.ts signData: {...data, from, network}: {"type":..,<data
  // fields>,"from":..,"network":..}
  static String signDataPayload(SignDataPayload payload) {
    return JsonOut.write(out -> signDataObject(out, payload));
  }

  private static void signDataObject(JsonOut out, SignDataPayload payload) {
    out.startObject().field("type", payload.type().wireName());
    switch (payload) {
      case SignDataPayload.Text text -> out.field("text", text.text());
      case SignDataPayload.Binary binary -> out.field("bytes", binary.bytes().toBase64());
      case SignDataPayload.Cell cell ->
          out.field("schema", cell.schema()).field("cell", cell.cell().base64());
    }
    payload.from().ifPresent(f -> out.field("from", f.text()));
    payload.network().ifPresent(n -> out.field("network", n.id()));
    out.endObject();
  }

  // wire-request-parser.ts buildAppRequestPayload: {"m":..,"f"?,"n"?,"vu"?,"ms"|"i"} /
  // {"m":"sd","f"?,"n"?,"t",..}
  static String embeddedRequest(EmbeddedRequest request) {
    return JsonOut.write(
        out -> {
          out.startObject();
          switch (request) {
            case EmbeddedRequest.SendTransaction send ->
                embeddedTransaction(out, "st", send.payload());
            case EmbeddedRequest.SignMessage sign -> embeddedTransaction(out, "sm", sign.payload());
            case EmbeddedRequest.SignData sign -> {
              SignDataPayload payload = sign.payload();
              out.field("m", "sd");
              payload.from().ifPresent(f -> out.field("f", f.text()));
              payload.network().ifPresent(n -> out.field("n", n.id()));
              out.field("t", payload.type().wireName());
              switch (payload) {
                case SignDataPayload.Text text -> out.field("tx", text.text());
                case SignDataPayload.Binary binary -> out.field("b", binary.bytes().toBase64());
                case SignDataPayload.Cell cell ->
                    out.field("s", cell.schema()).field("c", cell.cell().base64());
              }
            }
          }
          out.endObject();
        });
  }

  private static void embeddedTransaction(JsonOut out, String method, TransactionPayload payload) {
    out.field("m", method);
    payload.from().ifPresent(f -> out.field("f", f.text()));
    payload.network().ifPresent(n -> out.field("n", n.id()));
    payload.validUntil().ifPresent(v -> out.field("vu", v));
    switch (payload.body()) {
      case TransactionPayload.Body.Messages messages -> {
        out.name("ms").startArray();
        messages.messages().forEach(m -> message(out, m, ItemFields.EMBEDDED));
        out.endArray();
      }
      case TransactionPayload.Body.Items items -> {
        out.name("i").startArray();
        items.items().forEach(i -> item(out, i, ItemFields.EMBEDDED));
        out.endArray();
      }
    }
  }

  // ---- wallet side ----

  static String walletEvent(WalletEvent event) {
    return JsonOut.write(
        out -> {
          out.startObject();
          switch (event) {
            case ConnectEvent.Success success -> {
              out.field("event", "connect").field("id", success.id()).name("payload").startObject();
              out.name("items").startArray();
              success.items().forEach(item -> itemReply(out, item));
              out.endArray().name("device");
              device(out, success.device());
              out.endObject();
              success
                  .response()
                  .ifPresent(response -> embeddedResponse(out.name("response"), response));
            }
            case ConnectEvent.Error error ->
                out.field("event", "connect_error")
                    .field("id", error.id())
                    .name("payload")
                    .startObject()
                    .field("code", error.code())
                    .field("message", error.message())
                    .endObject();
            case DisconnectEvent disconnect ->
                out.field("event", "disconnect")
                    .field("id", disconnect.id())
                    .name("payload")
                    .startObject()
                    .endObject();
          }
          out.endObject();
        });
  }

  static void itemReply(JsonOut out, ConnectItemReply reply) {
    out.startObject().field("name", reply.name());
    switch (reply) {
      case TonAddressReply address -> {
        out.field("address", address.address().toRaw()).field("network", address.network().id());
        address.publicKey().ifPresent(key -> out.field("publicKey", key.toHex()));
        address.walletStateInit().ifPresent(init -> out.field("walletStateInit", init));
      }
      case TonProofReply proof ->
          out.name("proof")
              .startObject()
              .field("timestamp", proof.timestamp())
              .name("domain")
              .startObject()
              .field("lengthBytes", proof.domain().lengthBytes())
              .field("value", proof.domain().value())
              .endObject()
              .field("signature", proof.signature())
              .field("payload", proof.payload())
              .endObject();
      case ConnectItemReply.Failed failed -> {
        out.name("error").startObject().field("code", failed.code());
        failed.message().ifPresent(m -> out.field("message", m));
        out.endObject();
      }
      case ConnectItemReply.Unknown ignored -> {}
    }
    out.endObject();
  }

  static void device(JsonOut out, DeviceInfo device) {
    out.startObject()
        .field("platform", device.platform())
        .field("appName", device.appName())
        .field("appVersion", device.appVersion())
        .field("maxProtocolVersion", device.maxProtocolVersion())
        .name("features")
        .startArray();
    for (Feature feature : device.features()) {
      switch (feature) {
        case Feature.SendTransactionLegacy legacy -> out.string(legacy.name());
        case Feature.SendTransaction send ->
            messagesFeature(
                out,
                send.name(),
                send.maxMessages(),
                send.extraCurrencySupported(),
                send.itemTypes());
        case Feature.SignMessage sign ->
            messagesFeature(
                out,
                sign.name(),
                sign.maxMessages(),
                sign.extraCurrencySupported(),
                sign.itemTypes());
        case Feature.SignData signData -> {
          out.startObject().field("name", signData.name()).name("types").startArray();
          signData.types().forEach(out::string);
          out.endArray().endObject();
        }
        case Feature.EmbeddedRequest embedded ->
            out.startObject().field("name", embedded.name()).endObject();
        case Feature.Unknown unknown -> {
          if (unknown.bare()) {
            out.string(unknown.name());
          } else {
            out.startObject().field("name", unknown.name()).endObject();
          }
        }
      }
    }
    out.endArray().endObject();
  }

  private static void messagesFeature(
      JsonOut out,
      String name,
      OptionalInt maxMessages,
      Optional<Boolean> extraCurrencySupported,
      Optional<List<String>> itemTypes) {
    out.startObject().field("name", name);
    maxMessages.ifPresent(max -> out.field("maxMessages", max));
    extraCurrencySupported.ifPresent(flag -> out.name("extraCurrencySupported").bool(flag));
    itemTypes.ifPresent(
        types -> {
          out.name("itemTypes").startArray();
          types.forEach(out::string);
          out.endArray();
        });
    out.endObject();
  }

  private static void embeddedResponse(JsonOut out, EmbeddedResponse response) {
    out.startObject();
    switch (response) {
      case EmbeddedResponse.Ok ok -> result(out.name("result"), ok.result());
      case EmbeddedResponse.Failed failed -> error(out.name("error"), failed.error());
    }
    response.id().ifPresent(id -> out.field("id", id.toString()));
    out.endObject();
  }

  // {"result":..,"id":"<n>"} / {"error":{"code":..,"message":..[,"data":..]},"id":"<n>"}
  static String walletResponse(WalletResponse response) {
    return JsonOut.write(
        out -> {
          out.startObject();
          switch (response) {
            case WalletResponse.Success success -> result(out.name("result"), success.result());
            case WalletResponse.Error error -> error(out.name("error"), error.error());
          }
          out.field("id", response.id().toString()).endObject();
        });
  }

  private static void error(JsonOut out, WalletError error) {
    out.startObject().field("code", error.code()).field("message", error.message());
    error
        .dataJson()
        .ifPresent(data -> out.name("data").raw(JsonIn.parse(data, "error.data").json()));
    out.endObject();
  }

  static void result(JsonOut out, RpcResult result) {
    switch (result) {
      case RpcResult.SentTransaction sent -> out.string(sent.boc().base64());
      case RpcResult.SignedMessage signed ->
          out.startObject().field("internalBoc", signed.internalBoc().base64()).endObject();
      case SignDataResult signData -> {
        out.startObject()
            .field("signature", signData.signature().toBase64())
            .field("address", signData.address().toRaw())
            .field("timestamp", signData.timestamp())
            .field("domain", signData.domain())
            .name("payload");
        signDataObject(out, signData.payload());
        out.endObject();
      }
      case RpcResult.Disconnected ignored -> out.startObject().endObject();
      case RpcResult.Untyped untyped -> out.raw(JsonIn.parse(untyped.json(), "result").json());
    }
  }

  // ---- shared pieces ----

  private static void optionalBoc(JsonOut out, String name, Optional<BocBase64> boc) {
    boc.ifPresent(b -> out.field(name, b.base64()));
  }

  private static <T> void optional(
      JsonOut out, String name, Optional<T> value, Function<T, String> text) {
    value.ifPresent(v -> out.field(name, text.apply(v)));
  }

  // JSON.stringify writes integer-like keys ("array index": canonical decimal below 2^32-1)
  // first in ascending numeric order, then the other keys in insertion order.
  private static void extraCurrencies(JsonOut out, String name, ExtraCurrencies currencies) {
    if (currencies.isEmpty()) {
      return;
    }
    List<Map.Entry<String, String>> indexKeys = new ArrayList<>();
    List<Map.Entry<String, String>> otherKeys = new ArrayList<>();
    currencies
        .amounts()
        .forEach(
            (id, amount) ->
                (isArrayIndex(id) ? indexKeys : otherKeys).add(Map.entry(id, amount.toString())));
    indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a.getKey()), Long.parseLong(b.getKey())));
    out.name(name).startObject();
    indexKeys.forEach(e -> out.field(e.getKey(), e.getValue()));
    otherKeys.forEach(e -> out.field(e.getKey(), e.getValue()));
    out.endObject();
  }

  private static boolean isArrayIndex(String key) {
    if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
      return false;
    }
    if (!key.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Long.parseLong(key) <= 0xFFFF_FFFEL;
  }
}
