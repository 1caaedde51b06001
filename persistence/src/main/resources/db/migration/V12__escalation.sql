-- The escalation ladder (issue 10): one row per rung taken for a record. The unique key is what makes each rung
-- happen once per record with several instances running: the second insert fails and its transaction, with the
-- notifications it wrote, rolls back.
CREATE SEQUENCE escalation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE escalation (
    id        BIGINT                   NOT NULL PRIMARY KEY,
    workflow  VARCHAR(30)              NOT NULL,
    record_id BIGINT                   NOT NULL,
    rung      VARCHAR(20)              NOT NULL,
    deadline  DATE                     NOT NULL,
    taken_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT escalation_rung_uk UNIQUE (workflow, record_id, rung)
);
