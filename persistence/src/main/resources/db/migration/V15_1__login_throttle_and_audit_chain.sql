-- Login throttling (issue 13): the failed logins of an account name or a source address, shared by every instance
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(80)              NOT NULL PRIMARY KEY,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    not_before      TIMESTAMP WITH TIME ZONE,
    locked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_locked_ix ON login_throttle (locked_until);

-- The audit log made tamper-evident: each entry linked to the one before by a SHA-256 hash chain
ALTER TABLE audit_entry ADD COLUMN source_address VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);

-- The chain's end, one row, locked by each writer (SELECT ... FOR UPDATE) so that writers link one after another
CREATE TABLE audit_chain (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_one_ck CHECK (id = 1)
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE INDEX audit_entry_at_ix ON audit_entry (at);
