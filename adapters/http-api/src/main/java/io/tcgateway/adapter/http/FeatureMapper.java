package io.tcgateway.adapter.http;

import io.tcgateway.adapter.http.dto.FeatureResponse;
import io.tcgateway.domain.protocol.Feature;
import java.util.List;

/**
 * {@link Feature} → {@link FeatureResponse}; the bare legacy {@code "SendTransaction"} becomes
 * {@code {name}}.
 */
final class FeatureMapper {
  private FeatureMapper() {}

  static List<FeatureResponse> toResponses(List<Feature> features) {
    return features.stream().map(FeatureMapper::toResponse).toList();
  }

  static FeatureResponse toResponse(Feature feature) {
    return switch (feature) {
      case Feature.SendTransaction send ->
          new FeatureResponse(
              send.name(),
              send.maxMessages().isPresent() ? send.maxMessages().getAsInt() : null,
              send.extraCurrencySupported().orElse(null),
              send.itemTypes().orElse(null),
              null);
      case Feature.SignMessage sign ->
          new FeatureResponse(
              sign.name(),
              sign.maxMessages().isPresent() ? sign.maxMessages().getAsInt() : null,
              sign.extraCurrencySupported().orElse(null),
              sign.itemTypes().orElse(null),
              null);
      case Feature.SignData sign ->
          new FeatureResponse(sign.name(), null, null, null, sign.types());
      case Feature.SendTransactionLegacy legacy ->
          new FeatureResponse(legacy.name(), null, null, null, null);
      case Feature.EmbeddedRequest embedded ->
          new FeatureResponse(embedded.name(), null, null, null, null);
      case Feature.Unknown unknown -> new FeatureResponse(unknown.name(), null, null, null, null);
    };
  }
}
