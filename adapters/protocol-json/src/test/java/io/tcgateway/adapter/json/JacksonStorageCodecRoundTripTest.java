package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every session state, request status and owner event: decoded equal, encoded deterministically.
 */
class JacksonStorageCodecRoundTripTest {
  private final JacksonStorageCodec codec = new JacksonStorageCodec();

  static Stream<Named<WalletSession>> sessions() {
    return StorageFixtures.sessions().stream().map(s -> Named.of(describe(s), s));
  }

  static Stream<Named<WalletRequest>> requests() {
    return StorageFixtures.requests().stream()
        .map(r -> Named.of(r.method().wireName() + " " + r.status().name(), r));
  }

  static Stream<Named<Event>> events() {
    return StorageFixtures.events().stream().map(e -> Named.of(e.type(), e));
  }

  private static String describe(WalletSession session) {
    return session.state().getClass().getSimpleName() + " v" + session.version();
  }

  @ParameterizedTest
  @MethodSource("sessions")
  void sessionDecodesToAnEqualValue(WalletSession session) {
    String document = codec.encodeSession(session);

    WalletSession decoded = codec.decodeSession(document, session.keys());

    assertThat(decoded).isEqualTo(session);
    assertThat(decoded.state()).isEqualTo(session.state());
    assertThat(decoded.updatedAt()).isEqualTo(session.updatedAt());
  }

  @ParameterizedTest
  @MethodSource("sessions")
  void sessionEncodingIsDeterministic(WalletSession session) {
    String document = codec.encodeSession(session);

    assertThat(codec.encodeSession(session)).isEqualTo(document);
    assertThat(codec.encodeSession(codec.decodeSession(document, session.keys())))
        .isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("sessions")
  void sessionDocumentNeverContainsTheSecretKey(WalletSession session) {
    String document = codec.encodeSession(session);

    byte[] secret = session.keys().secretKey();
    for (String form : secretForms(secret)) {
      assertThat(document).as("secret key as %s", form).doesNotContain(form);
    }
    assertThat(document).contains(session.clientId().clientId());
  }

  /** Hex (both cases), base64 and base64url (padded or not) of the key. */
  static List<String> secretForms(byte[] secret) {
    String hex = Hex.encode(secret);
    List<String> forms = new ArrayList<>();
    forms.add(hex);
    forms.add(hex.toUpperCase(Locale.ROOT));
    forms.add(Base64.getEncoder().encodeToString(secret));
    forms.add(Base64.getEncoder().withoutPadding().encodeToString(secret));
    forms.add(Base64.getUrlEncoder().encodeToString(secret));
    forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    // Any 8-byte window of the key, so a key written split or shifted is caught too.
    for (int i = 0; i + 8 <= secret.length; i++) {
      forms.add(hex.substring(2 * i, 2 * i + 16));
    }
    return forms;
  }

  @Test
  void unorderedCollectionsAreWrittenInOneOrderWhateverTheirIterationOrder() {
    PendingConnection original = StorageFixtures.pendingConnection();
    Map<String, String> reversedLinks = new LinkedHashMap<>();
    List<String> appNames = new ArrayList<>(original.walletLinks().keySet());
    java.util.Collections.reverse(appNames);
    appNames.forEach(name -> reversedLinks.put(name, original.walletLinks().get(name)));
    Set<String> features =
        new LinkedHashSet<>(List.of("SignMessage", "SignData", "SendTransaction"));
    PendingConnection reordered =
        new PendingConnection(
            original.link(),
            reversedLinks,
            original.bridges(),
            original.walletAppName(),
            original.proofPayload(),
            original.network(),
            features,
            original.expiresAt());

    String a = codec.encodeSession(StorageFixtures.session(new SessionState.Pending(original)));
    String b = codec.encodeSession(StorageFixtures.session(new SessionState.Pending(reordered)));

    assertThat(b).isEqualTo(a);
    assertThat(a)
        .contains("\"requiredFeatures\":[\"SendTransaction\",\"SignData\",\"SignMessage\"]")
        .contains("\"walletLinks\":{\"mytonwallet\":");
  }

  @Test
  void bridgesKeepTheirOrder() {
    String document = codec.encodeSession(StorageFixtures.pendingSession());

    assertThat(document)
        .contains(
            "\"bridges\":[\"https://bridge.tonapi.io/bridge\","
                + "\"https://walletbot.me/tonconnect-bridge\"]");
  }

  @Test
  void sessionsWithOtherKeysGiveOtherDocumentsOnlyInTheClientId() {
    WalletSession session = StorageFixtures.connectedSession();
    SessionKeyPair other = SessionKeyPair.generate(new SplittableRandom(1));
    WalletSession rekeyed =
        new WalletSession(
            session.id(),
            session.owner(),
            other,
            session.state(),
            session.nextRequestId(),
            session.lastWalletEventId(),
            session.createdAt(),
            session.updatedAt(),
            session.version());

    assertThat(codec.encodeSession(rekeyed))
        .isEqualTo(
            codec.encodeSession(session).replace(session.clientId().clientId(), other.clientId()));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestDecodesToAnEqualValue(WalletRequest request) {
    String document = codec.encodeRequest(request);

    assertThat(codec.decodeRequest(document)).isEqualTo(request);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestEncodingIsDeterministic(WalletRequest request) {
    String document = codec.encodeRequest(request);

    assertThat(codec.encodeRequest(request)).isEqualTo(document);
    assertThat(codec.encodeRequest(codec.decodeRequest(document))).isEqualTo(document);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestDocumentCarriesTheRequestInItsWireForm(WalletRequest request) {
    String wire = new JacksonWalletMessageCodec().encodeAppRequest(request.request());

    assertThat(codec.encodeRequest(request)).contains("\"request\":" + wire + ",");
  }

  @ParameterizedTest
  @MethodSource("events")
  void eventDecodesToAnEqualValue(Event event) {
    String document = codec.encodeEvent(event);

    Event decoded = codec.decodeEvent(document);

    assertThat(decoded).isEqualTo(event);
    assertThat(decoded.key()).isEqualTo(event.key());
  }

  @ParameterizedTest
  @MethodSource("events")
  void eventEncodingIsDeterministic(Event event) {
    String document = codec.encodeEvent(event);

    assertThat(codec.encodeEvent(event)).isEqualTo(document);
    assertThat(codec.encodeEvent(codec.decodeEvent(document))).isEqualTo(document);
    assertThat(document).startsWith("{\"v\":1,\"type\":\"" + event.type() + "\",");
  }

  @Test
  void everyEventVariantIsCovered() {
    Set<Class<?>> covered = new LinkedHashSet<>();
    StorageFixtures.events().forEach(e -> covered.add(e.getClass()));
    Set<Class<?>> variants = new LinkedHashSet<>();
    for (Class<?> sub : Event.class.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        variants.addAll(List.of(sub.getPermittedSubclasses()));
      } else {
        variants.add(sub);
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(variants);
  }
}
