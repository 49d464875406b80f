package io.tcgateway.domain.protocol;

import io.tcgateway.domain.ton.Network;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The payload of sendTransaction and signMessage ({@code params[0]}, protocol.md §6):
 *
 * <pre>
 * {"from"?:"0:<hex>","network"?:"-239","valid_until"?:1700000300,
 *  "messages":[...]  |  "items":[...]}
 * </pre>
 *
 * {@code valid_until} is unix seconds; {@code from} may be raw or user-friendly. Exactly one of raw
 * {@link Body.Messages} or structured {@link Body.Items}, never empty.
 */
public record TransactionPayload(
    OptionalLong validUntil, Optional<Network> network, Optional<WireAddress> from, Body body) {

  public TransactionPayload {
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(from, "from");
    if (body == null) {
      throw new ProtocolFormatException.MissingField("messages");
    }
    if (validUntil.isPresent() && validUntil.getAsLong() < 0) {
      throw new ProtocolFormatException.InvalidField(
          "valid_until", "valid_until must not be negative");
    }
  }

  /** Raw messages. */
  public static TransactionPayload ofMessages(
      OptionalLong validUntil,
      Optional<Network> network,
      Optional<WireAddress> from,
      List<TransactionMessage> messages) {
    return new TransactionPayload(validUntil, network, from, new Body.Messages(messages));
  }

  /** Structured items. */
  public static TransactionPayload ofItems(
      OptionalLong validUntil,
      Optional<Network> network,
      Optional<WireAddress> from,
      List<StructuredItem> items) {
    return new TransactionPayload(validUntil, network, from, new Body.Items(items));
  }

  /** Number of messages or items (what {@code maxMessages} limits). */
  public int size() {
    return switch (body) {
      case Body.Messages messages -> messages.messages().size();
      case Body.Items items -> items.items().size();
    };
  }

  /** Whether any message or TON item carries extra currencies. */
  public boolean requiresExtraCurrency() {
    return switch (body) {
      case Body.Messages messages ->
          messages.messages().stream().anyMatch(m -> !m.extraCurrency().isEmpty());
      case Body.Items items -> items.items().stream().anyMatch(StructuredItem::hasExtraCurrency);
    };
  }

  /** The structured item types used (empty for raw messages). */
  public Set<StructuredItemType> itemTypes() {
    Set<StructuredItemType> types = EnumSet.noneOf(StructuredItemType.class);
    if (body instanceof Body.Items items) {
      items.items().forEach(item -> types.add(item.type()));
    }
    return types;
  }

  /** Raw messages or structured items. */
  public sealed interface Body permits Body.Messages, Body.Items {

    /** {@code "messages":[...]}, at least one. */
    record Messages(List<TransactionMessage> messages) implements Body {
      public Messages {
        if (messages == null) {
          throw new ProtocolFormatException.MissingField("messages");
        }
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
          throw new ProtocolFormatException.InvalidField("messages", "messages must not be empty");
        }
      }
    }

    /** {@code "items":[...]}, at least one. */
    record Items(List<StructuredItem> items) implements Body {
      public Items {
        if (items == null) {
          throw new ProtocolFormatException.MissingField("items");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
          throw new ProtocolFormatException.InvalidField("items", "items must not be empty");
        }
      }
    }
  }
}
