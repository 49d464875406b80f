/**
 * Out-ports: what the application needs from the outside world, named in protocol language ({@code
 * WalletMessageCodec}, {@code WalletBridge}, {@code SessionStore} ...). Interfaces only; adapters
 * implement them, bootstrap wires them. Exceptions a port may throw are named in its Javadoc.
 */
package io.tcgateway.application.port.out;
