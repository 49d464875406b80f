package io.tcgateway.adapter.json;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
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
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.QueryId;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.StructuredItemType;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads wire JSON into protocol messages. Lenient where wallets differ in the wild (protocol.md §13
 * item 15): integers may come as numeric strings, {@code features} may hold bare strings, {@code
 * walletStateInit} may be {@code ""}, unknown fields are ignored. Strict about the rest: every
 * missing required field, wrong type or invalid value is a {@link ProtocolFormatException} with the
 * field's path.
 */
final class WireReader {
  private WireReader() {}

  // ---- wallet -> app ----

  static WalletMessage walletMessage(String json) {
    JsonIn root = JsonIn.parse(json, "").object();
    if (root.has("event")) {
      return walletEvent(root);
    }
    if (root.has("error") || root.has("result")) {
      RequestId id = requestId(root.required("id"));
      if (root.has("error")) {
        return new WalletResponse.Error(id, walletError(root.required("error")));
      }
      return new WalletResponse.Success(id, new RpcResult.Untyped(root.required("result").json()));
    }
    throw new ProtocolFormatException.InvalidField(
        ProtocolFormatException.ROOT,
        "neither a wallet event (event) nor an RPC answer (result/error)");
  }

  private static WalletMessage walletEvent(JsonIn root) {
    String event = root.string("event");
    long id = root.required("id").integer();
    return switch (event) {
      case "connect" -> connectEvent(root, id);
      case "connect_error" -> {
        JsonIn payload = root.required("payload").object();
        int code = payload.required("code").int32();
        String message = payload.optionalString("message").orElse("");
        yield new ConnectEvent.Error(id, code, message);
      }
      case "disconnect" -> new DisconnectEvent(id);
      default ->
          throw new ProtocolFormatException.InvalidField(
              "event", "unknown wallet event '" + event + "'");
    };
  }

  private static ConnectEvent connectEvent(JsonIn root, long id) {
    JsonIn payload = root.required("payload").object();
    List<ConnectItemReply> items = new ArrayList<>();
    for (JsonIn item : payload.required("items").array()) {
      items.add(itemReply(item.object()));
    }
    JsonIn deviceJson = payload.required("device").object();
    DeviceInfo device = device(deviceJson);
    Optional<EmbeddedResponse> response =
        root.optional("response").map(WireReader::embeddedResponse);
    return build("", () -> new ConnectEvent.Success(id, items, device, response));
  }

  static ConnectItemReply itemReply(JsonIn item) {
    String name = item.string("name");
    if (item.has("error")) {
      JsonIn error = item.required("error").object();
      int code = error.required("code").int32();
      Optional<String> message = error.optionalString("message");
      return new ConnectItemReply.Failed(name, code, message);
    }
    switch (name) {
      case TonAddressReply.NAME -> {
        Address address = item.required("address").parseString(Address::parse);
        Network network = network(item.required("network"));
        Optional<Bytes> publicKey =
            item.optional("publicKey")
                .filter(key -> !key.string().isEmpty())
                .map(WireReader::publicKey);
        Optional<String> stateInit = item.optionalString("walletStateInit");
        return build(
            item.path(), () -> new TonAddressReply(address, network, publicKey, stateInit));
      }
      case TonProofReply.NAME -> {
        JsonIn proof = item.required("proof").object();
        long timestamp = proof.required("timestamp").integer();
        JsonIn domainJson = proof.required("domain").object();
        int lengthBytes = domainJson.required("lengthBytes").int32();
        String value = domainJson.string("value");
        TonProofReply.Domain domain =
            build(item.path(), () -> new TonProofReply.Domain(lengthBytes, value));
        String signature = proof.string("signature");
        String payload = proof.string("payload");
        return build(item.path(), () -> new TonProofReply(timestamp, domain, signature, payload));
      }
      default -> {
        return new ConnectItemReply.Unknown(name);
      }
    }
  }

  private static Bytes publicKey(JsonIn key) {
    return key.parseString(text -> Bytes.wrap(Hex.decodeExactly(text, 32)));
  }

