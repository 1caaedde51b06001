-- Disputes (issue 11, resolution 15): a dispute between an agency and one or more offices, opened by the
-- secretariat under a resolution and the earlier clause it rests on, with its timeline (each side's statements, the
-- guild's follow-up, the secretariat's proposal and its end) and the files of the statements. Runs unchanged on H2
-- 2.x and PostgreSQL 15. Lists page by key: every list order has an index ending in the id.
CREATE SEQUENCE dispute_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dispute_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dispute_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE dispute (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    agency_id           BIGINT                   NOT NULL REFERENCES agency (id),
    matter              VARCHAR(2000)            NOT NULL,
    resolution_id       BIGINT                   NOT NULL REFERENCES resolution (id),
    cited_resolution_id BIGINT                   REFERENCES resolution (id),
    status              VARCHAR(20)              NOT NULL,
    deadline            DATE,
    due_sort            DATE                     NOT NULL,
    filed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(40)              NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal            VARCHAR(4000),
    closed_at           TIMESTAMP WITH TIME ZONE,
    search_key          VARCHAR(3000)            NOT NULL,
    version             BIGINT                   NOT NULL
);
-- the secretariat's and the guild's lists, newest first (or by due_sort: a dispute has no deadline), and by status
CREATE INDEX dispute_filed_ix ON dispute (filed_at, id);
CREATE INDEX dispute_due_ix ON dispute (due_sort, id);
CREATE INDEX dispute_status_filed_ix ON dispute (status, filed_at, id);
-- an agency's list
CREATE INDEX dispute_agency_filed_ix ON dispute (agency_id, filed_at, id);
-- a resolution's disputes
CREATE INDEX dispute_resolution_ix ON dispute (resolution_id, id);

-- the offices in dispute: an office's list reads its disputes through it
CREATE TABLE dispute_office (
    dispute_id BIGINT NOT NULL REFERENCES dispute (id),
    office_id  BIGINT NOT NULL REFERENCES office (id),
    CONSTRAINT dispute_office_pk PRIMARY KEY (dispute_id, office_id)
);
CREATE INDEX dispute_office_office_ix ON dispute_office (office_id, dispute_id);

CREATE TABLE dispute_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    dispute_id  BIGINT                   NOT NULL REFERENCES dispute (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(40)              NOT NULL,
    actor_role  VARCHAR(20)              NOT NULL,
    action      VARCHAR(20)              NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)              NOT NULL,
    text        VARCHAR(4000),
    detail      VARCHAR(1000),
    visibility  VARCHAR(12)              NOT NULL
);
CREATE INDEX dispute_entry_dispute_ix ON dispute_entry (dispute_id, at, id);

-- a statement's files; their bytes in the attachments' content table
CREATE TABLE dispute_file (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    dispute_id   BIGINT                   NOT NULL REFERENCES dispute (id),
    entry_id     BIGINT                   NOT NULL REFERENCES dispute_entry (id),
    file_name    VARCHAR(150)             NOT NULL,
    content_type VARCHAR(40)              NOT NULL,
    size_bytes   INTEGER                  NOT NULL,
    uploaded_by  VARCHAR(40)              NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id   BIGINT                   NOT NULL REFERENCES attachment_content (id)
);
CREATE INDEX dispute_file_dispute_ix ON dispute_file (dispute_id, id);
