package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * The {@code result} of a successful RPC answer, typed by the method it answers (protocol.md §5). A
 * result decoded without knowing the method is {@link Untyped}; the codec types it once the caller
 * says which request it answers.
 */
public sealed interface RpcResult
    permits RpcResult.SentTransaction,
        RpcResult.SignedMessage,
        SignDataResult,
        RpcResult.Disconnected,
        RpcResult.Untyped {

  /** sendTransaction: {@code "result":"<base64 BoC of the signed external-in message>"}. */
  record SentTransaction(BocBase64 boc) implements RpcResult {
    public SentTransaction {
      if (boc == null) {
        throw new ProtocolFormatException.MissingField("result");
      }
    }
  }

  /**
   * signMessage: {@code "result":{"internalBoc":"<base64 BoC of the signed internal message>"}}.
   */
  record SignedMessage(BocBase64 internalBoc) implements RpcResult {
    public SignedMessage {
      if (internalBoc == null) {
        throw new ProtocolFormatException.MissingField("internalBoc");
      }
    }
  }

  /** disconnect: {@code "result":{}}. */
  record Disconnected() implements RpcResult {}

  /**
   * A result not typed yet: the JSON text of the {@code result} value (compact, as {@code
   * JSON.stringify(JSON.parse(...))} would write it). The domain does not read it; {@code
   * WalletMessageCodec} types it for a given method.
   */
  record Untyped(String json) implements RpcResult {
    public Untyped {
      Objects.requireNonNull(json, "json");
    }
  }
}