  // Networks are strings on the wire; a wallet that sends the global id as a number is tolerated.
  static Network network(JsonIn value) {
    if (value.isString()) {
      return value.parseString(Network::parse);
    }
    long id = value.integer();
    try {
      return Network.of(Math.toIntExact(id));
    } catch (ArithmeticException e) {
      throw new ProtocolFormatException.InvalidField(value.path(), "network does not fit in int32");
    }
  }

  static DeviceInfo device(JsonIn device) {
    List<Feature> features = new ArrayList<>();
    for (JsonIn feature : device.optional("features").map(JsonIn::array).orElse(List.of())) {
      features.add(feature(feature));
    }
    String platform = device.string("platform");
    String appName = device.string("appName");
    String appVersion = device.string("appVersion");
    int maxProtocolVersion = device.required("maxProtocolVersion").int32();
    return build(
        device.path(),
        () -> new DeviceInfo(platform, appName, appVersion, maxProtocolVersion, features));
  }

  private static Feature feature(JsonIn feature) {
    if (feature.isString()) {
      String name = feature.string();
      return name.equals(Feature.SendTransactionLegacy.NAME)
          ? new Feature.SendTransactionLegacy()
          : new Feature.Unknown(name, true);
    }
    JsonIn object = feature.object();
    String name = object.string("name");
    return switch (name) {
      case Feature.SendTransaction.NAME ->
          new Feature.SendTransaction(
              optionalInt(object, "maxMessages"),
              object.optional("extraCurrencySupported").map(JsonIn::bool),
              object.optional("itemTypes").map(WireReader::strings));
      case Feature.SignMessage.NAME ->
          new Feature.SignMessage(
              optionalInt(object, "maxMessages"),
              object.optional("extraCurrencySupported").map(JsonIn::bool),
              object.optional("itemTypes").map(WireReader::strings));
      case Feature.SignData.NAME ->
          new Feature.SignData(object.optional("types").map(WireReader::strings).orElse(List.of()));
      case Feature.EmbeddedRequest.NAME -> new Feature.EmbeddedRequest();
      default -> new Feature.Unknown(name, false);
    };
  }

  private static EmbeddedResponse embeddedResponse(JsonIn response) {
    response.object();
    Optional<RequestId> id = response.optional("id").map(WireReader::requestId);
    if (response.has("error")) {
      return new EmbeddedResponse.Failed(id, walletError(response.required("error")));
    }
    return new EmbeddedResponse.Ok(id, new RpcResult.Untyped(response.required("result").json()));
  }

  private static WalletError walletError(JsonIn error) {
    error.object();
    return new WalletError(
        error.required("code").int32(),
        error.optionalString("message").orElse(""),
        error.optional("data").map(JsonIn::json));
  }

  static RpcResult typedResult(String json, RpcMethod method) {
    return typedResult(JsonIn.parse(json, "result"), method);
  }

  /** A result at any place of a document, typed as the answer to {@code method}. */
  static RpcResult typedResult(JsonIn result, RpcMethod method) {
    return switch (method) {
      case SEND_TRANSACTION -> new RpcResult.SentTransaction(result.parseString(BocBase64::parse));
      case SIGN_MESSAGE ->
          new RpcResult.SignedMessage(
              result.object().required("internalBoc").parseString(BocBase64::parse));
      case SIGN_DATA -> {
        result.object();
        SignDataPayload payload = signDataPayload(result.required("payload").object());
        Bytes signature =
            result
                .required("signature")
                .parseString(text -> Bytes.wrap(Base64s.decodeLenient(text)));
        Address address = result.required("address").parseString(Address::parse);
        long timestamp = result.required("timestamp").integer();
        String domain = result.string("domain");
        yield build(
            result.path(),
            () -> new SignDataResult(signature, address, timestamp, domain, payload));
      }
      case DISCONNECT -> new RpcResult.Disconnected();
    };
  }

  // ---- app -> wallet ----

