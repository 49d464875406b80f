package io.tcgateway.adapter.wallets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.adapter.wallets.ParsedWalletsList.DroppedEntry;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.domain.bridge.BridgeFormatException;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.protocol.Feature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a {@code wallets-v2.json} document (an array of wallet entries, protocol.md §12) into the
 * entries the gateway can use. An entry is dropped, with a reason, when the SDK's {@code
 * WalletsListManager.isCorrectWalletConfigDTO} would drop it:
 *
 * <ul>
 *   <li>it is not an object, or lacks {@code name}, {@code app_name}, {@code image}, {@code
 *       about_url} or {@code platforms};
 *   <li>{@code platforms} or {@code bridge} is not a non-empty array;
 *   <li>a {@code bridge} item is not an object with a {@code type};
 *   <li>its first {@code sse} bridge has no {@code url}, or the entry no {@code universal_url};
 *   <li>its first {@code js} bridge has no {@code key};
 * </ul>
 *
 * and also when the gateway cannot use it: no {@code sse} bridge (an extension-only wallet), one of
 * those fields is not a string, the bridge URL is not an {@code http(s)} URL ({@link
 * BridgeUrl#parse}), or an earlier entry has the same {@code app_name}. Everything else is lenient
 * as in the SDK: {@code deepLink} and {@code features} are optional, unknown fields are ignored, a
 * feature this parser cannot read is left out of the entry's features. Thread-safe.
 */
public final class WalletsListParser {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private WalletsListParser() {}

  /**
   * Parses {@code json}.
   *
   * @throws WalletsListFormatException if it is not a JSON array or has no usable entry
   */
  public static ParsedWalletsList parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new WalletsListFormatException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new WalletsListFormatException(
          "not a JSON array but " + (root == null ? "nothing" : root.getNodeType()));
    }
    List<WalletEntry> wallets = new ArrayList<>();
    List<DroppedEntry> dropped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      try {
        WalletEntry entry = entry(node);
        if (!seen.add(entry.appName())) {
          throw new Unusable("duplicate app_name");
        }
        wallets.add(entry);
      } catch (Unusable e) {
        dropped.add(new DroppedEntry(i, label(node), e.getMessage()));
      }
    }
    if (wallets.isEmpty()) {
      throw new WalletsListFormatException(
          "no usable entry among "
              + root.size()
              + (dropped.isEmpty() ? "" : " (first dropped: " + dropped.getFirst() + ")"));
    }
    return new ParsedWalletsList(wallets, dropped);
  }

  private static WalletEntry entry(JsonNode node) {
    if (!node.isObject()) {
      throw new Unusable("not an object");
    }
    // The SDK checks presence only ('name' in value); the gateway also needs them to be strings.
    for (String field : List.of("name", "app_name", "image", "about_url", "platforms")) {
      if (!node.has(field)) {
        throw new Unusable("missing " + field);
      }
    }
    JsonNode platforms = node.get("platforms");
    if (!platforms.isArray() || platforms.isEmpty()) {
      throw new Unusable("platforms is not a non-empty array");
    }
    JsonNode bridges = node.get("bridge");
    if (bridges == null || !bridges.isArray() || bridges.isEmpty()) {
      throw new Unusable("bridge is not a non-empty array");
    }
    JsonNode sse = null;
    JsonNode js = null;
    for (JsonNode bridge : bridges) {
      if (!bridge.isObject() || !bridge.has("type")) {
        throw new Unusable("a bridge item is not an object with a type");
      }
      JsonNode type = bridge.get("type");
      if (sse == null && type.isTextual() && type.asText().equals("sse")) {
        sse = bridge;
      }
      if (js == null && type.isTextual() && type.asText().equals("js")) {
        js = bridge;
      }
    }
    if (sse != null) {
      if (!truthy(sse.get("url"))) {
        throw new Unusable("sse bridge without url");
      }
      if (!truthy(node.get("universal_url"))) {
        throw new Unusable("sse bridge without universal_url");
      }
    }
    if (js != null && !truthy(js.get("key"))) {
      throw new Unusable("js bridge without key");
    }
    if (sse == null) {
      throw new Unusable("no sse bridge");
    }
    BridgeUrl bridge;
    try {
      bridge = BridgeUrl.parse(string(sse, "url", "sse bridge url"));
    } catch (BridgeFormatException e) {
      throw new Unusable("sse bridge url unusable: " + e.getMessage());
    }
    return new WalletEntry(
        string(node, "app_name", "app_name"),
        string(node, "name", "name"),
        string(node, "image", "image"),
        string(node, "about_url", "about_url"),
        string(node, "universal_url", "universal_url"),
        Optional.ofNullable(node.get("deepLink"))
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .filter(link -> !link.isEmpty()),
        bridge,
        strings(platforms),
        features(node.get("features")));
  }

  /** JavaScript truthiness of a JSON value (absent counts as {@code undefined}). */
  private static boolean truthy(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isTextual()) {
      return !value.asText().isEmpty();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      double number = value.asDouble();
      return number != 0 && !Double.isNaN(number);
    }
    return true; // objects and arrays, even empty ones
  }

  private static String string(JsonNode node, String field, String what) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new Unusable(what + " is not a string");
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isTextual()) {
        values.add(item.asText());
      }
    }
    return values;
  }

  private static List<Feature> features(JsonNode features) {
    if (features == null || !features.isArray()) {
      return List.of();
    }
    List<Feature> parsed = new ArrayList<>();
    for (JsonNode feature : features) {
      feature(feature).ifPresent(parsed::add);
    }
    return parsed;
  }

  // Same shapes as a connect event's device.features (protocol.md §4.2).
  private static Optional<Feature> feature(JsonNode feature) {
    if (feature.isTextual()) {
      String name = feature.asText();
      return Optional.of(
          name.equals(Feature.SendTransactionLegacy.NAME)
              ? new Feature.SendTransactionLegacy()
              : new Feature.Unknown(name, true));
    }
    JsonNode name = feature.get("name");
    if (!feature.isObject() || name == null || !name.isTextual()) {
      return Optional.empty();
    }
    JsonNode maxMessages = feature.get("maxMessages");
    if (maxMessages != null && !maxMessages.isNull() && !maxMessages.canConvertToExactIntegral()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (name.asText()) {
          case Feature.SendTransaction.NAME ->
              new Feature.SendTransaction(
                  optionalInt(maxMessages),
                  optionalBoolean(feature.get("extraCurrencySupported")),
                  optionalStrings(feature.get("itemTypes")));
          case Feature.SignMessage.NAME ->
              new Feature.SignMessage(
                  optionalInt(maxMessages),
                  optionalBoolean(feature.get("extraCurrencySupported")),
                  optionalStrings(feature.get("itemTypes")));
          case Feature.SignData.NAME ->
              new Feature.SignData(optionalStrings(feature.get("types")).orElse(List.of()));
          case Feature.EmbeddedRequest.NAME -> new Feature.EmbeddedRequest();
          default -> new Feature.Unknown(name.asText(), false);
        });
  }

  private static OptionalInt optionalInt(JsonNode value) {
    return value == null || value.isNull() || !value.canConvertToInt()
        ? OptionalInt.empty()
        : OptionalInt.of(value.asInt());
  }

  private static Optional<Boolean> optionalBoolean(JsonNode value) {
    return value != null && value.isBoolean() ? Optional.of(value.asBoolean()) : Optional.empty();
  }

  private static Optional<List<String>> optionalStrings(JsonNode value) {
    return value != null && value.isArray() ? Optional.of(strings(value)) : Optional.empty();
  }

  private static String label(JsonNode node) {
    for (String field : List.of("app_name", "name")) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    return "?";
  }

  /** One entry is unusable; the message is the reason. Control flow inside the parser only. */
  private static final class Unusable extends RuntimeException {
    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }
}
