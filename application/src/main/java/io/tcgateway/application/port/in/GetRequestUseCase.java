package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.WalletRequest;
import java.util.Optional;

/**
 * Reads one of the owner's requests; another owner's request is reported as absent, exactly like
 * one that does not exist. A pending request past its deadline is reported expired.
 */
public interface GetRequestUseCase {
  Optional<WalletRequest> getRequest(GetRequestQuery query);
}
