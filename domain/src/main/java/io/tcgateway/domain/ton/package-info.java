/**
 * TON primitives outside cells: addresses (raw {@code wc:hex} and the 36-byte user-friendly form),
 * networks.
 */
package io.tcgateway.domain.ton;
