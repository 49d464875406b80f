package io.tcgateway.adapter.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored format, pinned by checked-in documents ({@code src/test/resources/storage/v1}): the
 * codec must write exactly these bytes for the fixtures, and read them back to the fixtures. Rows
 * written by an older gateway stay readable only while these files still decode, so a change here
 * needs a new format version, not an edited file.
 *
 * <p>To write the files after a deliberate, versioned change: {@code -Dstorage.golden.update=true}
 * (from the module directory), then review the diff.
 */
class JacksonStorageCodecGoldenDocumentTest {
  private static final String DIR = "storage/v1/";
  private static final boolean UPDATE = Boolean.getBoolean("storage.golden.update");
  private final JacksonStorageCodec codec = new JacksonStorageCodec();

  static Stream<Arguments> sessions() {
    return Stream.of(
        Arguments.of("session-pending.json", StorageFixtures.pendingSession()),
        Arguments.of("session-connected.json", StorageFixtures.connectedSession()),
        Arguments.of("session-failed.json", StorageFixtures.failedSession()),
        Arguments.of("session-expired.json", StorageFixtures.expiredSession()));
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("request-pending.json", StorageFixtures.pendingRequest()),
        Arguments.of(
            "request-completed-sendTransaction.json", StorageFixtures.completedSendTransaction()),
        Arguments.of("request-completed-signData.json", StorageFixtures.completedSignData()),
        Arguments.of("request-completed-signMessage.json", StorageFixtures.completedSignMessage()),
        Arguments.of("request-completed-disconnect.json", StorageFixtures.completedDisconnect()),
        Arguments.of("request-rejected.json", StorageFixtures.rejectedRequest()),
        Arguments.of("request-failed.json", StorageFixtures.failedRequest()),
        Arguments.of("request-expired.json", StorageFixtures.expiredRequest()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void sessionIsWrittenAndReadExactlyAsTheGoldenDocument(String file, WalletSession session) {
    String golden = golden(file, codec.encodeSession(session));

    assertThat(codec.encodeSession(session)).isEqualTo(golden);
    assertThat(codec.decodeSession(golden, StorageFixtures.KEYS)).isEqualTo(session);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void requestIsWrittenAndReadExactlyAsTheGoldenDocument(String file, WalletRequest request) {
    String golden = golden(file, codec.encodeRequest(request));

    assertThat(codec.encodeRequest(request)).isEqualTo(golden);
    assertThat(codec.decodeRequest(golden)).isEqualTo(request);
  }

  /** One line per event variant, in the order of {@link StorageFixtures#events()}. */
  @Test
  void eventsAreWrittenAndReadExactlyAsTheGoldenDocuments() {
    List<Event> events = StorageFixtures.events();
    String written = events.stream().map(codec::encodeEvent).collect(Collectors.joining("\n"));
    List<String> golden = golden("events.jsonl", written).lines().toList();

    assertThat(events.stream().map(codec::encodeEvent)).containsExactlyElementsOf(golden);
    assertThat(golden.stream().map(codec::decodeEvent)).containsExactlyElementsOf(events);
  }

  /** The checked-in document (without its final newline); writes it first when updating. */
  private static String golden(String file, String written) {
    if (UPDATE) {
      try {
        Path path = Path.of("src/test/resources", DIR, file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, written + "\n", UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return written;
    }
    try (InputStream in =
        JacksonStorageCodecGoldenDocumentTest.class.getResourceAsStream("/" + DIR + file)) {
      assertThat(in).as("golden document %s%s", DIR, file).isNotNull();
      String text = new String(in.readAllBytes(), UTF_8);
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
