package io.tcgateway.domain.session;

import java.util.Locale;
import java.util.Objects;

/**
 * Who a session belongs to: a channel and the user's id in that channel ({@code http:alice}, {@code
 * telegram:123456}). Every use case acts only on the caller's own owner; one owner has at most one
 * wallet connection.
 *
 * @param channel where the user comes from
 * @param userId the user's id there: 1–128 characters of {@code A-Z a-z 0-9 . _ - @ :}
 */
public record SessionOwner(Channel channel, String userId) {
  /** Longest user id accepted. */
  public static final int MAX_USER_ID_LENGTH = 128;

  /** The channels users reach the gateway through. */
  public enum Channel {
    HTTP,
    TELEGRAM;

    /** Lowercase name, as in {@link SessionOwner#key()}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SessionOwner {
    Objects.requireNonNull(channel, "channel");
    if (userId == null || userId.isEmpty()) {
      throw new SessionFormatException("userId", "is empty");
    }
    if (userId.length() > MAX_USER_ID_LENGTH) {
      throw new SessionFormatException(
          "userId", "is longer than " + MAX_USER_ID_LENGTH + " characters");
    }
    for (int i = 0; i < userId.length(); i++) {
      char c = userId.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-'
              || c == '@'
              || c == ':';
      if (!allowed) {
        throw new SessionFormatException("userId", "has a forbidden character at index " + i);
      }
    }
  }

  /** A user of the HTTP API. */
  public static SessionOwner http(String userId) {
    return new SessionOwner(Channel.HTTP, userId);
  }

  /** A Telegram user. */
  public static SessionOwner telegram(long telegramUserId) {
    return new SessionOwner(Channel.TELEGRAM, Long.toString(telegramUserId));
  }

  /** {@code <channel>:<userId>}, unique across channels. */
  public String key() {
    return channel.key() + ":" + userId;
  }

  @Override
  public String toString() {
    return key();
  }
}
