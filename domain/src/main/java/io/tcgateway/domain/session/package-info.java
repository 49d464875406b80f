/**
 * One user's wallet connection as the gateway keeps it: {@link
 * io.tcgateway.domain.session.WalletSession} (an immutable aggregate whose transitions return a new
 * value with the next version), its {@link io.tcgateway.domain.session.SessionOwner} (channel and
 * external user id — the unit of isolation), and its states (pending link, connected wallet,
 * failed, expired). No I/O and no clock: times are passed in. Depends on {@code domain.crypto},
 * {@code domain.bridge}, {@code domain.protocol} and {@code domain.ton}.
 */
package io.tcgateway.domain.session;
