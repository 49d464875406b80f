package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.DEFAULT_TIMEOUT;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.GetRequestQuery;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetRequestServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private static final SessionOwner BOB = SessionOwner.http("bob");
  private final GatewayFixture gateway = new GatewayFixture();
  private final Connection alice = gateway.connect(ALICE);
  private final SentRequestResult sent =
      gateway.signData.signData(new SignDataCommand(ALICE, SignDataPayload.Text.of("hi")));

  private Optional<WalletRequest> get(SessionOwner owner, RequestRef ref) {
    return gateway.getRequest.getRequest(new GetRequestQuery(owner, ref));
  }

  @Test
  void anotherOwnersRequestReadsAsAbsent() {
    gateway.connect(BOB);
    assertThat(get(BOB, sent.ref())).isEmpty();
    assertThat(get(new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice"), sent.ref())).isEmpty();
    assertThat(get(ALICE, sent.ref())).isPresent();
  }

  @Test
  void anUnknownRequestReadsAsAbsent() {
    assertThat(get(ALICE, new RequestRef(alice.id(), RequestId.of(99)))).isEmpty();
  }

  @Test
  void aPendingRequestReadsPendingUntilItsDeadlineAndExpiredFromThen() {
    Instant deadline = NOW.plus(DEFAULT_TIMEOUT);
    gateway.clock.set(deadline.minusMillis(1));
    assertThat(get(ALICE, sent.ref()).orElseThrow().status())
        .isEqualTo(new RequestStatus.Pending());
    gateway.clock.set(deadline.plusSeconds(30));
    assertThat(get(ALICE, sent.ref()).orElseThrow().status())
        .isEqualTo(new RequestStatus.Expired(deadline));
    // Reading changes nothing: the sweep expires it (and reports it).
    assertThat(gateway.requests.find(sent.ref()).orElseThrow().isPending()).isTrue();
    assertThat(gateway.log.entries).isEmpty();
  }

  @Test
  void aFinishedRequestReadsAsStoredAfterItsDeadline() {
    gateway.answer(
        alice,
        new WalletResponse.Error(
            sent.ref().requestId(), new WalletError(300, "no", Optional.empty())));
    gateway.clock.set(NOW.plus(DEFAULT_TIMEOUT).plusSeconds(1));
    assertThat(get(ALICE, sent.ref())).contains(gateway.requests.find(sent.ref()).orElseThrow());
    assertThat(get(ALICE, sent.ref()).orElseThrow().status())
        .isInstanceOf(RequestStatus.Rejected.class);
  }
}
