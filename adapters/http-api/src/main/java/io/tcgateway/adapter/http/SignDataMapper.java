package io.tcgateway.adapter.http;

import static io.tcgateway.adapter.http.Fields.at;
import static io.tcgateway.adapter.http.Fields.child;
import static io.tcgateway.adapter.http.Fields.required;

import io.tcgateway.adapter.http.dto.SignDataPayloadResponse;
import io.tcgateway.adapter.http.dto.SignDataRequest;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Network;
import java.util.Optional;

/**
 * {@link SignDataRequest} ↔ {@link SignDataPayload}: {@code {type:"text", text}}, {@code
 * {type:"binary", bytes}} (base64, either alphabet) or {@code {type:"cell", schema, cell}} (a
 * one-root BoC), with optional {@code network} and {@code from}.
 */
final class SignDataMapper {
  private SignDataMapper() {}

  /** The payload of {@code request}, whose fields are reported under {@code path}. */
  static SignDataPayload toPayload(SignDataRequest request, String path) {
    Optional<Network> network =
        Optional.ofNullable(request.network()).map(n -> Fields.network(n, child(path, "network")));
    Optional<WireAddress> from =
        Optional.ofNullable(request.from())
            .map(f -> at(child(path, "from"), () -> WireAddress.parse(f)));
    String typePath = child(path, "type");
    String type = required(request.type(), typePath);
    return switch (type) {
      case "text" -> {
        String text = required(request.text(), child(path, "text"));
        yield new SignDataPayload.Text(text, network, from);
      }
      case "binary" -> {
        String bytesPath = child(path, "bytes");
        String base64 = required(request.bytes(), bytesPath);
        Bytes bytes = at(bytesPath, () -> SignDataPayload.Binary.decodeBytes(base64));
        yield new SignDataPayload.Binary(bytes, network, from);
      }
      case "cell" -> {
        String schema = required(request.schema(), child(path, "schema"));
        String cellPath = child(path, "cell");
        BocBase64 cell = at(cellPath, () -> BocBase64.parse(required(request.cell(), cellPath)));
        yield at(
            child(path, "schema"), () -> new SignDataPayload.Cell(schema, cell, network, from));
      }
      default ->
          throw ApiProblemException.invalidField(
              typePath, "unknown signData type '" + type + "': expected text, binary or cell");
    };
  }

  static SignDataPayloadResponse toResponse(SignDataPayload payload) {
    String network = payload.network().map(Network::id).orElse(null);
    String from = payload.from().map(WireAddress::text).orElse(null);
    return switch (payload) {
      case SignDataPayload.Text text ->
          new SignDataPayloadResponse("text", text.text(), null, null, null, network, from);
      case SignDataPayload.Binary binary ->
          new SignDataPayloadResponse(
              "binary", null, binary.bytes().toBase64(), null, null, network, from);
      case SignDataPayload.Cell cell ->
          new SignDataPayloadResponse(
              "cell", null, null, cell.schema(), cell.cell().base64(), network, from);
    };
  }
}
