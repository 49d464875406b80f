package io.tcgateway.application.port.in;

/**
 * What a resume did.
 *
 * @param sessions sessions listened for again
 * @param subscriptions bridge subscriptions asked for (a pending universal offer has several)
 */
public record ResumeListeningResult(int sessions, int subscriptions) {}
