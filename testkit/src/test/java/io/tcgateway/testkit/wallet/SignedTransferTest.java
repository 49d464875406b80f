package io.tcgateway.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.crypto.Ed25519Signature;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.CellSlice;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.TextComment;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.MutableClock;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The transfer BoCs, parsed back with the domain's BoC reader field by field, and their signatures
 * checked over the hash of what the contract hashes.
 */
class SignedTransferTest {
  static final UserFriendlyAddress BOUNCEABLE =
      UserFriendlyAddress.parse("EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n");
  static final Address OTHER =
      Address.parseRaw("0:1111111111111111111111111111111111111111111111111111111111111111");
  static final long VALID_UNTIL = 1_700_000_300L;

  private final MutableClock clock = new MutableClock(SimulatedWalletTest.NOW);

  private SimulatedWallet wallet(WalletContract contract) {
    return SimulatedWallet.builder(SimulatedWalletTest.SEED, contract).clock(clock).build();
  }

  private static TransactionPayload payload(TransactionMessage... messages) {
    return TransactionPayload.ofMessages(
        OptionalLong.of(VALID_UNTIL), Optional.empty(), Optional.empty(), List.of(messages));
  }

  private static TransactionMessage comment(UserFriendlyAddress to, long amount, String text) {
    return new TransactionMessage(
        to,
        Amount.of(amount),
        Optional.of(new BocBase64(TextComment.of(text).toBase64())),
        Optional.empty(),
        ExtraCurrencies.none());
  }

  private static Cell parse(BocBase64 boc) {
    return BagOfCells.deserializeSingleRoot(boc.bytes().toByteArray());
  }

  /** The cell of the slice's remaining bits and refs (what the contract's slice_hash hashes). */
  private static Cell rest(CellSlice slice) {
    return CellBuilder.beginCell().storeSlice(slice).endCell();
  }

  /** Reads an external-in message to {@code wallet}; returns its body, checks the state init. */
  private static Cell readExternal(Cell message, SimulatedWallet wallet, boolean withInit) {
    CellSlice s = message.beginParse();
    assertThat(s.loadUint(2)).as("ext_in_msg_info$10").isEqualTo(0b10);
    assertThat(s.loadMaybeAddress()).as("src addr_none").isEmpty();
    assertThat(s.loadAddress()).as("dest").isEqualTo(wallet.address());
    assertThat(s.loadCoins()).as("import_fee").isZero();
    assertThat(s.loadBit()).as("init present").isEqualTo(withInit);
    if (withInit) {
      assertThat(s.loadBit()).as("init by reference").isTrue();
      Cell init = s.loadRef();
      assertThat(init).isEqualTo(wallet.stateInit().toCell());
      assertThat(StateInit.parse(init).hash()).isEqualTo(wallet.address().hash());
    }
    assertThat(s.loadBit()).as("body by reference").isTrue();
    Cell body = s.loadRef();
    s.endParse();
    return body;
  }

  /** Reads an internal message (MessageRelaxed) as the wallet writes it. */
  private static void readInternal(
      Cell message, Address dest, boolean bounce, long amount, Optional<Cell> body) {
    CellSlice s = message.beginParse();
    assertThat(s.loadBit()).as("int_msg_info$0").isFalse();
    assertThat(s.loadBit()).as("ihr_disabled").isTrue();
    assertThat(s.loadBit()).as("bounce").isEqualTo(bounce);
    assertThat(s.loadBit()).as("bounced").isFalse();
    assertThat(s.loadMaybeAddress()).as("src").isEmpty();
    assertThat(s.loadAddress()).as("dest").isEqualTo(dest);
    assertThat(s.loadCoins()).as("value").isEqualTo(BigInteger.valueOf(amount));
    assertThat(s.loadBit()).as("no extra currencies").isFalse();
    assertThat(s.loadCoins()).as("ihr_fee").isZero();
    assertThat(s.loadCoins()).as("fwd_fee").isZero();
    assertThat(s.loadUint(64)).as("created_lt").isZero();
    assertThat(s.loadUint(32)).as("created_at").isZero();
    assertThat(s.loadBit()).as("no init").isFalse();
    assertThat(s.loadBit()).as("body by reference").isEqualTo(body.isPresent());
    body.ifPresent(b -> assertThat(s.loadRef()).isEqualTo(b));
    s.endParse();
  }

