package io.tcgateway.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header, read by the micronaut-openapi annotation processor (which writes
 * {@code META-INF/swagger/openapi.yml} and the Swagger UI into this module's jar); no code.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "TON Connect Gateway API",
            version = "1",
            description =
                "Connect users' TON wallets over TON Connect 2 and send them requests. Errors are"
                    + " application/problem+json with a stable code and the offending field.",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
    name = "apiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "One of gateway.api.keys; not needed when none is configured")
final class ApiDocumentation {
  private ApiDocumentation() {}
}
