package io.tcgateway.adapter.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.tcgateway.adapter.http.dto.ApiRequest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code application/json} bodies of {@link ApiRequest} types with {@link StrictJsonReader},
 * after checking them against {@code gateway.api.max-body-size}. Ordered before Micronaut Serde's
 * reader, which would otherwise take them.
 */
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
@Order(-100)
final class ApiRequestBodyReader<T> implements MessageBodyReader<T> {
  private final int maxBodySize;

  ApiRequestBodyReader(ApiProperties properties) {
    this.maxBodySize = properties.maxBodySize();
  }

  @Override
  public boolean isReadable(Argument<T> type, MediaType mediaType) {
    return ApiRequest.class.isAssignableFrom(type.getType());
  }

  @Override
  public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body)
      throws CodecException {
    if (body.readableBytes() > maxBodySize) {
      throw ApiProblemException.bodyTooLarge(maxBodySize);
    }
    return StrictJsonReader.read(body.toByteArray(), type);
  }

  @Override
  public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body)
      throws CodecException {
    byte[] bytes;
    try {
      bytes = body.readNBytes(maxBodySize + 1);
    } catch (IOException e) {
      throw new CodecException("the request body cannot be read", e);
    }
    if (bytes.length > maxBodySize) {
      throw ApiProblemException.bodyTooLarge(maxBodySize);
    }
    return StrictJsonReader.read(bytes, type);
  }
}
