package io.tcgateway.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionOwnerTest {

  @Test
  void keysSeparateChannels() {
    assertThat(SessionOwner.http("42").key()).isEqualTo("http:42");
    assertThat(SessionOwner.telegram(42).key()).isEqualTo("telegram:42");
    assertThat(SessionOwner.http("42")).isNotEqualTo(SessionOwner.telegram(42));
    assertThat(SessionOwner.http("user@example.com:1").userId()).isEqualTo("user@example.com:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a/b", "ü", "a\nb", "../etc"})
  void rejectsUserIdsThatCouldConfuseKeysOrPaths(String userId) {
    assertThatThrownBy(() -> SessionOwner.http(userId))
        .isInstanceOfSatisfying(
            SessionFormatException.class, e -> assertThat(e.field()).isEqualTo("userId"));
  }

  @Test
  void rejectsOverlongUserIds() {
    assertThatThrownBy(() -> SessionOwner.http("x".repeat(SessionOwner.MAX_USER_ID_LENGTH + 1)))
        .isInstanceOf(SessionFormatException.class);
    assertThat(SessionOwner.http("x".repeat(SessionOwner.MAX_USER_ID_LENGTH)).userId())
        .hasSize(128);
  }

  @Test
  void sessionIdsAre128RandomBitsInHex() {
    SessionId id = SessionId.random(new SplittableRandom(3));
    assertThat(id.value()).hasSize(32).matches("[0-9a-f]{32}");
    assertThat(SessionId.random(new SplittableRandom(3))).isEqualTo(id);
    assertThatThrownBy(() -> new SessionId("ABCDEF0123456789ABCDEF0123456789"))
        .isInstanceOf(SessionFormatException.class);
  }
}
