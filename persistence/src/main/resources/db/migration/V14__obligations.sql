-- Obligations (issue 9): what a published resolution of kind obligation or report binds each obligated agency to do,
-- one per (resolution, agency), with its timeline and the files of its reports. Runs unchanged on H2 2.x and
-- PostgreSQL 15. Lists page by key: every list order has an index ending in the id. Whether one is overdue is derived
-- (past due_sort and not VERIFIED), never stored.
CREATE SEQUENCE obligation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE obligation_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE obligation_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE obligation (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    resolution_id          BIGINT                   NOT NULL REFERENCES resolution (id),
    agency_id              BIGINT                   NOT NULL REFERENCES agency (id),
    status                 VARCHAR(20)              NOT NULL,
    deadline               DATE,
    due_sort               DATE                     NOT NULL,
    deadline_fell_on       DATE,
    filed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by              VARCHAR(40)              NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at            TIMESTAMP WITH TIME ZONE,
    verified_at            TIMESTAMP WITH TIME ZONE,
    referred_official      VARCHAR(200),
    referred_resolution_id BIGINT                   REFERENCES resolution (id),
    version                BIGINT                   NOT NULL,
    CONSTRAINT obligation_resolution_agency_uq UNIQUE (resolution_id, agency_id)
);
-- the secretariat's and the guild's lists, earliest deadline (overdue) first or newest first, and by status
CREATE INDEX obligation_due_ix ON obligation (due_sort, id);
CREATE INDEX obligation_filed_ix ON obligation (filed_at, id);
CREATE INDEX obligation_status_due_ix ON obligation (status, due_sort, id);
-- an agency's list, earliest deadline first
CREATE INDEX obligation_agency_due_ix ON obligation (agency_id, due_sort, id);
-- a resolution's obligations
CREATE INDEX obligation_resolution_due_ix ON obligation (resolution_id, due_sort, id);

CREATE TABLE obligation_entry (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    obligation_id BIGINT                   NOT NULL REFERENCES obligation (id),
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(40)              NOT NULL,
    actor_role    VARCHAR(20)              NOT NULL,
    action        VARCHAR(20)              NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)              NOT NULL,
    text          VARCHAR(4000),
    detail        VARCHAR(1000),
    visibility    VARCHAR(12)              NOT NULL
);
CREATE INDEX obligation_entry_obligation_ix ON obligation_entry (obligation_id, at, id);

-- a report's files; their bytes in the attachments' content table
CREATE TABLE obligation_file (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    obligation_id BIGINT                   NOT NULL REFERENCES obligation (id),
    entry_id      BIGINT                   NOT NULL REFERENCES obligation_entry (id),
    file_name     VARCHAR(150)             NOT NULL,
    content_type  VARCHAR(40)              NOT NULL,
    size_bytes    INTEGER                  NOT NULL,
    uploaded_by   VARCHAR(40)              NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id    BIGINT                   NOT NULL REFERENCES attachment_content (id)
);
CREATE INDEX obligation_file_obligation_ix ON obligation_file (obligation_id, id);
