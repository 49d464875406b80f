-- The gateway's stores (issue 5, ADR 0009). Every table keeps the StorageCodec document as the
-- truth and a few columns beside it for the lookups the ports make; secrets are bytea sealed by
-- the SecretSealer port (Tink AES-256-GCM, associated data 'session:<id>' / 'secret:<name>').
-- Instants are timestamptz (microseconds); the documents keep them exactly.

-- SessionStore: one row per session, at most one per owner.
CREATE TABLE wallet_session (
    id                 text        NOT NULL PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
    owner_key          text        NOT NULL,  -- SessionOwner.key(): '<channel>:<userId>'
    client_id          text        NOT NULL CHECK (client_id ~ '^[0-9a-f]{64}$'),
    wallet_client_id   text                 CHECK (wallet_client_id ~ '^[0-9a-f]{64}$'),
    state              text        NOT NULL CHECK (state IN ('pending', 'connected', 'failed', 'expired')),
    pending_expires_at timestamptz,
    version            bigint      NOT NULL CHECK (version >= 0),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    document           json        NOT NULL,  -- StorageCodec.encodeSession: no secret key in it
    secret_key         bytea       NOT NULL,  -- SecretSealer.seal(secret key, 'session:<id>')
    CONSTRAINT wallet_session_owner_key_key UNIQUE (owner_key),
    CONSTRAINT wallet_session_client_id_key UNIQUE (client_id),
    CONSTRAINT wallet_session_wallet_only_when_connected
        CHECK ((state = 'connected') = (wallet_client_id IS NOT NULL)),
    CONSTRAINT wallet_session_expiry_only_when_pending
        CHECK ((state = 'pending') = (pending_expires_at IS NOT NULL))
);
-- findByWalletClientId; NULL (not connected) rows are not indexed.
CREATE UNIQUE INDEX wallet_session_wallet_client_id_key
    ON wallet_session (wallet_client_id) WHERE wallet_client_id IS NOT NULL;
-- findExpiredPending: oldest offers first.
CREATE INDEX wallet_session_pending_expiry
    ON wallet_session (pending_expires_at, id) WHERE state = 'pending';
-- purgeEndedBefore(cutoff): failed and expired sessions past retention.
CREATE INDEX wallet_session_ended_updated_at
    ON wallet_session (updated_at) WHERE state IN ('failed', 'expired');

-- WalletRequestStore: each RPC request, stored before it is sent.
CREATE TABLE wallet_request (
    session_id  text        NOT NULL CHECK (session_id ~ '^[0-9a-f]{32}$'),
    request_id  bigint      NOT NULL CHECK (request_id >= 0),
    owner_key   text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('pending', 'completed', 'rejected', 'failed', 'expired')),
    created_at  timestamptz NOT NULL,
    deadline    timestamptz NOT NULL,
    changed_at  timestamptz NOT NULL,  -- WalletRequest.changedAt(): created, or finished
    version     bigint      NOT NULL CHECK (version >= 0),
    document    json        NOT NULL,  -- StorageCodec.encodeRequest
    PRIMARY KEY (session_id, request_id)
);
-- findPending(session): by creation time, then request id.
CREATE INDEX wallet_request_pending_by_session
    ON wallet_request (session_id, created_at, request_id) WHERE status = 'pending';
-- findOverdue(now): oldest deadline first.
CREATE INDEX wallet_request_pending_deadline
    ON wallet_request (deadline, session_id, request_id) WHERE status = 'pending';
-- purgeFinishedBefore(cutoff).
CREATE INDEX wallet_request_finished_changed_at
    ON wallet_request (changed_at) WHERE status <> 'pending';

-- OwnerEventLog: every owner's events; the sequence is the SSE id clients resume from.
CREATE TABLE owner_event (
    sequence   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_key  text        NOT NULL,
    event_key  text        NOT NULL,  -- WalletNotifier.Event.key(): appends are idempotent by it
    at         timestamptz NOT NULL,
    document   json        NOT NULL,  -- StorageCodec.encodeEvent
    CONSTRAINT owner_event_owner_key_event_key_key UNIQUE (owner_key, event_key)
);
-- readAfter(owner, sequence).
CREATE INDEX owner_event_owner_sequence ON owner_event (owner_key, sequence);
-- purgeBefore(cutoff).
CREATE INDEX owner_event_at ON owner_event (at);

-- ProofPayloadStore: ton_proof payloads already used, until they would expire anyway.
CREATE TABLE used_proof_payload (
    id         text        NOT NULL PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
-- purgeExpired(now).
CREATE INDEX used_proof_payload_expires_at ON used_proof_payload (expires_at);

-- BridgeCursorStore: the last_event_id of each client id on each bridge.
CREATE TABLE bridge_cursor (
    bridge       text   NOT NULL,
    client_id    text   NOT NULL CHECK (client_id ~ '^[0-9a-f]{64}$'),
    event_id     text   NOT NULL,
    event_number bigint,  -- event_id as int64 when it is decimal (BridgeEventId.isNumeric), else NULL
    PRIMARY KEY (bridge, client_id)
);

-- SharedSecretStore: deployment-wide secrets such as the proof payload key.
CREATE TABLE shared_secret (
    name         text        NOT NULL PRIMARY KEY CHECK (name ~ '^[a-z0-9-]+$'),
    sealed_value bytea       NOT NULL,  -- SecretSealer.seal(secret, 'secret:<name>')
    created_at   timestamptz NOT NULL DEFAULT now()
);
