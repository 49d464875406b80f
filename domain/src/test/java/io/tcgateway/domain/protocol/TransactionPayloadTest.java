package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TransactionPayloadTest {
  static final UserFriendlyAddress TO =
      UserFriendlyAddress.parse("UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi");
  static final WireAddress MASTER =
      WireAddress.parse("EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n");

  @Test
  void messagesAndItemsMustNotBeEmpty() {
    assertThatThrownBy(() -> new TransactionPayload.Body.Messages(List.of()))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("messages:");
    assertThatThrownBy(() -> new TransactionPayload.Body.Items(List.of()))
        .hasMessageStartingWith("items:");
    assertThatThrownBy(
            () ->
                new TransactionPayload(
                    OptionalLong.empty(), Optional.empty(), Optional.empty(), null))
        .isInstanceOf(ProtocolFormatException.MissingField.class);
  }

  @Test
  void validUntilIsNotNegative() {
    assertThatThrownBy(
            () ->
                TransactionPayload.ofMessages(
                    OptionalLong.of(-1),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(TransactionMessage.of(TO, Amount.of(1)))))
        .hasMessageStartingWith("valid_until:");
  }

  @Test
  void reportsWhatTheFeatureCheckNeeds() {
    TransactionMessage withExtra =
        new TransactionMessage(
            TO,
            Amount.of(1),
            Optional.empty(),
            Optional.empty(),
            ExtraCurrencies.of(Map.of("239", Amount.of(5))));
    TransactionPayload messages =
        TransactionPayload.ofMessages(
            OptionalLong.of(1700000300),
            Optional.empty(),
            Optional.empty(),
            List.of(TransactionMessage.of(TO, Amount.of(1)), withExtra));
    assertThat(messages.size()).isEqualTo(2);
    assertThat(messages.requiresExtraCurrency()).isTrue();
    assertThat(messages.itemTypes()).isEmpty();

    TransactionPayload items =
        TransactionPayload.ofItems(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                StructuredItem.Jetton.of(MASTER, MASTER, Amount.of(5)),
                StructuredItem.Nft.of(MASTER, MASTER)));
    assertThat(items.size()).isEqualTo(2);
    assertThat(items.requiresExtraCurrency()).isFalse();
    assertThat(items.itemTypes())
        .containsExactlyInAnyOrder(StructuredItemType.JETTON, StructuredItemType.NFT);
  }

  @Test
  void forwardAmountDefaultsToOneNanoton() {
    assertThat(
            StructuredItem.Jetton.of(MASTER, MASTER, Amount.of(5))
                .options()
                .effectiveForwardAmount())
        .isEqualTo(Amount.of(1));
    assertThat(StructuredItem.Nft.of(MASTER, MASTER).options().effectiveForwardAmount())
        .isEqualTo(Amount.of(1));
  }

  @Test
  void requiredItemFieldsAreNamed() {
    assertThatThrownBy(() -> StructuredItem.Jetton.of(null, MASTER, Amount.of(1)))
        .isInstanceOf(ProtocolFormatException.MissingField.class)
        .hasMessageStartingWith("master:");
    assertThatThrownBy(() -> TransactionMessage.of(TO, null)).hasMessageStartingWith("amount:");
  }
}
