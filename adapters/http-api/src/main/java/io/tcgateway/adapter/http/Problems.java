package io.tcgateway.adapter.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.tcgateway.adapter.http.dto.ProblemResponse;

/** Builds {@code application/problem+json} responses from a {@link ProblemCode}. */
final class Problems {
  /** {@code application/problem+json}. */
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static ProblemResponse body(ProblemCode code, String field, String detail) {
    return new ProblemResponse(
        code.type(), code.title(), code.status().getCode(), detail, code.name(), field);
  }

  static MutableHttpResponse<ProblemResponse> response(
      ProblemCode code, String field, String detail) {
    return HttpResponse.<ProblemResponse>status(code.status())
        .body(body(code, field, detail))
        .contentType(MediaType.of(MEDIA_TYPE));
  }

  static MutableHttpResponse<ProblemResponse> response(ApiProblemException problem) {
    return response(problem.code(), problem.field(), problem.getMessage());
  }
}
