package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The connected wallet, as its connect event described itself. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConnectedWallet")
public record ConnectedWalletResponse(
    String appName, DeviceResponse device, List<FeatureResponse> features) {}
