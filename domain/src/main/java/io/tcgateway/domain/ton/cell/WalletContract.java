package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Bytes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard wallet contracts that TON Connect can meet, identified by the representation hash of
 * their code cell, with the bit offset of the Ed25519 public key in their data cell (protocol.md
 * §8; hashes from TONGO {@code abi/schemas/wallets.xml}, recomputed from the published code).
 *
 * <p>{@link #identify(Cell)} matches the code cell <em>as stored</em>; when the code is a library
 * cell it also looks up the code hash the library cell refers to (so W5 beta in its usual library
 * form, and any wallet wrapped in a library cell, is found). Unknown code yields {@link
 * Optional#empty()}: the caller must then reject the state init, since the public key cannot be
 * located offline.
 */
public enum WalletContract {
  /** Wallet v1 r1; data {@code seqno:32 pubkey:256}. */
  V1R1("v1r1", 32, "a0cfc2c48aee16a271f2cfc0b7382d81756cecb1017d077faaab3bb602f6868c"),
  /** Wallet v1 r2; data {@code seqno:32 pubkey:256}. */
  V1R2("v1r2", 32, "d4902fcc9fad74698fa8e353220a68da0dcf72e32bcb2eb9ee04217c17d3062c"),
  /** Wallet v1 r3; data {@code seqno:32 pubkey:256}. */
  V1R3("v1r3", 32, "587cc789eff1c84f46ec3797e45fc809a14ff5ae24f1e0c7a6a99cc9dc9061ff"),
  /** Wallet v2 r1; data {@code seqno:32 pubkey:256}. */
  V2R1("v2r1", 32, "5c9a5e68c108e18721a07c42f9956bfb39ad77ec6d624b60c576ec88eee65329"),
  /** Wallet v2 r2; data {@code seqno:32 pubkey:256}. */
  V2R2("v2r2", 32, "fe9530d3243853083ef2ef0b4c2908c0abf6fa1c31ea243aacaa5bf8c7d753f1"),
  /** Wallet v3 r1; data {@code seqno:32 subwallet:32 pubkey:256}. */
  V3R1("v3r1", 64, "b61041a58a7980b946e8fb9e198e3c904d24799ffa36574ea4251c41a566f581"),
  /** Wallet v3 r2; data {@code seqno:32 subwallet:32 pubkey:256}. */
  V3R2("v3r2", 64, "84dafa449f98a6987789ba232358072bc0f76dc4524002a5d0918b9a75d2d599"),
  /** Wallet v4 r1; data {@code seqno:32 subwallet:32 pubkey:256 plugins:HashmapE}. */
  V4R1("v4r1", 64, "64dd54805522c5be8a9db59cea0105ccf0d08786ca79beb8cb79e880a8d7322d"),
  /** Wallet v4 r2; data {@code seqno:32 subwallet:32 pubkey:256 plugins:HashmapE}. */
  V4R2("v4r2", 64, "feb5ff6820e2ff0d9483e7e0d62c817d846789fb4ae580c878866d959dabd5c0"),
  /**
   * W5 beta; data {@code seqno:33 wallet_id:80 pubkey:256 extensions:HashmapE}. Deployed with a
   * library cell as code (hash {@code f3d7…}) that refers to the code hash {@code e4cf…}.
   */
  V5_BETA(
      "v5beta",
      113,
      "e4cf3b2f4c6d6a61ea0f2b5447d266785b26af3637db2deee6bcd1aa826f3412",
      "f3d7ca53493deedac28b381986a849403cbac3d2c584779af081065af0ac4b93"),
  /**
   * W5 (wallet v5 r1); data {@code is_signature_allowed:1 seqno:32 wallet_id:32 pubkey:256
   * extensions:HashmapE}.
   */
  V5R1("v5r1", 65, "20834b7b72b112147e1b2fb457b84e74d1a30f04f737d4f62a668e9552d2b72f"),
  /** Highload wallet v2; data {@code subwallet:32 last_cleaned:64 pubkey:256 queries}. */
  HIGHLOAD_V2(
      "highload-v2", 96, "9494d1cc8edf12f05671a1a9ba09921096eb50811e1924ec65c3c629fbb80812"),
  /** Highload wallet v2 r1; data {@code subwallet:32 last_cleaned:64 pubkey:256 queries}. */
  HIGHLOAD_V2R1(
      "highload-v2r1", 96, "8ceb45b3cd4b5cc60eaae1c13b9c092392677fe536b2e9b2d801b62eff931fe1"),
  /** Highload wallet v2 r2; data {@code subwallet:32 last_cleaned:64 pubkey:256 queries}. */
  HIGHLOAD_V2R2(
      "highload-v2r2", 96, "203dd4f358adb49993129aa925cac39916b68a0e4f78d26e8f2c2b69eafa5679"),
  /**
   * Highload wallet v3; data {@code pubkey:256 subwallet:32 old_queries:1 queries:1 last_clean:64
   * timeout:22}.
   */
  HIGHLOAD_V3("highload-v3", 0, "11acad7955844090f283bf238bc1449871f783e7cc0979408d3f4859483e8525");

  /** Length of an Ed25519 public key in bits. */
  private static final int PUBLIC_KEY_BITS = 256;

  private static final Map<Bytes, WalletContract> BY_CODE_HASH = new HashMap<>();

  static {
    for (WalletContract contract : values()) {
      for (Bytes hash : contract.codeHashes) {
        BY_CODE_HASH.put(hash, contract);
      }
    }
  }

  private final String version;
  private final int publicKeyOffset;
  private final List<Bytes> codeHashes;

  WalletContract(String version, int publicKeyOffset, String... codeHashes) {
    this.version = version;
    this.publicKeyOffset = publicKeyOffset;
    this.codeHashes = Arrays.stream(codeHashes).map(Bytes::fromHex).toList();
  }

  /** The short lowercase name used by wallets and tooling ({@code v4r2}, {@code v5r1}, …). */
  public String version() {
    return version;
  }

  /** Bit offset of the 256-bit public key in the data cell. */
  public int publicKeyOffset() {
    return publicKeyOffset;
  }

  /** Every known representation hash of this contract's code cell as it appears in a state init. */
  public List<Bytes> codeHashes() {
    return codeHashes;
  }

  /**
   * The wallet whose code is {@code code}: by the representation hash of the cell as stored, then,
   * for a library cell, by the code hash it refers to.
   */
  public static Optional<WalletContract> identify(Cell code) {
    Objects.requireNonNull(code, "code");
    WalletContract byStoredHash = BY_CODE_HASH.get(code.hash());
    if (byStoredHash != null) {
      return Optional.of(byStoredHash);
    }
    return code.libraryHash().map(BY_CODE_HASH::get);
  }

  /** The wallet whose code is in {@code stateInit}; empty if there is no code or it is unknown. */
  public static Optional<WalletContract> identify(StateInit stateInit) {
    Objects.requireNonNull(stateInit, "stateInit");
    return stateInit.code().flatMap(WalletContract::identify);
  }

  /** The contract with {@link #version()} {@code version} (case-insensitive). */
  public static Optional<WalletContract> byVersion(String version) {
    Objects.requireNonNull(version, "version");
    String wanted = version.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.version.equals(wanted)).findFirst();
  }

  /**
   * The 32-byte public key in this wallet's {@code data} cell, at {@link #publicKeyOffset()}.
   *
   * @throws CellUnderflowException.NotEnoughBits if the cell has fewer than offset + 256 bits
   * @throws CellLayoutException.UnexpectedTag if the data cell is exotic
   */
  public Bytes publicKey(Cell data) {
    Objects.requireNonNull(data, "data");
    if (data.isExotic()) {
      throw new CellLayoutException.UnexpectedTag("wallet data cannot be an exotic cell");
    }
    if (data.bitLength() < publicKeyOffset + PUBLIC_KEY_BITS) {
      throw new CellUnderflowException.NotEnoughBits(
          publicKeyOffset + PUBLIC_KEY_BITS, data.bitLength());
    }
    return data.beginParse().skip(publicKeyOffset).loadBytes(PUBLIC_KEY_BITS / 8);
  }
}
