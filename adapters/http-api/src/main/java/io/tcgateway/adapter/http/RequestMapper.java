package io.tcgateway.adapter.http;

import io.tcgateway.adapter.http.dto.ErrorResponse;
import io.tcgateway.adapter.http.dto.RequestResponse;
import io.tcgateway.adapter.http.dto.SentRequestResponse;
import io.tcgateway.adapter.http.dto.SignDataResultResponse;
import io.tcgateway.adapter.http.dto.SignedMessageResultResponse;
import io.tcgateway.adapter.http.dto.TransactionResultResponse;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.WalletRequest;

/**
 * Requests → JSON: the 202 of a sent request, and a stored request with its outcome ({@code {boc}}
 * for sendTransaction, {@code {signature, address, timestamp, domain, payload, verified}} for
 * signData, {@code {internalBoc}} for signMessage; {@code error} for rejected and failed ones).
 */
final class RequestMapper {
  private RequestMapper() {}

  static SentRequestResponse toResponse(SentRequestResult sent) {
    return new SentRequestResponse(sent.ref().value(), "pending", Fields.time(sent.deadline()));
  }

  static RequestResponse toResponse(WalletRequest request) {
    RequestStatus status = request.status();
    Object result =
        status instanceof RequestStatus.Completed completed ? result(completed.result()) : null;
    ErrorResponse error =
        switch (status) {
          case RequestStatus.Rejected rejected ->
              new ErrorResponse(
                  "wallet-" + rejected.error().code(),
                  rejected.error().message(),
                  rejected.error().code());
          case RequestStatus.Failed failed ->
              new ErrorResponse(
                  failed.code(),
                  failed.message(),
                  failed.walletCode() >= 0 ? failed.walletCode() : null);
          default -> null;
        };
    return new RequestResponse(
        request.ref().value(),
        request.method().wireName(),
        status.name(),
        result,
        error,
        Fields.time(request.createdAt()),
        Fields.time(request.deadline()),
        status.isFinal() ? Fields.time(request.changedAt()) : null);
  }

  private static Object result(RpcResult result) {
    return switch (result) {
      case RpcResult.SentTransaction sent -> new TransactionResultResponse(sent.boc().base64());
      case RpcResult.SignedMessage signed ->
          new SignedMessageResultResponse(signed.internalBoc().base64());
      case SignDataResult signed ->
          new SignDataResultResponse(
              signed.signature().toBase64(),
              signed.address().toRaw(),
              signed.timestamp(),
              signed.domain(),
              SignDataMapper.toResponse(signed.payload()),
              true);
      case RpcResult.Disconnected disconnected -> null;
      case RpcResult.Untyped untyped -> null;
    };
  }
}
