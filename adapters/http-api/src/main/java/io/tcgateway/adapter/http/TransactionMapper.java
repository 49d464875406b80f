package io.tcgateway.adapter.http;

import static io.tcgateway.adapter.http.Fields.at;
import static io.tcgateway.adapter.http.Fields.child;
import static io.tcgateway.adapter.http.Fields.index;
import static io.tcgateway.adapter.http.Fields.required;

import io.tcgateway.adapter.http.dto.ItemRequest;
import io.tcgateway.adapter.http.dto.MessageRequest;
import io.tcgateway.adapter.http.dto.TransactionRequest;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.QueryId;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.TextComment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link TransactionRequest} → {@link TransactionPayload} for sendTransaction and signMessage: raw
 * {@code messages}, structured {@code items}, or the shortcut {@code {to, amount, comment?}} (one
 * message whose payload is the comment cell, {@link TextComment}, as a BoC). Message and TON item
 * addresses must be user-friendly (their bounceable flag tells the wallet how to send); jetton and
 * NFT addresses may be raw.
 */
final class TransactionMapper {
  private TransactionMapper() {}

  static TransactionPayload toPayload(TransactionRequest request) {
    if (request.validUntil() != null && request.validUntil() < 0) {
      throw ApiProblemException.invalidField("validUntil", "must not be negative");
    }
    OptionalLong validUntil =
        request.validUntil() == null ? OptionalLong.empty() : OptionalLong.of(request.validUntil());
    Optional<Network> network =
        Optional.ofNullable(request.network()).map(n -> Fields.network(n, "network"));
    Optional<WireAddress> from =
        Optional.ofNullable(request.from()).map(f -> at("from", () -> WireAddress.parse(f)));
    TransactionPayload.Body body = body(request);
    return at("$", () -> new TransactionPayload(validUntil, network, from, body));
  }

  private static TransactionPayload.Body body(TransactionRequest request) {
    boolean messages = request.messages() != null;
    boolean items = request.items() != null;
    boolean shortcut =
        request.to() != null || request.amount() != null || request.comment() != null;
    if ((messages ? 1 : 0) + (items ? 1 : 0) + (shortcut ? 1 : 0) > 1) {
      throw ApiProblemException.invalidField(
          items ? "items" : "to",
          "give exactly one of messages, items, or to + amount [+ comment]");
    }
    if (items) {
      List<StructuredItem> list = new ArrayList<>();
      for (int i = 0; i < request.items().size(); i++) {
        String path = index("items", i);
        list.add(item(required(request.items().get(i), path), path));
      }
      return at("items", () -> new TransactionPayload.Body.Items(list));
    }
    if (shortcut) {
      return new TransactionPayload.Body.Messages(List.of(shortcut(request)));
    }
    if (!messages) {
      throw ApiProblemException.invalidField(
          "messages", "required: give messages, items, or to + amount [+ comment]");
    }
    List<TransactionMessage> list = new ArrayList<>();
    for (int i = 0; i < request.messages().size(); i++) {
      String path = index("messages", i);
      list.add(message(required(request.messages().get(i), path), path));
    }
    return at("messages", () -> new TransactionPayload.Body.Messages(list));
  }

  private static TransactionMessage shortcut(TransactionRequest request) {
    UserFriendlyAddress to = friendly(required(request.to(), "to"), "to");
    Amount amount = amount(required(request.amount(), "amount"), "amount");
    Optional<BocBase64> payload =
        Optional.ofNullable(request.comment())
            .map(c -> at("comment", () -> new BocBase64(TextComment.of(c).toBase64())));
    return new TransactionMessage(to, amount, payload, Optional.empty(), ExtraCurrencies.none());
  }

  private static TransactionMessage message(MessageRequest message, String path) {
    UserFriendlyAddress address =
        friendly(required(message.address(), child(path, "address")), child(path, "address"));
    Amount amount =
        amount(required(message.amount(), child(path, "amount")), child(path, "amount"));
    Optional<BocBase64> payload = boc(message.payload(), child(path, "payload"));
    Optional<BocBase64> stateInit = boc(message.stateInit(), child(path, "stateInit"));
    ExtraCurrencies extra = extraCurrencies(message.extraCurrency(), child(path, "extraCurrency"));
    return at(path, () -> new TransactionMessage(address, amount, payload, stateInit, extra));
  }

