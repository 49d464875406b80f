package io.tcgateway.domain.session;

import io.tcgateway.domain.bytes.Hex;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The gateway's own id of a session: 32 lowercase hex characters (128 random bits). */
public record SessionId(String value) {

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (value.length() != 32
        || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new SessionFormatException("sessionId", "must be 32 lowercase hex characters");
    }
  }

  /** A fresh id from {@code random} (the application passes a secure generator). */
  public static SessionId random(RandomGenerator random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return new SessionId(Hex.encode(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
