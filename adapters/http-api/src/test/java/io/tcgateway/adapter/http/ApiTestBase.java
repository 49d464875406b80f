package io.tcgateway.adapter.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A started server with the fake application behind it; every test starts from nothing. */
abstract class ApiTestBase {
  @Inject EmbeddedServer server;
  @Inject FakeGateway gateway;
  @Inject JsonMapper json;

  Api api;

  @BeforeEach
  void startFresh() {
    gateway.reset();
    api = new Api(server.getURL(), json);
  }
}
