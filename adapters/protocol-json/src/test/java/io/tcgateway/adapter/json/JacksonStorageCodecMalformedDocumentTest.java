package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.domain.crypto.SessionKeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that cannot be read: each is refused with a {@link StoredDocumentException} naming the
 * offending field, and nothing else escapes (no Jackson or domain exception), whatever the bytes.
 */
class JacksonStorageCodecMalformedDocumentTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JacksonStorageCodec CODEC = new JacksonStorageCodec();

  private static final String CONNECTED = CODEC.encodeSession(StorageFixtures.connectedSession());
  private static final String PENDING = CODEC.encodeSession(StorageFixtures.pendingSession());
  private static final String SIGN_DATA = CODEC.encodeRequest(StorageFixtures.completedSignData());
  private static final String REJECTED = CODEC.encodeRequest(StorageFixtures.rejectedRequest());
  private static final String EVENT_PENDING = CODEC.encodeEvent(StorageFixtures.events().get(0));
  private static final String EVENT_REJECTED = CODEC.encodeEvent(StorageFixtures.events().get(6));

  enum Kind {
    SESSION,
    REQUEST,
    EVENT
  }

  private static Object decode(Kind kind, String document) {
    return switch (kind) {
      case SESSION -> CODEC.decodeSession(document, StorageFixtures.KEYS);
      case REQUEST -> CODEC.decodeRequest(document);
      case EVENT -> CODEC.decodeEvent(document);
    };
  }

  private static Arguments refused(Kind kind, String document, String field) {
    return Arguments.of(kind, field, document);
  }

  private static String set(String document, String pointer, JsonNode value) {
    return edit(
        document,
        pointer,
        (parent, name) -> {
          if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(name), value);
          } else {
            ((ObjectNode) parent).set(name, value);
          }
        });
  }

  private static String set(String document, String pointer, String value) {
    return set(document, pointer, NODES.textNode(value));
  }

  private static String set(String document, String pointer, long value) {
    return set(document, pointer, NODES.numberNode(value));
  }

  private static String remove(String document, String pointer) {
    return edit(document, pointer, (parent, name) -> ((ObjectNode) parent).remove(name));
  }

  private interface Edit {
    void apply(JsonNode parent, String name);
  }

  private static String edit(String document, String pointer, Edit edit) {
    try {
      JsonNode root = MAPPER.readTree(document);
      JsonPointer path = JsonPointer.compile(pointer);
      JsonNode parent = root.at(path.head());
      assertThat(parent.isMissingNode()).as("%s exists in the fixture", pointer).isFalse();
      edit.apply(parent, path.last().getMatchingProperty());
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> malformedDocuments() {
    String otherKey = SessionKeyPair.generate(new SplittableRandom(5)).clientId();
    return Stream.of(
        // the document as a whole, and its version
        refused(Kind.SESSION, "{\"v\":1,", "$"),
        refused(Kind.SESSION, "[]", "$"),
        refused(Kind.SESSION, "", "$"),
        refused(Kind.SESSION, CONNECTED + "x", "$"),
        refused(Kind.SESSION, remove(CONNECTED, "/v"), "v"),
        refused(Kind.SESSION, set(CONNECTED, "/v", 2), "v"),
        refused(Kind.SESSION, set(CONNECTED, "/v", "1"), "v"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/v", 0), "v"),
        refused(Kind.EVENT, set(EVENT_PENDING, "/v", NODES.numberNode(1.5)), "v"),
        // session fields
        refused(Kind.SESSION, remove(CONNECTED, "/id"), "id"),
        refused(Kind.SESSION, set(CONNECTED, "/id", "ABC"), "id"),
        refused(Kind.SESSION, set(CONNECTED, "/owner", "alice"), "owner"),
        refused(Kind.SESSION, set(CONNECTED, "/owner/channel", "fax"), "owner.channel"),
        refused(Kind.SESSION, set(CONNECTED, "/owner/userId", "a b"), "owner.userId"),
        refused(Kind.SESSION, set(CONNECTED, "/clientId", otherKey), "clientId"),
        refused(Kind.SESSION, set(CONNECTED, "/clientId", "00"), "clientId"),
        refused(Kind.SESSION, remove(CONNECTED, "/state"), "state"),
        refused(Kind.SESSION, set(CONNECTED, "/state/kind", "paused"), "state.kind"),
        refused(
            Kind.SESSION, set(CONNECTED, "/state/walletClientId", "00"), "state.walletClientId"),
        refused(Kind.SESSION, set(CONNECTED, "/state/bridge", "ftp://x.example"), "state.bridge"),
        refused(Kind.SESSION, remove(CONNECTED, "/state/device/appName"), "state.device.appName"),
        refused(
            Kind.SESSION,
            set(CONNECTED, "/state/device/maxProtocolVersion", "two"),
            "state.device.maxProtocolVersion"),
        refused(
            Kind.SESSION, set(CONNECTED, "/state/account/address", "x"), "state.account.address"),
        refused(
            Kind.SESSION, set(CONNECTED, "/state/account/name", "something"), "state.account.name"),
        refused(
            Kind.SESSION, set(CONNECTED, "/state/proof/timestamp", "5"), "state.proof.timestamp"),
        refused(Kind.SESSION, remove(CONNECTED, "/state/proof/domain"), "state.proof.domain"),
        refused(Kind.SESSION, set(CONNECTED, "/nextRequestId", -1), "nextRequestId"),
        refused(Kind.SESSION, set(CONNECTED, "/nextRequestId", "7"), "nextRequestId"),
        refused(Kind.SESSION, set(CONNECTED, "/lastWalletEventId", -2), "lastWalletEventId"),
        refused(Kind.SESSION, set(CONNECTED, "/createdAt", "yesterday"), "createdAt"),
        refused(Kind.SESSION, set(CONNECTED, "/updatedAt", 1_700_000_000), "updatedAt"),
        refused(Kind.SESSION, set(CONNECTED, "/version", NODES.numberNode(1.5)), "version"),
        refused(Kind.SESSION, remove(PENDING, "/state/link"), "state.link"),
        refused(Kind.SESSION, set(PENDING, "/state/bridges", NODES.arrayNode()), "state.bridges"),
        refused(Kind.SESSION, set(PENDING, "/state/bridges/1", "not a url"), "state.bridges[1]"),
        refused(
            Kind.SESSION,
            set(PENDING, "/state/walletLinks/tonkeeper", 5),
            "state.walletLinks.tonkeeper"),
        refused(Kind.SESSION, set(PENDING, "/state/network", "main"), "state.network"),
        refused(
            Kind.SESSION,
            set(PENDING, "/state/requiredFeatures/0", NODES.objectNode()),
            "state.requiredFeatures[0]"),
        refused(Kind.SESSION, remove(PENDING, "/state/expiresAt"), "state.expiresAt"),
        // request fields
        refused(Kind.REQUEST, set(SIGN_DATA, "/ref", "x"), "ref"),
        refused(Kind.REQUEST, remove(SIGN_DATA, "/owner"), "owner"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/request/method", "transfer"), "request.method"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/request/id", "99"), "request.id"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/request/params/0", "not json"), "request.params[0]"),
        refused(
            Kind.REQUEST,
            set(SIGN_DATA, "/request/params/0", "{\"type\":\"text\"}"),
            "request.params[0].text"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/status/kind", "lost"), "status.kind"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/status/method", "teleport"), "status.method"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/status/method", "sendTransaction"), "status.result"),
        refused(
            Kind.REQUEST, remove(SIGN_DATA, "/status/result/signature"), "status.result.signature"),
        refused(
            Kind.REQUEST,
            set(SIGN_DATA, "/status/result/signature", "AAAA"),
            "status.result.signature"),
        refused(Kind.REQUEST, remove(SIGN_DATA, "/status/at"), "status.at"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/deadline", "soon"), "deadline"),
        refused(Kind.REQUEST, set(SIGN_DATA, "/version", -1), "version"),
        refused(Kind.REQUEST, set(REJECTED, "/status/error/code", "300"), "status.error.code"),
        refused(Kind.REQUEST, remove(REJECTED, "/status/error/message"), "status.error.message"),
        refused(Kind.REQUEST, set(REJECTED, "/status/error/dataJson", 1), "status.error.dataJson"),
        // event fields
        refused(Kind.EVENT, remove(EVENT_PENDING, "/type"), "type"),
        refused(Kind.EVENT, set(EVENT_PENDING, "/type", "connection.paused"), "type"),
        refused(Kind.EVENT, remove(EVENT_PENDING, "/sessionId"), "sessionId"),
        refused(Kind.EVENT, remove(EVENT_PENDING, "/link"), "link"),
        refused(Kind.EVENT, set(EVENT_PENDING, "/expiresAt", "later"), "expiresAt"),
        refused(Kind.EVENT, set(EVENT_REJECTED, "/ref", "bad"), "ref"),
        refused(Kind.EVENT, set(EVENT_REJECTED, "/method", "transfer"), "method"),
        refused(Kind.EVENT, set(EVENT_REJECTED, "/code", 3_000_000_000L), "code"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("malformedDocuments")
  void malformedDocumentIsRefusedNamingTheField(Kind kind, String field, String document) {
    Throwable thrown = catchThrowable(() -> decode(kind, document));

    assertThat(thrown).isInstanceOf(StoredDocumentException.class);
    StoredDocumentException refused = (StoredDocumentException) thrown;
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.getMessage()).startsWith(field + ": ");
  }

  @Test
  void unknownVersionSaysWhichVersionsAreRead() {
    assertThatThrownBy(() -> CODEC.decodeRequest(set(SIGN_DATA, "/v", 2)))
        .isInstanceOf(StoredDocumentException.class)
        .hasMessage("v: unknown format version 2 (this gateway reads 1) (request document)");
  }

  @Test
  void aSessionReadWithTheWrongKeysIsRefused() {
    SessionKeyPair other = SessionKeyPair.generate(new SplittableRandom(9));

    assertThatThrownBy(() -> CODEC.decodeSession(CONNECTED, other))
        .isInstanceOf(StoredDocumentException.class)
        .hasMessageStartingWith("clientId: is not the public key of the session's key pair");
  }

  @Test
  void unknownFieldsAreIgnored() {
    String extended = set(CONNECTED, "/later", "added by a newer writer");

    assertThat(CODEC.decodeSession(extended, StorageFixtures.KEYS))
        .isEqualTo(StorageFixtures.connectedSession());
  }

  /** Truncations and byte changes of valid documents: decoded or refused, never another error. */
  @Test
  void damagedDocumentsNeverThrowAnythingButTheStoredDocumentException() {
    List<Object[]> documents = new ArrayList<>();
    StorageFixtures.sessions()
        .forEach(s -> documents.add(new Object[] {Kind.SESSION, CODEC.encodeSession(s)}));
    StorageFixtures.requests()
        .forEach(r -> documents.add(new Object[] {Kind.REQUEST, CODEC.encodeRequest(r)}));
    StorageFixtures.events()
        .forEach(e -> documents.add(new Object[] {Kind.EVENT, CODEC.encodeEvent(e)}));
    SplittableRandom random = new SplittableRandom(42);
    String alphabet = "{}[]\",:0123456789-.eE \\ntruefalsnulxyzA+/=";
    int checked = 0;
    for (Object[] entry : documents) {
      Kind kind = (Kind) entry[0];
      String document = (String) entry[1];
      List<String> damaged = new ArrayList<>();
      for (int end = 0; end < document.length(); end += 1 + document.length() / 60) {
        damaged.add(document.substring(0, end));
      }
      for (int i = 0; i < 60; i++) {
        int at = random.nextInt(document.length());
        char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
        damaged.add(document.substring(0, at) + replacement + document.substring(at + 1));
      }
      for (String text : damaged) {
        Throwable thrown = catchThrowable(() -> decode(kind, text));
        if (thrown != null) {
          assertThat(thrown).as(text).isInstanceOf(StoredDocumentException.class);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
