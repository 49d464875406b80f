package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.SessionId;
import java.time.Instant;
import java.util.Map;

/**
 * A connection offered: the link to show (as a QR code or a button), per-wallet links for a
 * universal connect, and until when it stands.
 */
public record StartConnectionResult(
    SessionId sessionId, String link, Map<String, String> walletLinks, Instant expiresAt) {

  public StartConnectionResult {
    walletLinks = Map.copyOf(walletLinks);
  }
}
