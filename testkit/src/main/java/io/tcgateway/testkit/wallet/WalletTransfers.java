package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.StateInit;
import java.util.List;
import java.util.Optional;

/**
 * The cells of a wallet transfer: internal messages, the signed bodies of wallet v4r2 and v5r1, and
 * the external message that carries them (block.tlb; {@code @ton/ton} {@code
 * createWalletTransferV4} and {@code createWalletTransferV5R1}; {@code @ton/core} {@code
 * storeOutList}).
 *
 * <p>Where TL-B allows a field inline or by reference ({@code Either X ^X}) this writes the
 * reference: state inits and bodies always go into their own cell ({@code @ton/core} inlines them
 * when they fit; both forms are valid and the contracts accept either).
 */
final class WalletTransfers {
  /** Send mode 3: pay fees separately (1) + ignore errors (2); TON Connect wallets use it. */
  static final int SEND_MODE = 3;

  /** v5r1 {@code external_signed#7369676e} ("sign"). */
  static final long V5R1_SIGNED_EXTERNAL = 0x7369676eL;

  /** v5r1 {@code internal_signed#73696e74} ("sint"). */
  static final long V5R1_SIGNED_INTERNAL = 0x73696e74L;

  /** {@code action_send_msg#0ec3c86d}. */
  static final long ACTION_SEND_MSG = 0x0ec3c86dL;

  private WalletTransfers() {}

  /**
   * An internal message from this wallet ({@code MessageRelaxed}, source left empty for the
   * contract to fill in):
   *
   * <pre>
   * int_msg_info$0 ihr_disabled:Bool(1) bounce:Bool bounced:Bool(0)
   *   src:MsgAddress(addr_none$00) dest:MsgAddressInt
   *   value:CurrencyCollection(grams:Grams other:ExtraCurrencyCollection)
   *   ihr_fee:Grams(0) fwd_fee:Grams(0) created_lt:uint64(0) created_at:uint32(0)
   * init:(Maybe (Either StateInit ^StateInit))     -> 0, or 1 1 ^stateInit
   * body:(Either X ^X)                             -> 0 (empty), or 1 ^body
   * </pre>
   */
  static Cell internalMessage(OutgoingMessage message) {
    CellBuilder b =
        CellBuilder.beginCell()
            .storeBit(false) // int_msg_info$0
            .storeBit(true) // ihr_disabled
            .storeBit(message.destination().bounceable())
            .storeBit(false) // bounced
            .storeAddressNone()
            .storeAddress(message.destination().address())
            .storeCoins(message.amount().value());
    ExtraCurrencyDictionary.store(b, message.extraCurrencies());
    b.storeCoins(0).storeCoins(0).storeUint(0, 64).storeUint(0, 32);
    storeInitAndBody(b, message.stateInit(), message.body());
    return b.endCell();
  }

  /**
   * An internal message to {@code wallet} itself carrying a signed request (what signMessage
   * returns): bounceable, no value, the wallet's state init while it is undeployed.
   */
  static Cell internalToSelf(Address wallet, Optional<StateInit> init, Cell body) {
    CellBuilder b =
        CellBuilder.beginCell()
            .storeBit(false) // int_msg_info$0
            .storeBit(true) // ihr_disabled
            .storeBit(true) // bounce
            .storeBit(false) // bounced
            .storeAddressNone()
            .storeAddress(wallet)
            .storeCoins(0)
            .storeBit(false) // no extra currencies
            .storeCoins(0)
            .storeCoins(0)
            .storeUint(0, 64)
            .storeUint(0, 32);
    storeInitAndBody(b, init.map(StateInit::toCell), Optional.of(body));
    return b.endCell();
  }

