package io.tcgateway.testkit.wallet;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.crypto.Ed25519PublicKey;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItemReply;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.SignDataType;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.protocol.link.ParsedConnectLink;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocWriteOptions;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.SignDataMessage;
import io.tcgateway.domain.verify.TonProofMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A TON wallet that speaks the wallet side of TON Connect (protocol.md §3–§9): a real V4R2 or W5
 * (v5r1) contract made from a 32-byte Ed25519 seed, whose state init, address, {@code ton_proof},
 * {@code signData} signatures and transfer messages are exactly what a real wallet produces, so the
 * gateway's verifiers accept them.
 *
 * <p>{@link #connect} takes a connect link (universal, {@code tc://}, custom scheme or Telegram),
 * answers it through the configured bridge and returns the {@link WalletConnection} that then
 * receives the app's requests. The signing methods ({@link #tonProof}, {@link #signData}, {@link
 * #signTransfer}, {@link #answer}) work without any bridge.
 *
 * <p>Thread-safe. The seqno lives in memory and grows with every signed transfer; there is no
 * blockchain behind the wallet, so nothing is ever broadcast.
 */
public final class SimulatedWallet {
  /** Default v4r2 {@code subwallet_id}: 698983191 (= 0x29A9A317) + workchain 0. */
  public static final long DEFAULT_V4R2_SUBWALLET_ID = 698_983_191L;

  /** Most messages per transfer the wallet accepts (and advertises). */
  public static final int MAX_MESSAGES = 4;

  /** How long a transfer without {@code valid_until} stays valid. */
  static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);

  private final Ed25519KeyPair key;
  private final WalletContract contract;
  private final Network network;
  private final long walletId;
  private final StateInit stateInit;
  private final Address address;
  private final DeviceInfo device;
  private final Clock clock;
  private final RandomGenerator random;
  private final WalletMessageCodec codec;
  private final Optional<BridgeUrl> bridge;
  private final HttpClient http;
  private final Duration retryDelay;
  private final Duration openTimeout;

  private final Object lock = new Object();
  private long seqno;
  private long lastEventId;

  private SimulatedWallet(Builder b) {
    this.key = Ed25519KeyPair.fromSeed(b.seed);
    this.contract = b.contract;
    this.network = b.network;
    this.walletId =
        contract == WalletContract.V4R2
            ? b.subwalletId.orElse(DEFAULT_V4R2_SUBWALLET_ID)
            : v5r1WalletId(network, 0, b.subwalletId.orElse(0L));
    this.stateInit = StateInit.of(WalletCode.of(contract), initialData());
    this.address = stateInit.address(Address.BASECHAIN);
    this.device = b.device.orElseGet(() -> defaultDevice(contract));
    this.clock = b.clock;
    this.random = b.random;
    this.codec = b.codec;
    this.bridge = b.bridge;
    this.http =
        b.http.orElseGet(
            () ->
                HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
    this.retryDelay = b.retryDelay;
    this.openTimeout = b.openTimeout;
  }

  /**
   * A builder for the wallet of {@code seed} (32 bytes, copied) with {@code contract} ({@link
   * WalletContract#V4R2} or {@link WalletContract#V5R1}).
   */
  public static Builder builder(byte[] seed, WalletContract contract) {
    return new Builder(seed, contract);
  }

  /**
   * The v5r1 {@code wallet_id} of a client wallet (TEP / {@code @ton/ton} {@code
   * storeWalletIdV5R1}): {@code global_id XOR context}, where {@code context = 1 << 31 | (wc &
   * 0xff) << 23 | version(0 = v5r1) << 15 | subwallet(15 bits)}. Mainnet wc 0 subwallet 0 gives
   * {@code 0x7FFFFF11}, testnet {@code 0x7FFFFFFD}.
   */
  public static int v5r1WalletId(Network network, int workchain, long subwallet) {
    if (subwallet < 0 || subwallet > 0x7FFF) {
      throw new IllegalArgumentException(
          "v5r1 subwallet number must be 0..32767, was " + subwallet);
    }
    int context = (1 << 31) | ((workchain & 0xff) << 23) | (int) subwallet;
    return network.globalId() ^ context;
  }

  /**
   * The host of {@code manifestUrl} with its port if it is not the scheme's default — the app
   * domain that {@code ton_proof} and {@code signData} are bound to (what a browser's {@code new
   * URL(url).host} gives; protocol.md §7).
   *
   * @throws IllegalArgumentException if the URL has no host
   */
  public static String appDomain(String manifestUrl) {
    URI uri;
    try {
      uri = new URI(manifestUrl);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("manifest URL is not a URI: " + manifestUrl, e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("manifest URL has no host: " + manifestUrl);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port == -1
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    return defaultPort ? host : host + ":" + port;
  }

  // ---- identity ----

  /** The wallet contract. */
  public WalletContract contract() {
    return contract;
  }

  /** The network the wallet is on (it answers {@code ton_addr} with it). */
  public Network network() {
    return network;
  }

  /** The v4r2 {@code subwallet_id} (uint32) or the v5r1 {@code wallet_id} (int32). */
  public long walletId() {
    return walletId;
  }

  /** The wallet's Ed25519 public key. */
  public Ed25519PublicKey publicKey() {
    return key.publicKey();
  }

  /** The state init: the contract's code and its initial data (seqno 0). */
  public StateInit stateInit() {
    return stateInit;
  }

  /** The state init as TON Connect's {@code walletStateInit}: one-root BoC, standard base64. */
  public String stateInitBase64() {
    return BagOfCells.serializeBase64(stateInit.toCell(), BocWriteOptions.PLAIN);
  }

  /** The address: basechain, hash of the state init. */
  public Address address() {
    return address;
  }

  /** The address as wallets show it: non-bounceable, test-only on a test network. */
  public UserFriendlyAddress userFriendlyAddress() {
    return new UserFriendlyAddress(address, false, !network.isMainnet());
  }

  /** What the wallet says about itself in a connect event. */
  public DeviceInfo device() {
    return device;
  }

  /** The seqno the next transfer will use. */
  public long seqno() {
    synchronized (lock) {
      return seqno;
    }
  }

  /** The {@code ton_addr} reply: raw address, network, public key and state init. */
  public TonAddressReply tonAddressReply() {
    return new TonAddressReply(
        address, network, Optional.of(key.publicKey().bytes()), Optional.of(stateInitBase64()));
  }

  // ---- connecting ----

  /**
   * Answers {@code link} through the configured bridge.
   *
   * @throws IllegalStateException if the builder was given no bridge
   * @see #connect(String, ConnectAnswer, BridgeUrl)
   */
  public WalletConnection connect(String link, ConnectAnswer answer) {
    return connect(
        link,
        answer,
        bridge.orElseThrow(() -> new IllegalStateException("no bridge configured; pass one")));
  }

  /**
   * Takes the connect link apart ({@link ConnectLinks#parse}), decodes its request, makes a fresh
   * session key and answers as {@code answer} says: for an approval it first subscribes to {@code
   * bridgeUrl} for its own client id, then posts the encrypted {@code connect} event to the app
   * (ttl 300, the link's {@code trace_id}); a decline posts {@code connect_error}; silence posts
   * nothing. Only an approved connection listens for requests.
   *
   * @throws io.tcgateway.domain.protocol.ProtocolFormatException if the link or its request is
   *     malformed
   * @throws SimulatedWalletException if the bridge cannot be reached
   */
  public WalletConnection connect(String link, ConnectAnswer answer, BridgeUrl bridgeUrl) {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(bridgeUrl, "bridgeUrl");
    ParsedConnectLink parsed = ConnectLinks.parse(link);
    ConnectRequest request = codec.decodeConnectRequest(parsed.requestJson());
    BridgeClient client = new BridgeClient(http, bridgeUrl, retryDelay, 5);
    return WalletConnection.open(this, client, parsed, request, answer, openTimeout);
  }

  /**
   * The connect event for {@code request}: {@code connect} with {@code ton_addr} (and {@code
   * ton_proof} if requested and {@code answer} includes it), or {@code connect_error}; empty for
   * {@link ConnectAnswer.Silent}.
   */
  public Optional<ConnectEvent> answerConnect(ConnectRequest request, ConnectAnswer answer) {
    Objects.requireNonNull(request, "request");
    return switch (Objects.requireNonNull(answer, "answer")) {
      case ConnectAnswer.Approve approve -> {
        List<ConnectItemReply> items = new ArrayList<>();
        items.add(tonAddressReply());
        if (approve.withProof()) {
          request
              .tonProof()
              .ifPresent(
                  proof -> items.add(tonProof(appDomain(request.manifestUrl()), proof.payload())));
        }
        yield Optional.of(new ConnectEvent.Success(nextEventId(), items, device, Optional.empty()));
      }
      case ConnectAnswer.Decline decline ->
          Optional.of(new ConnectEvent.Error(nextEventId(), decline.code(), decline.message()));
      case ConnectAnswer.Silent ignored -> Optional.empty();
    };
  }

  // ---- signing ----

  /**
   * A {@code ton_proof} for {@code domain} and {@code payload}, timestamped now (protocol.md §7):
   * Ed25519 over {@link TonProofMessage#signedHash()}.
   */
  public TonProofReply tonProof(String domain, String payload) {
    long timestamp = clock.instant().getEpochSecond();
    TonProofMessage message = new TonProofMessage(address, domain, timestamp, payload);
    String signature = key.sign(message.signedHash()).toBase64();
    return new TonProofReply(timestamp, TonProofReply.Domain.of(domain), signature, payload);
  }

  /**
   * The {@code signData} result for {@code payload} signed for the app at {@code domain}, now
   * (protocol.md §9): text and binary sign {@link SignDataMessage#textOrBinaryHash}, a cell signs
   * {@link SignDataMessage#cellHash} (TEP-81 domain). The payload is echoed as received.
   *
   * @throws io.tcgateway.domain.ton.cell.BocFormatException if a cell payload is not a BoC
   */
  public SignDataResult signData(SignDataPayload payload, String domain) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(domain, "domain");
    long timestamp = clock.instant().getEpochSecond();
    byte[] signed =
        switch (payload) {
          case SignDataPayload.Text text ->
              SignDataMessage.textOrBinaryHash(
                  address,
                  domain,
                  timestamp,
                  SignDataMessage.ByteKind.TEXT,
                  text.text().getBytes(UTF_8));
          case SignDataPayload.Binary binary ->
              SignDataMessage.textOrBinaryHash(
                  address,
                  domain,
                  timestamp,
                  SignDataMessage.ByteKind.BINARY,
                  binary.bytes().toByteArray());
          case SignDataPayload.Cell cell ->
              SignDataMessage.cellHash(
                  address,
                  domain,
                  timestamp,
                  cell.schema(),
                  BagOfCells.deserializeSingleRoot(cell.cell().bytes().toByteArray()));
        };
    return new SignDataResult(key.sign(signed).bytes(), address, timestamp, domain, payload);
  }

  /**
   * Signs {@code payload} as sendTransaction: the wallet's signed body in an external-in message to
   * itself (with the state init while the seqno is 0), and moves the seqno on.
   *
   * @throws IllegalArgumentException if the payload has jetton or NFT items or more than {@value
   *     #MAX_MESSAGES} messages
   */
  public SignedTransfer signTransfer(TransactionPayload payload) {
    List<Cell> messages = messages(payload);
    synchronized (lock) {
      long validUntil = validUntil(payload);
      Cell body =
          switch (contract) {
            case V4R2 -> WalletTransfers.v4r2Body(key, walletId, validUntil, seqno, messages);
            default ->
                WalletTransfers.v5r1Body(
                    key,
                    WalletTransfers.V5R1_SIGNED_EXTERNAL,
                    (int) walletId,
                    validUntil,
                    seqno,
                    messages);
          };
      Cell external = WalletTransfers.externalMessage(address, initWhileUndeployed(), body);
      return new SignedTransfer(external, body, seqno++, validUntil);
    }
  }

  /**
   * Signs {@code payload} as signMessage (W5 only): the v5r1 {@code internal_signed} request in an
   * internal message to the wallet itself, for a relayer to deliver. Consumes a seqno like a
   * transfer does.
   *
   * @throws UnsupportedOperationException for a v4r2 wallet, which cannot authorize internal
   *     messages
   * @throws IllegalArgumentException as {@link #signTransfer}
   */
  public SignedTransfer signInternalMessage(TransactionPayload payload) {
    if (contract != WalletContract.V5R1) {
      throw new UnsupportedOperationException(
          contract.version() + " cannot sign internal messages");
    }
    List<Cell> messages = messages(payload);
    synchronized (lock) {
      long validUntil = validUntil(payload);
      Cell body =
          WalletTransfers.v5r1Body(
              key,
              WalletTransfers.V5R1_SIGNED_INTERNAL,
              (int) walletId,
              validUntil,
              seqno,
              messages);
      Cell internal = WalletTransfers.internalToSelf(address, initWhileUndeployed(), body);
      return new SignedTransfer(internal, body, seqno++, validUntil);
    }
  }

  /**
   * What the wallet answers when the user approves {@code request} from the app at {@code
   * appDomain}: the signed result, or an error when a real wallet would refuse (wrong network or
   * account: 1; expired: 1; too many messages: 1; jetton/NFT items or signMessage on v4r2: 400).
   */
  public WalletResponse answer(AppRequest request, String appDomain) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(appDomain, "appDomain");
    try {
      return switch (request) {
        case AppRequest.SendTransaction send -> {
          Optional<WalletResponse> refused = refuse(send, send.payload());
          yield refused.orElseGet(
              () ->
                  success(send, new RpcResult.SentTransaction(signTransfer(send.payload()).boc())));
        }
        case AppRequest.SignMessage sign -> {
          if (contract != WalletContract.V5R1) {
            yield error(
                sign,
                WalletErrorCode.METHOD_NOT_SUPPORTED,
                contract.version() + " wallets cannot sign messages");
          }
          Optional<WalletResponse> refused = refuse(sign, sign.payload());
          yield refused.orElseGet(
              () ->
                  success(
                      sign,
                      new RpcResult.SignedMessage(signInternalMessage(sign.payload()).boc())));
        }
        case AppRequest.SignData sign -> {
          Optional<WalletResponse> refused =
              refuseAccount(sign, sign.payload().network(), sign.payload().from());
          yield refused.orElseGet(() -> success(sign, signData(sign.payload(), appDomain)));
        }
        case AppRequest.Disconnect disconnect -> success(disconnect, new RpcResult.Disconnected());
      };
    } catch (UnsupportedOperationException e) {
      return error(request, WalletErrorCode.METHOD_NOT_SUPPORTED, e.getMessage());
    } catch (IllegalArgumentException e) {
      return error(request, WalletErrorCode.BAD_REQUEST, e.getMessage());
    }
  }

  /** The answer when the user declines {@code request}: error 300. */
  public WalletResponse decline(AppRequest request) {
    return error(request, WalletErrorCode.USER_REJECTS, "User declined the request");
  }

  // ---- for WalletConnection ----

  WalletMessageCodec codec() {
    return codec;
  }

  Clock clock() {
    return clock;
  }

  /** A wallet event id: the clock in milliseconds, strictly increasing (as Tonkeeper). */
  long nextEventId() {
    synchronized (lock) {
      lastEventId = Math.max(lastEventId + 1, clock.millis());
      return lastEventId;
    }
  }

  Nonce nonce() {
    synchronized (lock) {
      return Nonce.random(random);
    }
  }

  SessionKeyPair newSessionKey() {
    synchronized (lock) {
      return SessionKeyPair.generate(random);
    }
  }

  // ---- internals ----

  private Cell initialData() {
    byte[] publicKey = key.publicKey().bytes().toByteArray();
    return switch (contract) {
      // seqno:uint32 subwallet_id:uint32 public_key:bits256 plugins:(HashmapE 256 ...) empty
      case V4R2 ->
          CellBuilder.beginCell()
              .storeUint(0, 32)
              .storeUint(walletId, 32)
              .storeBytes(publicKey)
              .storeBit(false)
              .endCell();
      // is_signature_allowed:1 seqno:uint32 wallet_id:int32 public_key:bits256 extensions:HashmapE
      case V5R1 ->
          CellBuilder.beginCell()
              .storeBit(true)
              .storeUint(0, 32)
              .storeInt(walletId, 32)
              .storeBytes(publicKey)
              .storeBit(false)
              .endCell();
      default -> throw new IllegalArgumentException("unsupported contract " + contract);
    };
  }

  private static DeviceInfo defaultDevice(WalletContract contract) {
    List<Feature> features = new ArrayList<>();
    features.add(new Feature.SendTransactionLegacy());
    features.add(
        new Feature.SendTransaction(
            java.util.OptionalInt.of(MAX_MESSAGES), Optional.of(true), Optional.empty()));
    features.add(Feature.SignData.of(SignDataType.TEXT, SignDataType.BINARY, SignDataType.CELL));
    if (contract == WalletContract.V5R1) {
      features.add(
          new Feature.SignMessage(
              java.util.OptionalInt.of(MAX_MESSAGES), Optional.of(true), Optional.empty()));
    }
    return new DeviceInfo("linux", "simwallet", "1.0.0", 2, features);
  }

  private Optional<StateInit> initWhileUndeployed() {
    return seqno == 0 ? Optional.of(stateInit) : Optional.empty();
  }

  private long validUntil(TransactionPayload payload) {
    if (payload.validUntil().isPresent()) {
      return payload.validUntil().getAsLong();
    }
    return clock.instant().plus(DEFAULT_VALIDITY).getEpochSecond();
  }

  private static List<Cell> messages(TransactionPayload payload) {
    if (payload.size() > MAX_MESSAGES) {
      throw new IllegalArgumentException(
          "at most " + MAX_MESSAGES + " messages, got " + payload.size());
    }
    List<OutgoingMessage> outgoing =
        switch (payload.body()) {
          case TransactionPayload.Body.Messages m ->
              m.messages().stream().map(OutgoingMessage::of).toList();
          case TransactionPayload.Body.Items items -> {
            List<OutgoingMessage> list = new ArrayList<>();
            for (StructuredItem item : items.items()) {
              if (!(item instanceof StructuredItem.Ton ton)) {
                throw new UnsupportedOperationException(
                    "the simulated wallet cannot resolve " + item.type().wireName() + " items");
              }
              list.add(OutgoingMessage.of(ton));
            }
            yield list;
          }
        };
    return outgoing.stream().map(WalletTransfers::internalMessage).toList();
  }

  private Optional<WalletResponse> refuse(AppRequest request, TransactionPayload payload) {
    Optional<WalletResponse> account = refuseAccount(request, payload.network(), payload.from());
    if (account.isPresent()) {
      return account;
    }
    long now = clock.instant().getEpochSecond();
    if (payload.validUntil().isPresent() && payload.validUntil().getAsLong() < now) {
      return Optional.of(error(request, WalletErrorCode.BAD_REQUEST, "request has expired"));
    }
    return Optional.empty();
  }

  private Optional<WalletResponse> refuseAccount(
      AppRequest request, Optional<Network> requestedNetwork, Optional<WireAddress> from) {
    if (requestedNetwork.isPresent() && !requestedNetwork.get().equals(network)) {
      return Optional.of(
          error(request, WalletErrorCode.BAD_REQUEST, "wallet is on network " + network.id()));
    }
    if (from.isPresent() && !from.get().address().equals(address)) {
      return Optional.of(
          error(request, WalletErrorCode.BAD_REQUEST, "request is for another account"));
    }
    return Optional.empty();
  }

  private static WalletResponse success(AppRequest request, RpcResult result) {
    return new WalletResponse.Success(request.id(), result);
  }

  private static WalletResponse error(AppRequest request, WalletErrorCode code, String message) {
    return new WalletResponse.Error(request.id(), WalletError.of(code, message));
  }

  /** Shows the address and contract; the seed is never shown. */
  @Override
  public String toString() {
    return "SimulatedWallet[" + contract.version() + " " + address.toRaw() + " on " + network + "]";
  }

  /** Configures a {@link SimulatedWallet}. Not thread-safe. */
  public static final class Builder {
    private final byte[] seed;
    private final WalletContract contract;
    private Network network = Network.MAINNET;
    private Optional<Long> subwalletId = Optional.empty();
    private Optional<DeviceInfo> device = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SecureRandom();
    private WalletMessageCodec codec = new JacksonWalletMessageCodec();
    private Optional<BridgeUrl> bridge = Optional.empty();
    private Optional<HttpClient> http = Optional.empty();
    private Duration retryDelay = Duration.ofMillis(500);
    private Duration openTimeout = Duration.ofSeconds(10);

    private Builder(byte[] seed, WalletContract contract) {
      Objects.requireNonNull(seed, "seed");
      if (seed.length != Ed25519KeyPair.SEED_LENGTH) {
        throw new IllegalArgumentException("seed must be 32 bytes, was " + seed.length);
      }
      if (contract != WalletContract.V4R2 && contract != WalletContract.V5R1) {
        throw new IllegalArgumentException("only V4R2 and V5R1 are simulated, not " + contract);
      }
      this.seed = seed.clone();
      this.contract = contract;
    }

    /** The network (default mainnet); W5 addresses depend on it. */
    public Builder network(Network value) {
      this.network = Objects.requireNonNull(value, "network");
      return this;
    }

    /**
     * The v4r2 {@code subwallet_id} (default 698983191) or the v5r1 subwallet number (0..32767,
     * default 0).
     */
    public Builder subwallet(long value) {
      this.subwalletId = Optional.of(value);
      return this;
    }

    /** The device info sent at connect (default: {@code simwallet} on linux, all features). */
    public Builder device(DeviceInfo value) {
      this.device = Optional.of(Objects.requireNonNull(value, "device"));
      return this;
    }

    /** The clock for proof/signData timestamps, validity and event ids (default system UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The source of session keys and nonces (default {@link SecureRandom}). */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /** The wire JSON codec (default {@link JacksonWalletMessageCodec}). */
    public Builder codec(WalletMessageCodec value) {
      this.codec = Objects.requireNonNull(value, "codec");
      return this;
    }

    /** The bridge the wallet uses (as a wallet's {@code bridge[type=sse].url}). */
    public Builder bridge(BridgeUrl value) {
      this.bridge = Optional.of(Objects.requireNonNull(value, "bridge"));
      return this;
    }

    /** The HTTP client (default: HTTP/1.1, 5 s connect timeout). */
    public Builder httpClient(HttpClient value) {
      this.http = Optional.of(Objects.requireNonNull(value, "httpClient"));
      return this;
    }

    /** The pause before a POST retry or an SSE reconnect (default 500 ms). */
    public Builder retryDelay(Duration value) {
      this.retryDelay = Objects.requireNonNull(value, "retryDelay");
      return this;
    }

    /** How long {@link #connect} waits for its SSE stream to open (default 10 s). */
    public Builder openTimeout(Duration value) {
      this.openTimeout = Objects.requireNonNull(value, "openTimeout");
      return this;
    }

    /** The wallet. */
    public SimulatedWallet build() {
      return new SimulatedWallet(this);
    }
  }
}