  static ConnectRequest connectRequest(String json) {
    JsonIn root = JsonIn.parse(json, "").object();
    String manifestUrl = root.string("manifestUrl");
    List<ConnectItem> items = new ArrayList<>();
    for (JsonIn item : root.required("items").array()) {
      JsonIn object = item.object();
      String name = object.string("name");
      switch (name) {
        case ConnectItem.TonAddress.NAME -> {
          Optional<Network> network = object.optional("network").map(WireReader::network);
          items.add(build(item.path(), () -> new ConnectItem.TonAddress(network)));
        }
        case ConnectItem.TonProof.NAME -> {
          String payload = object.string("payload");
          items.add(build(item.path(), () -> new ConnectItem.TonProof(payload)));
        }
        default ->
            throw new ProtocolFormatException.InvalidField(
                object.childPath("name"), "unknown connect item '" + name + "'");
      }
    }
    return build("", () -> new ConnectRequest(manifestUrl, items));
  }

  static AppRequest appRequest(String json) {
    return appRequest(JsonIn.parse(json, "").object());
  }

  /** An app request at any place of a document; failures name fields below its path. */
  static AppRequest appRequest(JsonIn root) {
    root.object();
    String methodName = root.string("method");
    RpcMethod method =
        RpcMethod.fromWireName(methodName)
            .orElseThrow(
                () ->
                    new ProtocolFormatException.UnknownMethod(
                        root.childPath("method"), methodName));
    RequestId id = requestId(root.required("id"));
    List<JsonIn> params = root.required("params").array();
    if (method == RpcMethod.DISCONNECT) {
      return new AppRequest.Disconnect(id);
    }
    if (params.isEmpty()) {
      throw new ProtocolFormatException.MissingField(root.childPath("params") + "[0]");
    }
    JsonIn payload = JsonIn.parse(params.getFirst().string(), params.getFirst().path()).object();
    return switch (method) {
      case SEND_TRANSACTION -> new AppRequest.SendTransaction(id, transactionPayload(payload));
      case SIGN_MESSAGE -> new AppRequest.SignMessage(id, transactionPayload(payload));
      case SIGN_DATA -> new AppRequest.SignData(id, signDataPayload(payload));
      case DISCONNECT -> throw new IllegalStateException("handled above");
    };
  }

  private static TransactionPayload transactionPayload(JsonIn payload) {
    OptionalLong validUntil =
        payload
            .optional("valid_until")
            .map(v -> OptionalLong.of(v.integer()))
            .orElse(OptionalLong.empty());
    Optional<Network> network = payload.optional("network").map(WireReader::network);
    Optional<WireAddress> from =
        payload.optional("from").map(f -> f.parseString(WireAddress::parse));
    boolean hasMessages = payload.has("messages");
    boolean hasItems = payload.has("items");
    if (hasMessages && hasItems) {
      throw new ProtocolFormatException.InvalidField(
          payload.path(), "payload has both messages and items; exactly one is allowed");
    }
    TransactionPayload.Body body;
    if (hasItems) {
      List<StructuredItem> items = new ArrayList<>();
      for (JsonIn item : payload.required("items").array()) {
        items.add(structuredItem(item.object()));
      }
      body = build(payload.path(), () -> new TransactionPayload.Body.Items(items));
    } else {
      List<TransactionMessage> messages = new ArrayList<>();
      for (JsonIn message : payload.required("messages").array()) {
        messages.add(transactionMessage(message.object()));
      }
      body = build(payload.path(), () -> new TransactionPayload.Body.Messages(messages));
    }
    return build(payload.path(), () -> new TransactionPayload(validUntil, network, from, body));
  }

  private static TransactionMessage transactionMessage(JsonIn message) {
    UserFriendlyAddress address = friendlyAddress(message.required("address"));
    Amount amount = amount(message.required("amount"));
    Optional<BocBase64> payload = message.optional("payload").map(WireReader::boc);
    Optional<BocBase64> stateInit = message.optional("stateInit").map(WireReader::boc);
    ExtraCurrencies extra = extraCurrencies(message.optional("extra_currency"));
    return build(
        message.path(), () -> new TransactionMessage(address, amount, payload, stateInit, extra));
  }

  private static StructuredItem structuredItem(JsonIn item) {
    return item(item, ItemFields.RPC);
  }

