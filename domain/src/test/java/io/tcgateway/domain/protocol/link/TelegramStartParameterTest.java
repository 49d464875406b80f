package io.tcgateway.domain.protocol.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramStartParameterTest {

  @Test
  void encodesLikeTheSdk() {
    // encodeTelegramUrlParameters("v=2&trace_id=0190e1c2-3f4a&r=%7B") from @tonconnect/sdk 3.4.1
    assertThat(TelegramStartParameter.encode("v=2&trace_id=0190e1c2-3f4a&r=%7B"))
        .isEqualTo("v__2-trace--5Fid__0190e1c2--2D3f4a-r__--7B");
    assertThat(TelegramStartParameter.encode("ret=back")).isEqualTo("ret__back");
    assertThat(TelegramStartParameter.encode("a.b")).isEqualTo("a--2Eb");
  }

  @Test
  void decodesBack() {
    String query = "v=2&id=ab&trace_id=0190e1c2-3f4a&r=%7B%22a.b_c-d%22%7D&ret=back";
    assertThat(TelegramStartParameter.decode(TelegramStartParameter.encode(query)))
        .isEqualTo(query);
  }
}
