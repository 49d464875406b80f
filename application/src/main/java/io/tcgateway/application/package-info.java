/**
 * Use cases (in-ports, {@code port.in}), what they need from the outside (out-ports, {@code
 * port.out}) and their plain-Java implementations ({@code service}). Depends on {@code domain} and
 * {@code java.*} only; adapters and bootstrap wire it.
 */
package io.tcgateway.application;
