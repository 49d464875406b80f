package io.tcgateway.adapter.json;

import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link StorageCodec} on Jackson: compact, versioned JSON documents ({@code {"v":1,...}}) with a
 * fixed key order, protocol parts (app requests, results, device info, the {@code ton_addr} reply)
 * in their TON Connect wire form, instants as ISO-8601 text with every fraction digit they have. A
 * session's document holds its public key ({@code clientId}), never the secret key. Every failure
 * to read is a {@link StoredDocumentException} whose {@link StoredDocumentException#field()} is the
 * offending field's path. Stateless and thread-safe. See ADR 0008 for the format.
 */
public final class JacksonStorageCodec implements StorageCodec {

  @Override
  public String encodeSession(WalletSession session) {
    return StorageWriter.session(Objects.requireNonNull(session, "session"));
  }

  @Override
  public WalletSession decodeSession(String document, SessionKeyPair keys) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(keys, "keys");
    return read("session", () -> StorageReader.session(document, keys));
  }

  @Override
  public String encodeRequest(WalletRequest request) {
    return StorageWriter.request(Objects.requireNonNull(request, "request"));
  }

  @Override
  public WalletRequest decodeRequest(String document) {
    Objects.requireNonNull(document, "document");
    return read("request", () -> StorageReader.request(document));
  }

  @Override
  public String encodeEvent(WalletNotifier.Event event) {
    return StorageWriter.event(Objects.requireNonNull(event, "event"));
  }

  @Override
  public WalletNotifier.Event decodeEvent(String document) {
    Objects.requireNonNull(document, "document");
    return read("event", () -> StorageReader.event(document));
  }

  // The reader reports fields as ProtocolFormatException; domain constructors it calls may throw
  // other IllegalArgumentExceptions (and invariants IllegalStateException). None of them leaves.
  private static <T> T read(String kind, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (ProtocolFormatException e) {
      throw new StoredDocumentException(e.field(), e.reason() + " (" + kind + " document)", e);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw new StoredDocumentException(
          StoredDocumentException.ROOT, "unreadable " + kind + " document: " + e.getMessage(), e);
    }
  }
}
