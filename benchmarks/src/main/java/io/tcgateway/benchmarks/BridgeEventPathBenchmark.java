package io.tcgateway.benchmarks;

import io.tcgateway.adapter.bridge.BridgeFrames;
import io.tcgateway.adapter.bridge.BridgeSignal;
import io.tcgateway.adapter.bridge.SseFrame;
import io.tcgateway.adapter.bridge.SseParser;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bridge client's per-event work without the network: the bytes of one reference-bridge SSE
 * event (CRLF, {@code id}, JSON envelope with a 300-byte message) parsed by {@link SseParser},
 * interpreted by {@link BridgeFrames} (JSON, client id, base64) and the ciphertext opened with the
 * session's cached box key. One operation = one wallet event made ready for the application.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BridgeEventPathBenchmark {
  private byte[] eventBytes;
  private NaclBox appSide;
  private SseParser parser;
  private Blackhole sink;

  @Setup
  public void setUp(Blackhole blackhole) {
    SplittableRandom random = new SplittableRandom(11);
    SessionKeyPair app = SessionKeyPair.generate(random);
    SessionKeyPair wallet = SessionKeyPair.generate(random);
    appSide = NaclBox.between(app, wallet.publicKey());
    byte[] plaintext = new byte[300];
    random.nextBytes(plaintext);
    byte[] sealed = NaclBox.between(wallet, app.publicKey()).seal(plaintext, Nonce.random(random));
    String event =
        "event: message\r\nid: 1756974843535448\r\ndata: {\"from\":\""
            + wallet.publicKey().clientId()
            + "\",\"message\":\""
            + Base64s.encodeStandard(sealed)
            + "\",\"trace_id\":\"0199a3c2-7d4e-7000-8000-000000000000\"}\r\n\r\n";
    eventBytes = event.getBytes(StandardCharsets.UTF_8);
    sink = blackhole;
    parser = new SseParser(this::handle, 1 << 16, 1 << 20);
  }

  private void handle(SseFrame frame) {
    if (BridgeFrames.interpret(frame) instanceof BridgeSignal.Delivery delivery) {
      sink.consume(appSide.open(delivery.message().ciphertext().toByteArray()));
    } else {
      throw new IllegalStateException("benchmark event is not a delivery");
    }
  }

  /** Parse, interpret and open one event. */
  @Benchmark
  public void parseInterpretAndOpen() {
    parser.feed(eventBytes);
  }
}
