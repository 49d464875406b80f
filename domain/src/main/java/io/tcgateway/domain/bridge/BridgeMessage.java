package io.tcgateway.domain.bridge;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bridge delivers in an SSE event's {@code data}: {@code {"from":"<client id>",
 * "message":"<standard base64 of nonce || tag || ciphertext>","trace_id":"..."}} (Bridge API;
 * reference bridge {@code BridgeMessage}). The recipient is not named: on a stream that carries
 * several client ids, the receiver finds it from {@code from} or by trying the candidates' keys.
 *
 * @param from the sender's client id
 * @param ciphertext the decoded {@code message}: the NaCl box wire bytes, not yet opened
 * @param traceId the optional {@code trace_id}, passed through for correlation
 */
public record BridgeMessage(SessionPublicKey from, Bytes ciphertext, Optional<String> traceId) {

  public BridgeMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(traceId, "traceId");
  }
}
