package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The wallet's device info. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Device")
public record DeviceResponse(
    @Schema(example = "iphone") String platform,
    String appName,
    String appVersion,
    int maxProtocolVersion) {}