  private static StructuredItem item(JsonIn item, ItemFields f) {
    JsonIn typeField = item.required(f.type());
    StructuredItemType type =
        StructuredItemType.fromWireName(typeField.string())
            .orElseThrow(
                () ->
                    new ProtocolFormatException.InvalidField(
                        typeField.path(), "unknown item type '" + typeField.string() + "'"));
    switch (type) {
      case TON -> {
        UserFriendlyAddress address = friendlyAddress(item.required(f.address()));
        Amount amount = amount(item.required(f.amount()));
        Optional<BocBase64> payload = item.optional(f.payload()).map(WireReader::boc);
        Optional<BocBase64> stateInit = item.optional(f.stateInit()).map(WireReader::boc);
        ExtraCurrencies extra = extraCurrencies(item.optional(f.extraCurrency()));
        return build(
            item.path(), () -> new StructuredItem.Ton(address, amount, payload, stateInit, extra));
      }
      case JETTON -> {
        WireAddress master = wireAddress(item.required(f.master()));
        WireAddress destination = wireAddress(item.required(f.destination()));
        Amount amount = amount(item.required(f.amount()));
        StructuredItem.TransferOptions options = transferOptions(item, f);
        return build(
            item.path(), () -> new StructuredItem.Jetton(master, destination, amount, options));
      }
      case NFT -> {
        WireAddress nftAddress = wireAddress(item.required(f.nftAddress()));
        WireAddress newOwner = wireAddress(item.required(f.newOwner()));
        StructuredItem.TransferOptions options = transferOptions(item, f);
        return build(item.path(), () -> new StructuredItem.Nft(nftAddress, newOwner, options));
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static StructuredItem.TransferOptions transferOptions(JsonIn item, ItemFields f) {
    return new StructuredItem.TransferOptions(
        item.optional(f.attachAmount()).map(WireReader::amount),
        item.optional(f.responseDestination()).map(WireReader::wireAddress),
        item.optional(f.customPayload()).map(WireReader::boc),
        item.optional(f.forwardAmount()).map(WireReader::amount),
        item.optional(f.forwardPayload()).map(WireReader::boc),
        item.optional(f.queryId()).map(q -> q.parseString(QueryId::parse)));
  }

  static SignDataPayload signDataPayload(JsonIn payload) {
    return signData(payload, "type", "text", "bytes", "schema", "cell", "network", "from");
  }

  private static SignDataPayload signData(
      JsonIn payload,
      String typeName,
      String textName,
      String bytesName,
      String schemaName,
      String cellName,
      String networkName,
      String fromName) {
    Optional<Network> network = payload.optional(networkName).map(WireReader::network);
    Optional<WireAddress> from =
        payload.optional(fromName).map(f -> f.parseString(WireAddress::parse));
    JsonIn typeField = payload.required(typeName);
    switch (typeField.string()) {
      case "text" -> {
        String text = payload.string(textName);
        return buildAt(
            payload.childPath(textName), () -> new SignDataPayload.Text(text, network, from));
      }
      case "binary" -> {
        Bytes bytes = payload.required(bytesName).parseString(SignDataPayload.Binary::decodeBytes);
        return buildAt(
            payload.childPath(bytesName), () -> new SignDataPayload.Binary(bytes, network, from));
      }
      case "cell" -> {
        String schema = payload.string(schemaName);
        BocBase64 cell = boc(payload.required(cellName));
        return buildAt(
            payload.childPath(schemaName),
            () -> new SignDataPayload.Cell(schema, cell, network, from));
      }
      default ->
          throw new ProtocolFormatException.InvalidField(
              typeField.path(), "unknown signData type '" + typeField.string() + "'");
    }
  }

  // wire-request-parser.ts shape: {"m":"st"|"sm"|"sd","f"?,"n"?,"vu"?,"ms"|"i" | "t",...}
  static EmbeddedRequest embeddedRequest(String json) {
    JsonIn root = JsonIn.parse(json, "").object();
    String method = root.string("m");
    return switch (method) {
      case "st" -> new EmbeddedRequest.SendTransaction(embeddedTransaction(root));
      case "sm" -> new EmbeddedRequest.SignMessage(embeddedTransaction(root));
      case "sd" -> new EmbeddedRequest.SignData(signData(root, "t", "tx", "b", "s", "c", "n", "f"));
      default ->
          throw new ProtocolFormatException.InvalidField(
              "m", "unknown embedded method '" + method + "'");
    };
  }

  private static TransactionPayload embeddedTransaction(JsonIn root) {
    Optional<Network> network = root.optional("n").map(WireReader::network);
    Optional<WireAddress> from = root.optional("f").map(f -> f.parseString(WireAddress::parse));
    OptionalLong validUntil =
        root.optional("vu").map(v -> OptionalLong.of(v.integer())).orElse(OptionalLong.empty());
    if (root.has("ms") && root.has("i")) {
      throw new ProtocolFormatException.InvalidField(
          ProtocolFormatException.ROOT,
          "embedded request has both ms and i; exactly one is allowed");
    }
    TransactionPayload.Body body;
    if (root.has("i")) {
      List<StructuredItem> items = new ArrayList<>();
      for (JsonIn item : root.required("i").array()) {
        items.add(item(item.object(), ItemFields.EMBEDDED));
      }
      body = buildAt("i", () -> new TransactionPayload.Body.Items(items));
    } else {
      List<TransactionMessage> messages = new ArrayList<>();
      for (JsonIn message : root.required("ms").array()) {
        JsonIn m = message.object();
        UserFriendlyAddress address = friendlyAddress(m.required("a"));
        Amount amount = amount(m.required("am"));
        Optional<BocBase64> payload = m.optional("p").map(WireReader::boc);
        Optional<BocBase64> stateInit = m.optional("si").map(WireReader::boc);
        ExtraCurrencies extra = extraCurrencies(m.optional("ec"));
        messages.add(
            build(
                message.path(),
                () -> new TransactionMessage(address, amount, payload, stateInit, extra)));
      }
      body = buildAt("ms", () -> new TransactionPayload.Body.Messages(messages));
    }
    return buildAt("vu", () -> new TransactionPayload(validUntil, network, from, body));
  }

  // ---- values ----

  private static RequestId requestId(JsonIn id) {
    if (id.isString()) {
      return id.parseString(RequestId::parse);
    }
    long value = id.integer();
    try {
      return RequestId.of(value);
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.valueAt(id.path(), e);
    }
  }

  // Messages and TON items need the user-friendly form: the bounce flag comes from it.
  private static UserFriendlyAddress friendlyAddress(JsonIn address) {
    String text = address.string();
    if (text.indexOf(':') >= 0) {
      throw new ProtocolFormatException.InvalidField(
          address.path(), "raw address is not allowed here; use the user-friendly form");
    }
    return address.parseString(UserFriendlyAddress::parse);
  }

  private static WireAddress wireAddress(JsonIn address) {
    return address.parseString(WireAddress::parse);
  }

  private static Amount amount(JsonIn amount) {
    return amount.parseString(Amount::parse);
  }

  private static BocBase64 boc(JsonIn boc) {
    return boc.parseString(BocBase64::parse);
  }

  private static ExtraCurrencies extraCurrencies(Optional<JsonIn> field) {
    if (field.isEmpty()) {
      return ExtraCurrencies.none();
    }
    Map<String, Amount> amounts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonIn> entry : field.get().fields()) {
      amounts.put(entry.getKey(), amount(entry.getValue()));
    }
    return buildAt(field.get().path(), () -> ExtraCurrencies.of(amounts));
  }

  private static List<String> strings(JsonIn array) {
    return array.array().stream().map(JsonIn::string).toList();
  }

  private static OptionalInt optionalInt(JsonIn object, String name) {
    return object.optional(name).map(v -> OptionalInt.of(v.int32())).orElse(OptionalInt.empty());
  }

  /**
   * Calls a record constructor for input found at {@code path}; its failures name fields relative
   * to the record, so they are re-rooted under {@code path}. Only constructor calls go in here:
   * JSON access reports absolute paths itself.
   */
  private static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.recordAt(path, e);
    }
  }

  /** Like {@link #build}, but failures are reported at {@code path} itself. */
  private static <T> T buildAt(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.valueAt(path, e);
    }
  }
}
