package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of protocol.md §8, checked against real code cells (cell/wallet-codes.json). */
class WalletContractTest {
  /** §8, "code-cell hash" column, the form a state init stores (W5 beta: its library cell). */
  private static final Map<WalletContract, String> STORED_CODE_HASH =
      Map.ofEntries(
          Map.entry(
              WalletContract.V1R1,
              "a0cfc2c48aee16a271f2cfc0b7382d81756cecb1017d077faaab3bb602f6868c"),
          Map.entry(
              WalletContract.V1R2,
              "d4902fcc9fad74698fa8e353220a68da0dcf72e32bcb2eb9ee04217c17d3062c"),
          Map.entry(
              WalletContract.V1R3,
              "587cc789eff1c84f46ec3797e45fc809a14ff5ae24f1e0c7a6a99cc9dc9061ff"),
          Map.entry(
              WalletContract.V2R1,
              "5c9a5e68c108e18721a07c42f9956bfb39ad77ec6d624b60c576ec88eee65329"),
          Map.entry(
              WalletContract.V2R2,
              "fe9530d3243853083ef2ef0b4c2908c0abf6fa1c31ea243aacaa5bf8c7d753f1"),
          Map.entry(
              WalletContract.V3R1,
              "b61041a58a7980b946e8fb9e198e3c904d24799ffa36574ea4251c41a566f581"),
          Map.entry(
              WalletContract.V3R2,
              "84dafa449f98a6987789ba232358072bc0f76dc4524002a5d0918b9a75d2d599"),
          Map.entry(
              WalletContract.V4R1,
              "64dd54805522c5be8a9db59cea0105ccf0d08786ca79beb8cb79e880a8d7322d"),
          Map.entry(
              WalletContract.V4R2,
              "feb5ff6820e2ff0d9483e7e0d62c817d846789fb4ae580c878866d959dabd5c0"),
          Map.entry(
              WalletContract.V5_BETA,
              "f3d7ca53493deedac28b381986a849403cbac3d2c584779af081065af0ac4b93"),
          Map.entry(
              WalletContract.V5R1,
              "20834b7b72b112147e1b2fb457b84e74d1a30f04f737d4f62a668e9552d2b72f"),
          Map.entry(
              WalletContract.HIGHLOAD_V2,
              "9494d1cc8edf12f05671a1a9ba09921096eb50811e1924ec65c3c629fbb80812"),
          Map.entry(
              WalletContract.HIGHLOAD_V2R1,
              "8ceb45b3cd4b5cc60eaae1c13b9c092392677fe536b2e9b2d801b62eff931fe1"),
          Map.entry(
              WalletContract.HIGHLOAD_V2R2,
              "203dd4f358adb49993129aa925cac39916b68a0e4f78d26e8f2c2b69eafa5679"),
          Map.entry(
              WalletContract.HIGHLOAD_V3,
              "11acad7955844090f283bf238bc1449871f783e7cc0979408d3f4859483e8525"));

  /** §8, "pubkey offset" column. */
  private static final Map<WalletContract, Integer> OFFSET =
      Map.ofEntries(
          Map.entry(WalletContract.V1R1, 32),
          Map.entry(WalletContract.V1R2, 32),
          Map.entry(WalletContract.V1R3, 32),
          Map.entry(WalletContract.V2R1, 32),
          Map.entry(WalletContract.V2R2, 32),
          Map.entry(WalletContract.V3R1, 64),
          Map.entry(WalletContract.V3R2, 64),
          Map.entry(WalletContract.V4R1, 64),
          Map.entry(WalletContract.V4R2, 64),
          Map.entry(WalletContract.V5_BETA, 113),
          Map.entry(WalletContract.V5R1, 65),
          Map.entry(WalletContract.HIGHLOAD_V2, 96),
          Map.entry(WalletContract.HIGHLOAD_V2R1, 96),
          Map.entry(WalletContract.HIGHLOAD_V2R2, 96),
          Map.entry(WalletContract.HIGHLOAD_V3, 0));

  private static final String W5_BETA_CODE_HASH =
      "e4cf3b2f4c6d6a61ea0f2b5447d266785b26af3637db2deee6bcd1aa826f3412";

  /** The key @ton/ton's data cells in the resource were made with. */
  private static final Bytes RESOURCE_KEY = Bytes.of(filled(0xab));

  /** A key with distinct bytes, so an offset error cannot go unnoticed. */
  private static final Bytes KEY = Bytes.of(counting());

  static Stream<WalletCodes.Entry> wallets() {
    return WalletCodes.all().stream();
  }

  static Stream<WalletCodes.Entry> walletsWithData() {
    return WalletCodes.all().stream().filter(w -> w.data().isPresent());
  }

  @Test
  void everyRowOfSection8HasRealCode() {
    Set<WalletContract> covered =
        WalletCodes.all().stream().map(WalletCodes.Entry::contract).collect(Collectors.toSet());

    assertThat(covered).isEqualTo(EnumSet.allOf(WalletContract.class));
    assertThat(STORED_CODE_HASH.keySet()).isEqualTo(EnumSet.allOf(WalletContract.class));
  }

  @ParameterizedTest
  @MethodSource("wallets")
  void realCodeHashesToTheSection8ValueAndIsIdentified(WalletCodes.Entry wallet) {
    assertThat(wallet.code().hash().toHex()).isEqualTo(STORED_CODE_HASH.get(wallet.contract()));
    assertThat(WalletContract.identify(wallet.code())).contains(wallet.contract());
    assertThat(wallet.contract().codeHashes()).contains(wallet.code().hash());
  }