  @Test
  void v4r2TransferIsASignedExternalMessage() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    UserFriendlyAddress nonBounceable = new UserFriendlyAddress(OTHER, false, false);

    SignedTransfer transfer =
        wallet.signTransfer(
            payload(comment(BOUNCEABLE, 20_000_000L, "hi"), comment(nonBounceable, 5, "yo")));

    Cell message = parse(transfer.boc());
    assertThat(message).isEqualTo(transfer.message());
    assertThat(transfer.boc().base64()).startsWith("te6cck"); // with CRC-32C, as @ton/core
    Cell body = readExternal(message, wallet, true);
    assertThat(body).isEqualTo(transfer.signedBody());

    CellSlice s = body.beginParse();
    Ed25519Signature signature = Ed25519Signature.of(s.loadBytes(64));
    Cell signed = rest(s);
    assertThat(wallet.publicKey().verify(signed.hash().toByteArray(), signature)).isTrue();
    assertThat(s.loadUint(32)).as("subwallet_id").isEqualTo(698_983_191L);
    assertThat(s.loadUint(32)).as("valid_until").isEqualTo(VALID_UNTIL);
    assertThat(s.loadUint(32)).as("seqno").isZero();
    assertThat(s.loadUint(8)).as("op: simple send").isZero();
    assertThat(s.loadUint(8)).as("mode").isEqualTo(3);
    readInternal(
        s.loadRef(),
        BOUNCEABLE.address(),
        true,
        20_000_000L,
        Optional.of(TextComment.of("hi").toCell()));
    assertThat(s.loadUint(8)).as("mode").isEqualTo(3);
    readInternal(s.loadRef(), OTHER, false, 5, Optional.of(TextComment.of("yo").toCell()));
    s.endParse();
  }

  @Test
  void seqnoGrowsAndTheStateInitIsOnlySentWhileUndeployed() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    TransactionPayload payload = payload(comment(BOUNCEABLE, 1, "a"));

    SignedTransfer first = wallet.signTransfer(payload);
    SignedTransfer second = wallet.signTransfer(payload);

    assertThat(first.seqno()).isZero();
    assertThat(second.seqno()).isEqualTo(1);
    assertThat(wallet.seqno()).isEqualTo(2);
    Cell body = readExternal(second.message(), wallet, false);
    CellSlice s = body.beginParse().skip(512 + 64);
    assertThat(s.loadUint(32)).as("seqno").isEqualTo(1);
  }

  @Test
  void transferWithoutValidUntilIsValidForFiveMinutes() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);

    SignedTransfer transfer =
        wallet.signTransfer(
            TransactionPayload.ofMessages(
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(TransactionMessage.of(BOUNCEABLE, Amount.of(1)))));

    assertThat(transfer.validUntil()).isEqualTo(1_700_000_300L);
  }

  @Test
  void w5TransferIsASignedRequestWithTheSignatureAtTheEnd() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);

    SignedTransfer transfer =
        wallet.signTransfer(
            payload(comment(BOUNCEABLE, 7, "first"), comment(BOUNCEABLE, 8, "second")));

    Cell body = readExternal(parse(transfer.boc()), wallet, true);
    CellSlice s = body.beginParse();
    assertThat(body.bitLength()).isEqualTo(32 + 32 + 32 + 32 + 1 + 1 + 512);
    Cell signedPart =
        CellBuilder.beginCell()
            .storeBits(body.data(), body.bitLength() - 512)
            .storeRef(body.ref(0))
            .endCell();
    assertThat(s.loadUint(32)).as("external_signed#7369676e").isEqualTo(0x7369676eL);
    assertThat(s.loadInt(32)).as("wallet_id").isEqualTo(0x7FFFFF11);
    assertThat(s.loadUint(32)).as("valid_until").isEqualTo(VALID_UNTIL);
    assertThat(s.loadUint(32)).as("seqno").isZero();
    Cell outList = s.loadMaybeRef().orElseThrow();
    assertThat(s.loadBit()).as("has_other_actions").isFalse();
    Ed25519Signature signature = Ed25519Signature.of(s.loadBytes(64));
    s.endParse();
    assertThat(wallet.publicKey().verify(signedPart.hash().toByteArray(), signature)).isTrue();

    // out_list$_ prev:^OutList action: the last message on top, the first one innermost
    CellSlice top = outList.beginParse();
    Cell prev = top.loadRef();
    assertThat(top.loadUint(32)).as("action_send_msg").isEqualTo(0x0ec3c86dL);
    assertThat(top.loadUint(8)).as("mode").isEqualTo(3);
    readInternal(
        top.loadRef(),
        BOUNCEABLE.address(),
        true,
        8,
        Optional.of(TextComment.of("second").toCell()));
    top.endParse();
    CellSlice inner = prev.beginParse();
    Cell empty = inner.loadRef();
    assertThat(inner.loadUint(32)).isEqualTo(0x0ec3c86dL);
    assertThat(inner.loadUint(8)).isEqualTo(3);
    readInternal(
        inner.loadRef(),
        BOUNCEABLE.address(),
        true,
        7,
        Optional.of(TextComment.of("first").toCell()));
    inner.endParse();
    assertThat(empty.bitLength()).isZero();
    assertThat(empty.refCount()).isZero();
  }

  @Test
  void w5SignMessageIsAnInternalMessageToItselfWithASignedInternalRequest() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);

    WalletResponse response =
        wallet.answer(
            new AppRequest.SignMessage(RequestId.of(3), payload(comment(BOUNCEABLE, 9, "x"))),
            "example.com");

    assertThat(response).isInstanceOf(WalletResponse.Success.class);
    RpcResult result = ((WalletResponse.Success) response).result();
    Cell message = parse(((RpcResult.SignedMessage) result).internalBoc());
    CellSlice s = message.beginParse();
    assertThat(s.loadBit()).isFalse();
    assertThat(s.loadBit()).isTrue();
    assertThat(s.loadBit()).as("bounce").isTrue();
    assertThat(s.loadBit()).isFalse();
    assertThat(s.loadMaybeAddress()).isEmpty();
    assertThat(s.loadAddress()).isEqualTo(wallet.address());
    assertThat(s.loadCoins()).isZero();
    assertThat(s.loadBit()).isFalse();
    s.loadCoins();
    s.loadCoins();
    s.skip(64 + 32);
    assertThat(s.loadBit()).as("init while undeployed").isTrue();
    assertThat(s.loadBit()).isTrue();
    assertThat(s.loadRef()).isEqualTo(wallet.stateInit().toCell());
    assertThat(s.loadBit()).isTrue();
    Cell body = s.loadRef();
    s.endParse();
    CellSlice b = body.beginParse();
    assertThat(b.loadUint(32)).as("internal_signed#73696e74").isEqualTo(0x73696e74L);
    Cell signedPart =
        CellBuilder.beginCell()
            .storeBits(body.data(), body.bitLength() - 512)
            .storeRef(body.ref(0))
            .endCell();
    Ed25519Signature signature =
        Ed25519Signature.of(body.beginParse().skip(body.bitLength() - 512).loadBytes(64));
    assertThat(wallet.publicKey().verify(signedPart.hash().toByteArray(), signature)).isTrue();
    assertThat(wallet.seqno()).isEqualTo(1);
  }

  @Test
  void v4r2CannotSignMessages() {
    WalletResponse response =
        wallet(WalletContract.V4R2)
            .answer(
                new AppRequest.SignMessage(RequestId.of(3), payload(comment(BOUNCEABLE, 9, "x"))),
                "example.com");

    assertThat(response).isInstanceOf(WalletResponse.Error.class);
    assertThat(((WalletResponse.Error) response).error().kind())
        .isEqualTo(WalletErrorCode.METHOD_NOT_SUPPORTED);
  }

  @Test
  void extraCurrenciesAreAHashmapWithTheShortestLabels() {
    Map<String, Amount> amounts = new LinkedHashMap<>();
    amounts.put("239", Amount.of(5));
    amounts.put("100", Amount.of(1000));
    Cell message =
        WalletTransfers.internalMessage(
            new OutgoingMessage(
                BOUNCEABLE,
                Amount.of(1),
                Optional.empty(),
                Optional.empty(),
                ExtraCurrencies.of(amounts)));

    CellSlice s = message.beginParse().skip(4 + 2 + 267);
    assertThat(s.loadCoins()).isEqualTo(BigInteger.ONE);
    assertThat(s.loadBit()).as("hme_root$1").isTrue();
    // 100 = 0..0 0 1100100, 239 = 0..0 1 1101111: common prefix of 24 zeros -> hml_same$11 v=0 n=24
    CellSlice root = s.loadRef().beginParse();
    assertThat(root.loadUint(2)).isEqualTo(0b11);
    assertThat(root.loadBit()).isFalse();
    assertThat(root.loadUint(6)).isEqualTo(24);
    assertThat(root.remainingBits()).isZero();
    // each leaf: 7 key bits left -> hml_long$10 n:(#<= 7)=3 bits, then VarUInteger 32 (5-bit len)
    CellSlice left = root.loadRef().beginParse();
    assertThat(left.loadUint(2)).isEqualTo(0b10);
    assertThat(left.loadUint(3)).isEqualTo(7);
    assertThat(left.loadUint(7)).isEqualTo(100 & 0x7f);
    assertThat(left.loadUint(5)).isEqualTo(2);
    assertThat(left.loadUint(16)).isEqualTo(1000);
    left.endParse();
    CellSlice right = root.loadRef().beginParse();
    assertThat(right.loadUint(2)).isEqualTo(0b10);
    assertThat(right.loadUint(3)).isEqualTo(7);
    assertThat(right.loadUint(7)).isEqualTo(239 & 0x7f);
    assertThat(right.loadUint(5)).isEqualTo(1);
    assertThat(right.loadUint(8)).isEqualTo(5);
    right.endParse();
  }

  @Test
  void aSingleExtraCurrencyIsOneLeafWithALongLabel() {
    Cell message =
        WalletTransfers.internalMessage(
            new OutgoingMessage(
                BOUNCEABLE,
                Amount.ZERO,
                Optional.empty(),
                Optional.empty(),
                ExtraCurrencies.of(Map.of("239", Amount.of(1_000_000_000L)))));

    CellSlice s = message.beginParse().skip(4 + 2 + 267 + 4);
    assertThat(s.loadBit()).isTrue();
    CellSlice leaf = s.loadRef().beginParse();
    assertThat(leaf.loadUint(2)).as("hml_long$10").isEqualTo(0b10);
    assertThat(leaf.loadUint(6)).isEqualTo(32);
    assertThat(leaf.loadUint(32)).isEqualTo(239);
    assertThat(leaf.loadUint(5)).isEqualTo(4);
    assertThat(leaf.loadUint(32)).isEqualTo(1_000_000_000L);
    leaf.endParse();
  }

  @Test
  void messageStateInitGoesByReference() {
    Cell init = wallet(WalletContract.V4R2).stateInit().toCell();
    Cell message =
        WalletTransfers.internalMessage(
            new OutgoingMessage(
                BOUNCEABLE,
                Amount.of(1),
                Optional.empty(),
                Optional.of(init),
                ExtraCurrencies.none()));

    CellSlice s = message.beginParse().skip(4 + 2 + 267 + 4 + 8 + 1 + 4 + 4 + 64 + 32);
    assertThat(s.loadBit()).isTrue();
    assertThat(s.loadBit()).isTrue();
    assertThat(s.loadRef()).isEqualTo(init);
    assertThat(s.loadBit()).as("no body").isFalse();
    s.endParse();
  }

  @Test
  void realWalletsRefuseWhatTheyCannotOrShouldNotSign() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    TransactionPayload wrongNetwork =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.of(Network.TESTNET),
            Optional.empty(),
            List.of(TransactionMessage.of(BOUNCEABLE, Amount.of(1))));
    TransactionPayload otherAccount =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of(WireAddress.raw(OTHER)),
            List.of(TransactionMessage.of(BOUNCEABLE, Amount.of(1))));
    TransactionPayload expired =
        TransactionPayload.ofMessages(
            OptionalLong.of(1_600_000_000L),
            Optional.empty(),
            Optional.empty(),
            List.of(TransactionMessage.of(BOUNCEABLE, Amount.of(1))));
    TransactionMessage one = TransactionMessage.of(BOUNCEABLE, Amount.of(1));
    TransactionPayload tooMany = payload(one, one, one, one, one);
    TransactionPayload jetton =
        TransactionPayload.ofItems(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                StructuredItem.Jetton.of(
                    WireAddress.raw(OTHER), WireAddress.raw(OTHER), Amount.of(1))));

    assertThat(errorOf(wallet, wrongNetwork)).isEqualTo(WalletErrorCode.BAD_REQUEST);
    assertThat(errorOf(wallet, otherAccount)).isEqualTo(WalletErrorCode.BAD_REQUEST);
    assertThat(errorOf(wallet, expired)).isEqualTo(WalletErrorCode.BAD_REQUEST);
    assertThat(errorOf(wallet, tooMany)).isEqualTo(WalletErrorCode.BAD_REQUEST);
    assertThat(errorOf(wallet, jetton)).isEqualTo(WalletErrorCode.METHOD_NOT_SUPPORTED);
    assertThat(wallet.seqno()).as("nothing was signed").isZero();
    assertThat(
            ((WalletResponse.Error)
                    wallet.answer(
                        new AppRequest.SignData(
                            RequestId.of(1),
                            new SignDataPayload.Text(
                                "x", Optional.of(Network.TESTNET), Optional.empty())),
                        "example.com"))
                .error()
                .kind())
        .isEqualTo(WalletErrorCode.BAD_REQUEST);
  }

  @Test
  void tonItemsAreSentLikeMessages() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    TransactionPayload items =
        TransactionPayload.ofItems(
            OptionalLong.of(VALID_UNTIL),
            Optional.empty(),
            Optional.empty(),
            List.of(
                new StructuredItem.Ton(
                    BOUNCEABLE,
                    Amount.of(42),
                    Optional.empty(),
                    Optional.empty(),
                    ExtraCurrencies.none())));

    SignedTransfer transfer = wallet.signTransfer(items);

    CellSlice s = readExternal(transfer.message(), wallet, true).beginParse().skip(512 + 96 + 8);
    assertThat(s.loadUint(8)).isEqualTo(3);
    readInternal(s.loadRef(), BOUNCEABLE.address(), true, 42, Optional.empty());
  }

  @Test
  void declineIsError300AndDisconnectIsAnEmptyResult() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    AppRequest request =
        new AppRequest.SendTransaction(RequestId.of(7), payload(comment(BOUNCEABLE, 1, "x")));

    WalletResponse declined = wallet.decline(request);
    WalletResponse disconnected =
        wallet.answer(new AppRequest.Disconnect(RequestId.of(8)), "example.com");

    assertThat(declined.id()).isEqualTo(RequestId.of(7));
    assertThat(((WalletResponse.Error) declined).error().code()).isEqualTo(300);
    assertThat(disconnected)
        .isEqualTo(new WalletResponse.Success(RequestId.of(8), new RpcResult.Disconnected()));
  }

  private static WalletErrorCode errorOf(SimulatedWallet wallet, TransactionPayload payload) {
    WalletResponse response =
        wallet.answer(new AppRequest.SendTransaction(RequestId.of(1), payload), "example.com");
    assertThat(response).isInstanceOf(WalletResponse.Error.class);
    return ((WalletResponse.Error) response).error().kind();
  }
}
