package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SDK's feature-support rules (utils/feature-support.ts). */
class DeviceInfoTest {
  static final Set<StructuredItemType> NO_ITEMS = Set.of();

  static DeviceInfo device(Feature... features) {
    return new DeviceInfo("iphone", "tonkeeper", "5.0.0", 2, List.of(features));
  }

  @Test
  void bareSendTransactionStringSupportsPlainMessagesWithoutAKnownLimit() {
    DeviceInfo legacy = device(new Feature.SendTransactionLegacy());
    assertThat(legacy.supportsSendTransaction(255, false, NO_ITEMS))
        .isEqualTo(new FeatureSupport.Supported(false));
    assertThat(legacy.supportsSendTransaction(1, true, NO_ITEMS).isSupported()).isFalse();
    assertThat(
            legacy
                .supportsSendTransaction(1, false, EnumSet.of(StructuredItemType.TON))
                .isSupported())
        .isFalse();
    assertThat(legacy.supportsSignMessage(1, false, NO_ITEMS).isSupported()).isFalse();
  }

  @Test
  void sendTransactionObjectEnforcesMaxMessages() {
    DeviceInfo wallet = device(new Feature.SendTransactionLegacy(), Feature.SendTransaction.of(4));
    assertThat(wallet.supportsSendTransaction(4, false, NO_ITEMS))
        .isEqualTo(new FeatureSupport.Supported(true));
    assertThat(wallet.supportsSendTransaction(5, false, NO_ITEMS))
        .isInstanceOfSatisfying(
            FeatureSupport.Unsupported.class,
            u -> assertThat(u.reason()).contains("allows 4 messages, 5 are required"));
  }

  @Test
  void objectWithoutMaxMessagesIsSupportedWithoutAKnownLimit() {
    DeviceInfo wallet =
        device(
            new Feature.SendTransaction(OptionalInt.empty(), Optional.empty(), Optional.empty()));
    assertThat(wallet.supportsSendTransaction(100, false, NO_ITEMS))
        .isEqualTo(new FeatureSupport.Supported(false));
  }

  @Test
  void extraCurrencyNeedsTheFlag() {
    DeviceInfo without = device(Feature.SendTransaction.of(4));
    DeviceInfo with =
        device(new Feature.SendTransaction(OptionalInt.of(4), Optional.of(true), Optional.empty()));
    assertThat(without.supportsSendTransaction(1, true, NO_ITEMS).isSupported()).isFalse();
    assertThat(with.supportsSendTransaction(1, true, NO_ITEMS).isSupported()).isTrue();
  }

  @Test
  void structuredItemsNeedEveryTypeListed() {
    DeviceInfo wallet =
        device(
            new Feature.SendTransaction(
                OptionalInt.of(4), Optional.empty(), Optional.of(List.of("ton", "jetton"))));
    assertThat(
            wallet
                .supportsSendTransaction(
                    2, false, EnumSet.of(StructuredItemType.TON, StructuredItemType.JETTON))
                .isSupported())
        .isTrue();
    assertThat(wallet.supportsSendTransaction(1, false, EnumSet.of(StructuredItemType.NFT)))
        .isInstanceOfSatisfying(
            FeatureSupport.Unsupported.class, u -> assertThat(u.reason()).contains("nft"));
  }

  @Test
  void noSendTransactionFeatureMeansUnsupported() {
    assertThat(device().supportsSendTransaction(1, false, NO_ITEMS).isSupported()).isFalse();
    assertThat(
            device(new Feature.Unknown("SendTransactionV2", true))
                .supportsSendTransaction(1, false, NO_ITEMS)
                .isSupported())
        .isFalse();
  }

  @Test
  void signMessageNeedsItsObjectFeature() {
    DeviceInfo wallet = device(Feature.SignMessage.of(2));
    assertThat(wallet.supportsSignMessage(2, false, NO_ITEMS).isSupported()).isTrue();
    assertThat(wallet.supportsSignMessage(3, false, NO_ITEMS).isSupported()).isFalse();
    assertThat(wallet.supportsSendTransaction(1, false, NO_ITEMS).isSupported()).isFalse();
  }

  @Test
  void signDataNeedsTheType() {
    DeviceInfo wallet = device(Feature.SignData.of(SignDataType.TEXT, SignDataType.BINARY));
    assertThat(wallet.supportsSignData(SignDataType.TEXT).isSupported()).isTrue();
    assertThat(wallet.supportsSignData(SignDataType.CELL).isSupported()).isFalse();
    assertThat(device().supportsSignData(SignDataType.TEXT).isSupported()).isFalse();
  }

  @Test
  void embeddedRequestNeedsItsFeature() {
    assertThat(device(new Feature.EmbeddedRequest()).supportsEmbeddedRequest()).isTrue();
    assertThat(device(new Feature.Unknown("EmbeddedRequest", true)).supportsEmbeddedRequest())
        .isFalse();
  }

  @Test
  void checksAWholeRequest() {
    UserFriendlyAddress to =
        UserFriendlyAddress.parse("UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi");
    TransactionPayload twoMessages =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                TransactionMessage.of(to, Amount.of(1)), TransactionMessage.of(to, Amount.of(2))));
    DeviceInfo wallet =
        device(Feature.SendTransaction.of(1), Feature.SignData.of(SignDataType.TEXT));
    assertThat(
            wallet
                .supports(new AppRequest.SendTransaction(RequestId.of(0), twoMessages))
                .isSupported())
        .isFalse();
    assertThat(
            wallet.supports(new AppRequest.SignMessage(RequestId.of(0), twoMessages)).isSupported())
        .isFalse();
    assertThat(
            wallet
                .supports(new AppRequest.SignData(RequestId.of(1), SignDataPayload.Text.of("hi")))
                .isSupported())
        .isTrue();
    assertThat(wallet.supports(new AppRequest.Disconnect(RequestId.of(2))).isSupported()).isTrue();
  }
}
