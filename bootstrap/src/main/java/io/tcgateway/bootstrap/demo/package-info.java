/**
 * The offline demo ({@code ./gateway demo}): the gateway with its built-in bridge and a simulated
 * wallet in one process, walked through the HTTP API as a web backend would (connect with proof,
 * transaction, sign data, disconnect); and the simulated wallet on its own ({@code ./gateway
 * wallet}) for answering links of any gateway by hand.
 */
package io.tcgateway.bootstrap.demo;