  /**
   * The external message that delivers a signed body to the wallet:
   *
   * <pre>
   * ext_in_msg_info$10 src:MsgAddressExt(addr_none$00) dest:MsgAddressInt import_fee:Grams(0)
   * init:(Maybe (Either StateInit ^StateInit))     -> 1 1 ^stateInit while seqno = 0, else 0
   * body:(Either X ^X)                             -> 1 ^body
   * </pre>
   */
  static Cell externalMessage(Address wallet, Optional<StateInit> init, Cell body) {
    CellBuilder b =
        CellBuilder.beginCell()
            .storeUint(0b10, 2)
            .storeAddressNone()
            .storeAddress(wallet)
            .storeCoins(0);
    storeInitAndBody(b, init.map(StateInit::toCell), Optional.of(body));
    return b.endCell();
  }

  /**
   * The signed body of a wallet v4r2 transfer ({@code createWalletTransferV4}):
   *
   * <pre>
   * signing = subwallet_id:uint32 valid_until:uint32 seqno:uint32 op:uint8(0 = simple send)
   *           (mode:uint8 ^MessageRelaxed) x messages
   * body    = signature:bits512 || signing            signature = Ed25519(hash(signing cell))
   * </pre>
   */
  static Cell v4r2Body(
      Ed25519KeyPair key, long subwalletId, long validUntil, long seqno, List<Cell> messages) {
    CellBuilder signing =
        CellBuilder.beginCell()
            .storeUint(subwalletId, 32)
            .storeUint(validUntil, 32)
            .storeUint(seqno, 32)
            .storeUint(0, 8);
    for (Cell message : messages) {
      signing.storeUint(SEND_MODE, 8).storeRef(message);
    }
    Cell unsigned = signing.endCell();
    byte[] signature = key.sign(unsigned.hash().toByteArray()).toByteArray();
    return CellBuilder.beginCell()
        .storeBytes(signature)
        .storeSlice(unsigned.beginParse())
        .endCell();
  }

  /**
   * The signed request of a wallet v5r1 ({@code createWalletTransferV5R1}, contract {@code
   * wallet_v5.fc}); the signature is at the <em>end</em>:
   *
   * <pre>
   * signing = opcode:uint32 (0x7369676e external | 0x73696e74 internal) wallet_id:int32
   *           valid_until:uint32 seqno:uint32
   *           out_actions:(Maybe ^OutList) has_other_actions:(## 1)(0)
   * OutList = out_list$_ prev:^OutList action:OutAction, first message innermost (executed first),
   *           out_list_empty$_ at the bottom
   * action  = action_send_msg#0ec3c86d mode:(## 8) out_msg:^(MessageRelaxed Any)
   * body    = signing || signature:bits512          signature = Ed25519(hash(signing cell))
   * </pre>
   */
  static Cell v5r1Body(
      Ed25519KeyPair key,
      long opcode,
      int walletId,
      long validUntil,
      long seqno,
      List<Cell> messages) {
    Cell outList = CellBuilder.beginCell().endCell();
    for (Cell message : messages) {
      outList =
          CellBuilder.beginCell()
              .storeRef(outList)
              .storeUint(ACTION_SEND_MSG, 32)
              .storeUint(SEND_MODE, 8)
              .storeRef(message)
              .endCell();
    }
    Cell unsigned =
        CellBuilder.beginCell()
            .storeUint(opcode, 32)
            .storeInt(walletId, 32)
            .storeUint(validUntil, 32)
            .storeUint(seqno, 32)
            .storeMaybeRef(messages.isEmpty() ? null : outList)
            .storeBit(false) // has_other_actions
            .endCell();
    byte[] signature = key.sign(unsigned.hash().toByteArray()).toByteArray();
    return CellBuilder.beginCell()
        .storeSlice(unsigned.beginParse())
        .storeBytes(signature)
        .endCell();
  }

  private static void storeInitAndBody(CellBuilder b, Optional<Cell> init, Optional<Cell> body) {
    if (init.isPresent()) {
      b.storeBit(true).storeBit(true).storeRef(init.get());
    } else {
      b.storeBit(false);
    }
    if (body.isPresent()) {
      b.storeBit(true).storeRef(body.get());
    } else {
      b.storeBit(false);
    }
  }
}
