-- Issue 14: the API for the agencies' own systems.
-- A key per system of an agency: only its SHA-256 hash is kept, found by its public prefix; revoked, never deleted.
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_key (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    agency_id    BIGINT                   NOT NULL REFERENCES agency (id),
    name         VARCHAR(100)             NOT NULL,
    prefix       VARCHAR(10)              NOT NULL,
    key_hash     VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)              NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(40),
    last_used_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT api_key_prefix_uq UNIQUE (prefix)
);
CREATE INDEX api_key_agency_ix ON api_key (agency_id);

-- Each POST of the API, once per (key, Idempotency-Key): what was asked (hashed) and the answer given. Written in the
-- transaction of the step it answers; the unique constraint makes a second instance's same request roll back.
CREATE SEQUENCE api_idempotent_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_idempotent_request (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    api_key_id      BIGINT                   NOT NULL REFERENCES api_key (id),
    idempotency_key VARCHAR(100)             NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    status          INTEGER                  NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_idempotent_request_uq UNIQUE (api_key_id, idempotency_key)
);
