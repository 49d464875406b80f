package io.tcgateway.application.port.out;

import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;

/**
 * The text form in which durable stores (PostgreSQL, Redis) keep sessions, requests and events, so
 * every store writes the same documents and a reader need not know the domain's Java types.
 *
 * <p>Contract: decoding what was encoded gives an equal value; encoding is deterministic; a
 * session's document never contains its secret key (stores keep that sealed with {@link
 * SecretSealer}, beside the document) — only the public key; documents carry a format version so
 * later versions can read older rows; a document that cannot be read throws {@link
 * StoredDocumentException} naming the field.
 */
public interface StorageCodec {

  /** The session without its secret key. */
  String encodeSession(WalletSession session);

  /**
   * The session from its document and its key pair (decrypted by the store).
   *
   * @throws StoredDocumentException if the document is unreadable or its public key is not {@code
   *     keys}'
   */
  WalletSession decodeSession(String document, SessionKeyPair keys);

  /** A request with its payload and, once finished, its outcome. */
  String encodeRequest(WalletRequest request);

  /**
   * @throws StoredDocumentException if the document is unreadable
   */
  WalletRequest decodeRequest(String document);

  /** An owner event. */
  String encodeEvent(WalletNotifier.Event event);

  /**
   * @throws StoredDocumentException if the document is unreadable
   */
  WalletNotifier.Event decodeEvent(String document);
}