  private static StructuredItem item(ItemRequest item, String path) {
    String typePath = child(path, "type");
    String type = required(item.type(), typePath);
    return switch (type) {
      case "ton" -> {
        UserFriendlyAddress address =
            friendly(required(item.address(), child(path, "address")), child(path, "address"));
        Amount amount =
            amount(required(item.amount(), child(path, "amount")), child(path, "amount"));
        Optional<BocBase64> payload = boc(item.payload(), child(path, "payload"));
        Optional<BocBase64> stateInit = boc(item.stateInit(), child(path, "stateInit"));
        ExtraCurrencies extra = extraCurrencies(item.extraCurrency(), child(path, "extraCurrency"));
        yield at(path, () -> new StructuredItem.Ton(address, amount, payload, stateInit, extra));
      }
      case "jetton" -> {
        WireAddress master =
            wire(required(item.master(), child(path, "master")), child(path, "master"));
        WireAddress destination =
            wire(
                required(item.destination(), child(path, "destination")),
                child(path, "destination"));
        Amount amount =
            amount(required(item.amount(), child(path, "amount")), child(path, "amount"));
        StructuredItem.TransferOptions options = options(item, path);
        yield at(path, () -> new StructuredItem.Jetton(master, destination, amount, options));
      }
      case "nft" -> {
        WireAddress nft =
            wire(required(item.nftAddress(), child(path, "nftAddress")), child(path, "nftAddress"));
        WireAddress owner =
            wire(required(item.newOwner(), child(path, "newOwner")), child(path, "newOwner"));
        StructuredItem.TransferOptions options = options(item, path);
        yield at(path, () -> new StructuredItem.Nft(nft, owner, options));
      }
      default ->
          throw ApiProblemException.invalidField(
              typePath, "unknown item type '" + type + "': expected ton, jetton or nft");
    };
  }

  private static StructuredItem.TransferOptions options(ItemRequest item, String path) {
    return new StructuredItem.TransferOptions(
        Optional.ofNullable(item.attachAmount()).map(a -> amount(a, child(path, "attachAmount"))),
        Optional.ofNullable(item.responseDestination())
            .map(a -> wire(a, child(path, "responseDestination"))),
        boc(item.customPayload(), child(path, "customPayload")),
        Optional.ofNullable(item.forwardAmount()).map(a -> amount(a, child(path, "forwardAmount"))),
        boc(item.forwardPayload(), child(path, "forwardPayload")),
        Optional.ofNullable(item.queryId())
            .map(q -> at(child(path, "queryId"), () -> QueryId.parse(q))));
  }

  private static UserFriendlyAddress friendly(String text, String path) {
    if (text.indexOf(':') >= 0) {
      throw ApiProblemException.invalidField(
          path, "raw address is not allowed here; use the user-friendly form");
    }
    return at(path, () -> UserFriendlyAddress.parse(text));
  }

  private static WireAddress wire(String text, String path) {
    return at(path, () -> WireAddress.parse(text));
  }

  private static Amount amount(String text, String path) {
    return at(path, () -> Amount.parse(text));
  }

  private static Optional<BocBase64> boc(String text, String path) {
    return Optional.ofNullable(text).map(t -> at(path, () -> BocBase64.parse(t)));
  }

  private static ExtraCurrencies extraCurrencies(Map<String, String> amounts, String path) {
    if (amounts == null) {
      return ExtraCurrencies.none();
    }
    Map<String, Amount> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : amounts.entrySet()) {
      String entryPath = child(path, entry.getKey());
      parsed.put(entry.getKey(), amount(required(entry.getValue(), entryPath), entryPath));
    }
    return at(path, () -> ExtraCurrencies.of(parsed));
  }
}
