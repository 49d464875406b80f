package io.tcgateway.domain.session;

import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.RpcMethod;
import java.time.Instant;
import java.util.Objects;

/**
 * An RPC request sent to a session's wallet, kept until it is answered and for a while after
 * (protocol.md §5): stored <em>before</em> it leaves, so an answer that arrives later — even after
 * a restart — finds it. Immutable; the one transition, pending → final, returns {@code version + 1}
 * for optimistic writes.
 *
 * @param ref the session and the request's RPC id
 * @param owner whose session it is (requests are read by their owner only)
 * @param request exactly what was sent (the payload is needed to check a {@code signData} echo)
 * @param deadline when the request expires unanswered ({@code valid_until}, or the default timeout)
 */
public record WalletRequest(
    RequestRef ref,
    SessionOwner owner,
    AppRequest request,
    RequestStatus status,
    Instant createdAt,
    Instant deadline,
    long version) {

  public WalletRequest {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(deadline, "deadline");
    if (!request.id().equals(ref.requestId())) {
      throw new IllegalArgumentException("request id " + request.id() + " is not " + ref);
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative");
    }
  }

  /** A request about to be sent in {@code session}. */
  public static WalletRequest pending(
      WalletSession session, AppRequest request, Instant now, Instant deadline) {
    return new WalletRequest(
        new RequestRef(session.id(), request.id()),
        session.owner(),
        request,
        new RequestStatus.Pending(),
        now,
        deadline,
        0);
  }

  /** The RPC method. */
  public RpcMethod method() {
    return request.method();
  }

  /** Whether it still waits for an answer. */
  public boolean isPending() {
    return status instanceof RequestStatus.Pending;
  }

  /** When it last changed: when it was finished, or created while pending. */
  public Instant changedAt() {
    return switch (status) {
      case RequestStatus.Pending pending -> createdAt;
      case RequestStatus.Completed completed -> completed.at();
      case RequestStatus.Rejected rejected -> rejected.at();
      case RequestStatus.Failed failed -> failed.at();
      case RequestStatus.Expired expired -> expired.at();
    };
  }

  /** Whether it waits for an answer past its deadline at {@code now}. */
  public boolean isOverdueAt(Instant now) {
    return isPending() && !now.isBefore(deadline);
  }

  /**
   * Pending → {@code outcome} (completed, rejected, failed or expired).
   *
   * @throws SessionStateException if the request is already final, or {@code outcome} is pending
   */
  public WalletRequest finish(RequestStatus outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (!isPending()) {
      throw new SessionStateException("request " + ref + " is already " + status.name());
    }
    if (!outcome.isFinal()) {
      throw new SessionStateException("a request can only be finished with a final status");
    }
    return new WalletRequest(ref, owner, request, outcome, createdAt, deadline, version + 1);
  }

  @Override
  public String toString() {
    return "WalletRequest[" + ref + ", " + request.method().wireName() + ", " + status.name() + "]";
  }
}
