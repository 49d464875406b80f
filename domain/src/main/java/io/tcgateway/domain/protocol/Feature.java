package io.tcgateway.domain.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of {@link DeviceInfo#features()}: what the connected wallet can do (protocol.md §4.2,
 * SDK {@code models/feature.ts}). Type and item names the protocol may add later are kept as text,
 * so an unknown value is carried through instead of failing the whole connect event.
 */
public sealed interface Feature
    permits Feature.SendTransactionLegacy,
        Feature.SendTransaction,
        Feature.SignData,
        Feature.SignMessage,
        Feature.EmbeddedRequest,
        Feature.Unknown {

  /** The feature name ({@code SendTransaction}, {@code SignData} ...). */
  String name();

  /**
   * The deprecated bare string {@code "SendTransaction"}: sendTransaction is supported, with no
   * declared message limit, no extra currencies and no structured items.
   */
  record SendTransactionLegacy() implements Feature {
    /** Wire name. */
    public static final String NAME = "SendTransaction";

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * {@code {"name":"SendTransaction","maxMessages":4,"extraCurrencySupported"?:bool,
   * "itemTypes"?:["ton","jetton","nft"]}}. {@code maxMessages} is required by the protocol; a
   * wallet that omits it is treated like the SDK does (no known limit).
   */
  record SendTransaction(
      OptionalInt maxMessages,
      Optional<Boolean> extraCurrencySupported,
      Optional<List<String>> itemTypes)
      implements Feature {
    /** Wire name. */
    public static final String NAME = "SendTransaction";

    public SendTransaction {
      Objects.requireNonNull(maxMessages, "maxMessages");
      Objects.requireNonNull(extraCurrencySupported, "extraCurrencySupported");
      itemTypes = Objects.requireNonNull(itemTypes, "itemTypes").map(List::copyOf);
    }

    /** {@code {"name":"SendTransaction","maxMessages":maxMessages}}. */
    public static SendTransaction of(int maxMessages) {
      return new SendTransaction(OptionalInt.of(maxMessages), Optional.empty(), Optional.empty());
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /** {@code {"name":"SignData","types":["text","binary","cell"]}}. */
  record SignData(List<String> types) implements Feature {
    /** Wire name. */
    public static final String NAME = "SignData";

    public SignData {
      types = List.copyOf(types);
    }

    /** The feature with the given types. */
    public static SignData of(SignDataType... types) {
      return new SignData(java.util.Arrays.stream(types).map(SignDataType::wireName).toList());
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * {@code
   * {"name":"SignMessage","maxMessages":4,"extraCurrencySupported"?:bool,"itemTypes"?:[...]}} (same
   * shape as {@link SendTransaction}).
   */
  record SignMessage(
      OptionalInt maxMessages,
      Optional<Boolean> extraCurrencySupported,
      Optional<List<String>> itemTypes)
      implements Feature {
    /** Wire name. */
    public static final String NAME = "SignMessage";

    public SignMessage {
      Objects.requireNonNull(maxMessages, "maxMessages");
      Objects.requireNonNull(extraCurrencySupported, "extraCurrencySupported");
      itemTypes = Objects.requireNonNull(itemTypes, "itemTypes").map(List::copyOf);
    }

    /** {@code {"name":"SignMessage","maxMessages":maxMessages}}. */
    public static SignMessage of(int maxMessages) {
      return new SignMessage(OptionalInt.of(maxMessages), Optional.empty(), Optional.empty());
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /** {@code {"name":"EmbeddedRequest"}}: the wallet processes the {@code e=} link parameter. */
  record EmbeddedRequest() implements Feature {
    /** Wire name. */
    public static final String NAME = "EmbeddedRequest";

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * A feature this codebase does not know, kept by name; {@code bare} when it came as a bare string
   * rather than an object.
   */
  record Unknown(String name, boolean bare) implements Feature {
    public Unknown {
      Objects.requireNonNull(name, "name");
    }
  }
}
