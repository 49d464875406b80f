package io.tcgateway.adapter.http;

import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * The stable {@code code} of every problem the API answers with, its HTTP status and its title.
 * Clients branch on the code, never on the detail text.
 */
enum ProblemCode {
  /** The body is not JSON (syntax, duplicate keys, trailing data) or is missing. */
  MALFORMED_JSON(HttpStatus.BAD_REQUEST, "Malformed JSON"),
  /** A field or parameter is missing, has the wrong JSON type or a value that is not allowed. */
  INVALID_FIELD(HttpStatus.BAD_REQUEST, "Invalid field"),
  /** The request cannot be read for another reason the framework reports. */
  BAD_REQUEST(HttpStatus.BAD_REQUEST, "Bad request"),
  /** No or an unknown API key. */
  UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
  /** No such resource (route, request, pending link). */
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  /** The route exists, not with this method. */
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  /** None of the accepted response types can be produced. */
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  /** The user already has a connected wallet; disconnect first. */
  WALLET_ALREADY_CONNECTED(HttpStatus.CONFLICT, "Wallet already connected"),
  /** The user has no connected wallet. */
  WALLET_NOT_CONNECTED(HttpStatus.CONFLICT, "Wallet not connected"),
  /** Someone changed the same session at the same time; retry. */
  CONCURRENT_UPDATE(HttpStatus.CONFLICT, "Concurrent update"),
  /** The body is larger than {@code gateway.api.max-body-size}. */
  BODY_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Body too large"),
  /** The body is not {@code application/json}. */
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  /** No wallet of that {@code appName} is in the wallets list. */
  UNKNOWN_WALLET(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown wallet"),
  /** The connected wallet does not advertise what the request needs. */
  WALLET_FEATURE_MISSING(HttpStatus.UNPROCESSABLE_ENTITY, "Wallet feature missing"),
  /** Well-formed, but cannot be sent as asked (deadline passed, another network, ...). */
  INVALID_REQUEST(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request"),
  /** A bug or an unexpected failure; the detail says nothing more. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
  /** The gateway is stopping; reconnect (to another instance). */
  SHUTTING_DOWN(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down"),
  /** No wallet bridge can be reached for now; retry later. */
  BRIDGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Bridge unavailable"),
  /** The session store cannot be reached for now; retry later. */
  STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable");

  private final HttpStatus status;
  private final String title;

  ProblemCode(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }

  /** The problem {@code type} URI: {@code urn:tc-gateway:problem:<code in kebab case>}. */
  String type() {
    return "urn:tc-gateway:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
