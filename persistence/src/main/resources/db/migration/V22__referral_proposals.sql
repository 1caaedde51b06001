-- The escalation ladder's last rung (issue 10, res. 4 and 12): the secretariat's decision on a proposed referral of
-- an agency, or a named official of an agency, to the violations board. The unique key is what makes each proposal
-- decided once, even with two secretaries or two instances: the second insert fails and its transaction rolls back.
-- official_key is '' for an agency (not NULL: NULLs are all distinct in a unique key on PostgreSQL).
CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE referral (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    subject          VARCHAR(10)              NOT NULL,
    agency_id        BIGINT                   NOT NULL REFERENCES agency (id),
    official_key     VARCHAR(200)             NOT NULL,
    newest_upheld_id BIGINT                   NOT NULL REFERENCES complaint (id),
    upheld           BIGINT                   NOT NULL,
    outcome          VARCHAR(10)              NOT NULL,
    referred_id      BIGINT                   REFERENCES complaint (id),
    reason           VARCHAR(2000),
    decided_by       VARCHAR(100)             NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT referral_proposal_uk UNIQUE (subject, agency_id, official_key, newest_upheld_id)
);
CREATE INDEX referral_decided_ix ON referral (agency_id, decided_at);