  @ParameterizedTest
  @EnumSource(WalletContract.class)
  void publicKeyIsReadAtTheDocumentedOffsetOfADataCellBuiltPerLayout(WalletContract contract) {
    Cell data = dataPerLayout(contract, KEY);

    assertThat(contract.publicKeyOffset()).isEqualTo(OFFSET.get(contract));
    assertThat(contract.publicKey(data)).isEqualTo(KEY);
  }

  @ParameterizedTest
  @MethodSource("walletsWithData")
  void dataCellOfTonTonHasTheLayoutOfSection8(WalletCodes.Entry wallet) {
    Cell data = wallet.data().orElseThrow();

    assertThat(wallet.contract().publicKey(data)).isEqualTo(RESOURCE_KEY);
    assertThat(data).isEqualTo(dataPerLayout(wallet.contract(), RESOURCE_KEY));
  }

  @Test
  void w5BetaLibraryCellRefersToTheW5BetaCodeHash() {
    Cell library = WalletCodes.code(WalletContract.V5_BETA);

    assertThat(library.type()).isEqualTo(CellType.LIBRARY);
    assertThat(library.libraryHash().orElseThrow().toHex()).isEqualTo(W5_BETA_CODE_HASH);
    assertThat(Cell.library(Bytes.fromHex(W5_BETA_CODE_HASH))).isEqualTo(library);
    assertThat(WalletContract.V5_BETA.codeHashes())
        .extracting(Bytes::toHex)
        .containsExactlyInAnyOrder(W5_BETA_CODE_HASH, STORED_CODE_HASH.get(WalletContract.V5_BETA));
  }

  @Test
  void aWalletWrappedInALibraryCellIsIdentifiedByTheReferencedHash() {
    Cell w5r1Library = Cell.library(WalletCodes.code(WalletContract.V5R1).hash());
    Cell v4r2Library = Cell.library(WalletCodes.code(WalletContract.V4R2).hash());

    assertThat(w5r1Library.hash().toHex())
        .isEqualTo("44b96c52eaa2e18b272629e6e496004d08e0c364c1835a7418b92fb7585a2ed1");
    assertThat(WalletContract.identify(w5r1Library)).contains(WalletContract.V5R1);
    assertThat(WalletContract.identify(v4r2Library)).contains(WalletContract.V4R2);
  }

  @Test
  void unknownCodeIsNotIdentified() {
    Cell other = CellBuilder.beginCell().storeUint(0xdeadbeefL, 32).endCell();

    assertThat(WalletContract.identify(other)).isEmpty();
    assertThat(WalletContract.identify(Cell.library(other.hash()))).isEmpty();
    assertThat(WalletContract.identify(StateInit.of(other, Cell.empty()))).isEmpty();
    assertThat(
            WalletContract.identify(
                new StateInit(
                    OptionalInt.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Cell.empty()),
                    Optional.empty())))
        .as("no code at all")
        .isEmpty();
  }

  @Test
  void rejectsDataTooShortForTheKey() {
    Cell data = CellBuilder.beginCell().storeUint(0, 64).storeBytes(new byte[31]).endCell();

    assertThatThrownBy(() -> WalletContract.V4R2.publicKey(data))
        .isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThat(WalletContract.V1R1.publicKey(data).length()).isEqualTo(32);
  }

  @Test
  void rejectsExoticData() {
    assertThatThrownBy(() -> WalletContract.HIGHLOAD_V3.publicKey(Cell.library(KEY)))
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
  }

  @Test
  void findsAContractByItsVersionName() {
    assertThat(WalletContract.byVersion("v4r2")).contains(WalletContract.V4R2);
    assertThat(WalletContract.byVersion("V5R1")).contains(WalletContract.V5R1);
    assertThat(WalletContract.byVersion("v9")).isEmpty();
  }

  /** The data cell of {@code contract} as its deployer builds it (§8 "data layout"). */
  static Cell dataPerLayout(WalletContract contract, Bytes key) {
    CellBuilder b = CellBuilder.beginCell();
    switch (contract) {
      case V1R1, V1R2, V1R3, V2R1, V2R2 -> b.storeUint(0, 32).storeBytes(key);
      case V3R1, V3R2 -> b.storeUint(0, 32).storeUint(698983191, 32).storeBytes(key);
      case V4R1, V4R2 ->
          b.storeUint(0, 32).storeUint(698983191, 32).storeBytes(key).storeBit(false);
      case V5_BETA ->
          b.storeUint(0, 33) // seqno
              .storeInt(-239, 32) // wallet_id.global_id (mainnet)
              .storeInt(0, 8) // wallet_id.workchain
              .storeUint(0, 8) // wallet_id.version
              .storeUint(0, 32) // wallet_id.subwallet
              .storeBytes(key)
              .storeBit(false); // extensions
      case V5R1 ->
          b.storeBit(true) // is_signature_allowed
              .storeUint(0, 32) // seqno
              .storeUint(0x7FFFFF11L, 32) // wallet_id: mainnet, wc 0, subwallet 0
              .storeBytes(key)
              .storeBit(false); // extensions
      case HIGHLOAD_V2, HIGHLOAD_V2R1, HIGHLOAD_V2R2 ->
          b.storeUint(0, 32) // subwallet
              .storeUint(0, 64) // last_cleaned
              .storeBytes(key)
              .storeBit(false); // old_queries
      case HIGHLOAD_V3 ->
          b.storeBytes(key)
              .storeUint(0, 32) // subwallet
              .storeUint(0, 1 + 1 + 64) // old_queries, queries, last_clean_time
              .storeUint(60, 22); // timeout
    }
    return b.endCell();
  }

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static byte[] counting() {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i + 1);
    }
    return bytes;
  }
}
