package io.tcgateway.domain.verify;

import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code signData} result together with what identifies the signer when no connect-time key is at
 * hand (a frontend relaying a result, an operator checking one): the account and its state init.
 *
 * @param address the connected account that should have signed
 * @param publicKeyHex the account's {@code publicKey} hint; never trusted, only compared
 * @param stateInitBase64 the account's state init BoC, base64
 * @param result the wallet's result
 * @param sent the payload the app sent, if known; the echo in {@code result} must carry the same
 *     data
 */
public record SignDataSubmission(
    Address address,
    Optional<String> publicKeyHex,
    Optional<String> stateInitBase64,
    SignDataResult result,
    Optional<SignDataPayload> sent) {

  public SignDataSubmission {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(publicKeyHex, "publicKeyHex");
    Objects.requireNonNull(stateInitBase64, "stateInitBase64");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(sent, "sent");
  }
}
