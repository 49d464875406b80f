package io.tcgateway.application.port.in;

/**
 * Listens again, after a start, for every session the store holds as pending or connected: each
 * resumes from its stored bridge cursor, so wallet answers sent while no gateway listened (within
 * the bridge's TTL) arrive now. Run once at start; safe to run again.
 */
public interface ResumeListeningUseCase {
  ResumeListeningResult resumeListening();
}
