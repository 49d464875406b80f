package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StateInitTest {
  /** protocol.md §14.2: Ed25519 seed 04×32. */
  private static final Bytes PUBLIC_KEY =
      Bytes.fromHex("ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c");

  private static final long DEFAULT_SUBWALLET = 698983191L;

  static Stream<Named<JsonNode>> acceptedProofs() {
    return ProtocolVectors.named("ton_proof.json", "accept");
  }

  static Stream<Named<JsonNode>> unknownCodeProofs() {
    return ProtocolVectors.named("ton_proof.json", "reject")
        .filter(n -> "unknown-wallet-code".equals(n.getPayload().get("reason").asText()));
  }

  @ParameterizedTest
  @MethodSource("acceptedProofs")
  void walletStateInitOfARealProofHashesToTheAddressAndYieldsItsKey(JsonNode vector) {
    StateInit stateInit = StateInit.fromBase64(vector.get("proof").get("state_init").asText());
    Address address = Address.parse(vector.get("address").asText());

    assertThat(stateInit.hash()).isEqualTo(address.hash());
    assertThat(stateInit.address(address.workchain())).isEqualTo(address);
    WalletContract wallet = WalletContract.identify(stateInit).orElseThrow();
    assertThat(wallet.version()).isEqualTo(vector.get("walletVersion").asText());
    assertThat(wallet.publicKey(stateInit.data().orElseThrow()).toHex())
        .isEqualTo(vector.get("public_key").asText());
  }

  @ParameterizedTest
  @MethodSource("acceptedProofs")
  void walletStateInitHasRootBits00110AndCodeThenData(JsonNode vector) {
    Cell root =
        BagOfCells.deserializeSingleRootBase64(vector.get("proof").get("state_init").asText());
    StateInit stateInit = StateInit.parse(root);

    assertThat(root.bitLength()).isEqualTo(5);
    assertThat(root.data().toHex()).isEqualTo("30");
    assertThat(stateInit.splitDepth()).isEmpty();
    assertThat(stateInit.special()).isEmpty();
    assertThat(stateInit.library()).isEmpty();
    assertThat(stateInit.code()).contains(root.ref(0));
    assertThat(stateInit.data()).contains(root.ref(1));
    assertThat(stateInit.toCell()).isEqualTo(root);
  }

  @ParameterizedTest
  @MethodSource("unknownCodeProofs")
  void unknownWalletCodeIsNotIdentified(JsonNode vector) {
    StateInit stateInit = StateInit.fromBase64(vector.get("proof").get("state_init").asText());

    assertThat(WalletContract.identify(stateInit)).isEmpty();
  }

  @Test
  void aProofStateInitThatIsNotABocIsABocFormatException() {
    JsonNode vector =
        ProtocolVectors.cases("ton_proof.json").stream()
            .filter(c -> "stateinit-not-a-boc".equals(c.path("reason").asText()))
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(() -> StateInit.fromBase64(vector.get("proof").get("state_init").asText()))
        .isInstanceOf(BocFormatException.class);
  }

  @Test
  void v4r2WalletOfSection14HasTheDocumentedAddressAndBoc() {
    Cell data =
        CellBuilder.beginCell()
            .storeUint(0, 32)
            .storeUint(DEFAULT_SUBWALLET, 32)
            .storeBytes(PUBLIC_KEY)
            .storeBit(false)
            .endCell();
    StateInit stateInit = StateInit.of(WalletCodes.code(WalletContract.V4R2), data);

    assertThat(data.data().toHex()).isEqualTo("0000000029a9a317" + PUBLIC_KEY.toHex() + "00");
    assertThat(stateInit.address(0).toRaw())
        .isEqualTo("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");
    assertThat(BagOfCells.serializeBase64(stateInit.toCell(), BocWriteOptions.PLAIN))
        .startsWith("te6ccgECFgEAAwQAAgE0ARUBFP8A9KQT9LzyyAsC");
    assertThat(WalletContract.V4R2.publicKey(data)).isEqualTo(PUBLIC_KEY);
  }

  @Test
  void v5r1WalletOfSection14HasTheDocumentedAddress() {
    Cell data =
        CellBuilder.beginCell()
            .storeBit(true) // is_signature_allowed
            .storeUint(0, 32) // seqno
            .storeUint(0x7FFFFF11L, 32) // wallet_id: mainnet, wc 0, subwallet 0
            .storeBytes(PUBLIC_KEY)
            .storeBit(false) // no extensions
            .endCell();
    StateInit stateInit = StateInit.of(WalletCodes.code(WalletContract.V5R1), data);

    assertThat(data.data().toHex()).startsWith("800000003fffff88e549d6");
    assertThat(stateInit.address(0).toRaw())
        .isEqualTo("0:2270148ec046bfc08bdb3bbf7a75100d0c213e4947513e977aa2e24555395d4a");
    assertThat(WalletContract.V5R1.publicKey(data)).isEqualTo(PUBLIC_KEY);
  }

  @Test
  void v3r2WalletOfSection14HasTheDocumentedAddress() {
    Cell data =
        CellBuilder.beginCell()
            .storeUint(0, 32)
            .storeUint(DEFAULT_SUBWALLET, 32)
            .storeBytes(PUBLIC_KEY)
            .endCell();

    assertThat(StateInit.of(WalletCodes.code(WalletContract.V3R2), data).address(0).toRaw())
        .isEqualTo("0:03e3d5129a0b6e0ca9862564f74a733dbf62e4034826ff7dbdd1072909224b95");
  }

  @Test
  void everyOptionalFieldRoundTrips() {
    Cell code = CellBuilder.beginCell().storeUint(1, 8).endCell();
    Cell data = CellBuilder.beginCell().storeUint(2, 8).endCell();
    Cell library = CellBuilder.beginCell().storeUint(3, 8).endCell();
    StateInit full =
        new StateInit(
            OptionalInt.of(31),
            Optional.of(new StateInit.TickTock(true, false)),
            Optional.of(code),
            Optional.empty(),
            Optional.of(library));

    Cell root = full.toCell();

    // 1 11111 | 1 1 0 | 1 0 1 = 1111 1111 0101
    assertThat(root.bitLength()).isEqualTo(6 + 3 + 3);
    assertThat(root.data().toHex()).isEqualTo("ff50");
    assertThat(root.refs()).containsExactly(code, library);
    assertThat(StateInit.parse(root)).isEqualTo(full);
    assertThat(StateInit.fromBoc(BagOfCells.serialize(root))).isEqualTo(full);
    StateInit withData = StateInit.of(code, data);
    assertThat(StateInit.parse(withData.toCell())).isEqualTo(withData);
  }

  @Test
  void rejectsDataAfterTheLastField() {
    Cell root =
        CellBuilder.beginCell()
            .storeUint(0b00110, 5)
            .storeBit(true)
            .storeRef(Cell.empty())
            .storeRef(Cell.empty())
            .endCell();

    assertThatThrownBy(() -> StateInit.parse(root))
        .isInstanceOf(CellLayoutException.TrailingData.class);
  }

  @Test
  void rejectsARootWithMissingReferences() {
    Cell root = CellBuilder.beginCell().storeUint(0b00110, 5).storeRef(Cell.empty()).endCell();

    assertThatThrownBy(() -> StateInit.parse(root))
        .isInstanceOf(CellUnderflowException.NotEnoughRefs.class);
  }

  @Test
  void rejectsAnExoticRoot() {
    assertThatThrownBy(() -> StateInit.parse(Cell.library(PUBLIC_KEY)))
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
  }

  @Test
  void rejectsAMultiRootBoc() {
    byte[] twoRoots =
        CellFixtures.hex("b5ee9c72" + "0101020200" + "06" + "0100" + "0001a8" + "0001b8");

    assertThatThrownBy(() -> StateInit.fromBoc(twoRoots))
        .isInstanceOf(BocFormatException.NotSingleRoot.class);
  }

  @Test
  void validatesSplitDepth() {
    assertThatThrownBy(
            () ->
                new StateInit(
                    OptionalInt.of(32),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("splitDepth");
  }

  @Test
  void isAValue() {
    EqualsVerifier.forClass(StateInit.class)
        .withPrefabValues(
            Cell.class, Cell.empty(), CellBuilder.beginCell().storeBit(true).endCell())
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
