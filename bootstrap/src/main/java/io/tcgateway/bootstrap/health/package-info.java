/**
 * What {@code GET /health} reports besides Micronaut's own indicators: whether the session store
 * answers, and the state of every wallet bridge the client talks to.
 */
package io.tcgateway.bootstrap.health;
