package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bridge that records what it is asked to do. {@link #answer} decides how a send ends (delivered
 * by default; refused, given up, failed, or left open for the test to complete); {@link #onSend}
 * runs inside {@link #send}, where a test checks what the stores hold at that moment.
 */
final class RecordingWalletBridge implements WalletBridge {
  private final List<OutgoingMessage> sent = new ArrayList<>();
  private final List<Release> released = new ArrayList<>();
  private final List<Release> resumed = new ArrayList<>();
  volatile Function<OutgoingMessage, CompletionStage<SendOutcome>> answer =
      message -> CompletableFuture.completedFuture(new SendOutcome.Delivered(1));
  volatile Consumer<OutgoingMessage> onSend = message -> {};

  @Override
  public CompletionStage<SendOutcome> send(OutgoingMessage message) {
    synchronized (this) {
      sent.add(message);
    }
    onSend.accept(message);
    return answer.apply(message);
  }

  @Override
  public CompletionStage<Void> subscribe(BridgeUrl bridge, SessionPublicKey clientId) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<Void> resume(BridgeUrl bridge, SessionPublicKey clientId) {
    resumed.add(new Release(bridge, clientId));
    return CompletableFuture.completedFuture(null);
  }

  /** The subscriptions resumed so far, in order (as bridge + client id pairs). */
  synchronized List<Release> resumed() {
    return List.copyOf(resumed);
  }

  @Override
  public void unsubscribe(BridgeUrl bridge, SessionPublicKey clientId) {}

  @Override
  public synchronized void release(BridgeUrl bridge, SessionPublicKey clientId) {
    released.add(new Release(bridge, clientId));
  }

  synchronized List<OutgoingMessage> sent() {
    return List.copyOf(sent);
  }

  synchronized List<Release> released() {
    return List.copyOf(released);
  }

  /** Answers every send with {@code outcome}. */
  void answerWith(SendOutcome outcome) {
    answer = message -> CompletableFuture.completedFuture(outcome);
  }
}
