package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * The answer to "can this wallet handle that request?", following the SDK's {@code
 * utils/feature-support.ts}.
 */
public sealed interface FeatureSupport
    permits FeatureSupport.Supported, FeatureSupport.Unsupported {

  /** Whether the request may be sent. */
  boolean isSupported();

  /**
   * The wallet advertises what is needed. {@code limitKnown} is false when it did not declare
   * {@code maxMessages} (the legacy string feature): the SDK sends anyway and only warns.
   */
  record Supported(boolean limitKnown) implements FeatureSupport {
    @Override
    public boolean isSupported() {
      return true;
    }
  }

  /** The wallet does not advertise what is needed; the SDK refuses to send. */
  record Unsupported(String reason) implements FeatureSupport {
    public Unsupported {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isSupported() {
      return false;
    }
  }
}
