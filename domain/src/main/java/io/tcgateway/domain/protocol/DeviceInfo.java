package io.tcgateway.domain.protocol;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The wallet's self-description in a {@code connect} event (protocol.md §4.2, SDK {@code
 * DeviceInfo}). {@code platform} is one of {@code iphone|ipad|android|windows|mac|linux|browser} on
 * the wire but kept as text so a new platform does not break the connection.
 *
 * <p>The {@code supports...} methods mirror the SDK's pre-send checks ({@code
 * utils/feature-support.ts}): an absent feature means the request must not be sent.
 */
public record DeviceInfo(
    String platform,
    String appName,
    String appVersion,
    int maxProtocolVersion,
    List<Feature> features) {

  public DeviceInfo {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    features = List.copyOf(features);
  }

  /**
   * Whether the wallet can take a sendTransaction with {@code messages} messages (or items), extra
   * currencies if {@code extraCurrency}, and the given structured item types. The bare string
   * {@code "SendTransaction"} supports plain messages with no known limit; extra currencies and
   * items need the object form that declares them; {@code maxMessages} is enforced when declared.
   */
  public FeatureSupport supportsSendTransaction(
      int messages, boolean extraCurrency, Set<StructuredItemType> itemTypes) {
    boolean legacy = features.stream().anyMatch(Feature.SendTransactionLegacy.class::isInstance);
    Optional<Feature.SendTransaction> feature = find(Feature.SendTransaction.class);
    if (!legacy && feature.isEmpty()) {
      return new FeatureSupport.Unsupported("wallet does not support SendTransaction");
    }
    return check(
        "SendTransaction",
        messages,
        extraCurrency,
        itemTypes,
        feature.map(Feature.SendTransaction::maxMessages).orElse(OptionalInt.empty()),
        feature.flatMap(Feature.SendTransaction::extraCurrencySupported).orElse(false),
        feature.flatMap(Feature.SendTransaction::itemTypes));
  }

  /**
   * Whether the wallet can take a signMessage with {@code messages} messages (or items); only the
   * object feature {@code SignMessage} counts.
   */
  public FeatureSupport supportsSignMessage(
      int messages, boolean extraCurrency, Set<StructuredItemType> itemTypes) {
    Optional<Feature.SignMessage> feature = find(Feature.SignMessage.class);
    if (feature.isEmpty()) {
      return new FeatureSupport.Unsupported("wallet does not support SignMessage");
    }
    return check(
        "SignMessage",
        messages,
        extraCurrency,
        itemTypes,
        feature.get().maxMessages(),
        feature.get().extraCurrencySupported().orElse(false),
        feature.get().itemTypes());
  }

  /** Whether the wallet can sign data of {@code type} (its {@code SignData.types} lists it). */
  public FeatureSupport supportsSignData(SignDataType type) {
    Optional<Feature.SignData> feature = find(Feature.SignData.class);
    if (feature.isEmpty()) {
      return new FeatureSupport.Unsupported("wallet does not support SignData");
    }
    if (!feature.get().types().contains(type.wireName())) {
      return new FeatureSupport.Unsupported(
          "wallet does not support SignData type " + type.wireName());
    }
    return new FeatureSupport.Supported(true);
  }

  /** Whether the wallet processes embedded requests ({@code e=} in the connect link). */
  public boolean supportsEmbeddedRequest() {
    return find(Feature.EmbeddedRequest.class).isPresent();
  }

  /** Whether {@code request} may be sent to this wallet ({@code disconnect} always may). */
  public FeatureSupport supports(AppRequest request) {
    return switch (request) {
      case AppRequest.SendTransaction send ->
          supportsSendTransaction(
              send.payload().size(),
              send.payload().requiresExtraCurrency(),
              send.payload().itemTypes());
      case AppRequest.SignMessage sign ->
          supportsSignMessage(
              sign.payload().size(),
              sign.payload().requiresExtraCurrency(),
              sign.payload().itemTypes());
      case AppRequest.SignData sign -> supportsSignData(sign.payload().type());
      case AppRequest.Disconnect ignored -> new FeatureSupport.Supported(true);
    };
  }

  private static FeatureSupport check(
      String name,
      int messages,
      boolean extraCurrency,
      Set<StructuredItemType> itemTypes,
      OptionalInt maxMessages,
      boolean extraCurrencySupported,
      Optional<List<String>> supportedItemTypes) {
    if (extraCurrency && !extraCurrencySupported) {
      return new FeatureSupport.Unsupported(name + " without extra currency support");
    }
    if (!itemTypes.isEmpty()) {
      if (supportedItemTypes.isEmpty()) {
        return new FeatureSupport.Unsupported(name + " without structured items");
      }
      Set<StructuredItemType> missing = EnumSet.copyOf(itemTypes);
      missing.removeIf(type -> supportedItemTypes.get().contains(type.wireName()));
      if (!missing.isEmpty()) {
        return new FeatureSupport.Unsupported(
            name
                + " without item types "
                + missing.stream().map(StructuredItemType::wireName).toList());
      }
    }
    if (maxMessages.isPresent()) {
      if (maxMessages.getAsInt() < messages) {
        return new FeatureSupport.Unsupported(
            name
                + " allows "
                + maxMessages.getAsInt()
                + " messages, "
                + messages
                + " are required");
      }
      return new FeatureSupport.Supported(true);
    }
    return new FeatureSupport.Supported(false);
  }

  private <T extends Feature> Optional<T> find(Class<T> type) {
    return features.stream().filter(type::isInstance).map(type::cast).findFirst();
  }
}
