-- Complaints against agencies, their timelines and evidence files. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Lists page by key: every list order has an index ending in the id.

CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE complaint_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_content_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE complaint (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    office_id              BIGINT                   NOT NULL REFERENCES office (id),
    agency_id              BIGINT                   NOT NULL REFERENCES agency (id),
    kind                   VARCHAR(30)              NOT NULL,
    occurred_on            DATE                     NOT NULL,
    official_name          VARCHAR(200),
    description            VARCHAR(4000)            NOT NULL,
    status                 VARCHAR(20)              NOT NULL,
    priority               VARCHAR(10)              NOT NULL,
    deadline               DATE,
    due_sort               DATE                     NOT NULL,
    filed_by               VARCHAR(40)              NOT NULL,
    filed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    forwarded_at           TIMESTAMP WITH TIME ZONE,
    outcome                VARCHAR(4000),
    referred_official      VARCHAR(200),
    referred_resolution_id BIGINT                   REFERENCES resolution (id),
    submission_key         VARCHAR(40)              NOT NULL,
    search_key             VARCHAR(5000)            NOT NULL,
    version                BIGINT                   NOT NULL,
    CONSTRAINT complaint_submission_uq UNIQUE (office_id, submission_key)
);
CREATE INDEX complaint_filed_ix ON complaint (filed_at, id);
CREATE INDEX complaint_due_ix ON complaint (due_sort, id);
CREATE INDEX complaint_status_filed_ix ON complaint (status, filed_at, id);
CREATE INDEX complaint_status_due_ix ON complaint (status, due_sort, id);
CREATE INDEX complaint_agency_filed_ix ON complaint (agency_id, filed_at, id);
CREATE INDEX complaint_agency_due_ix ON complaint (agency_id, due_sort, id);
CREATE INDEX complaint_office_filed_ix ON complaint (office_id, filed_at, id);
CREATE INDEX complaint_kind_filed_ix ON complaint (kind, filed_at, id);

CREATE TABLE complaint_resolution (
    complaint_id  BIGINT NOT NULL REFERENCES complaint (id),
    resolution_id BIGINT NOT NULL REFERENCES resolution (id),
    PRIMARY KEY (complaint_id, resolution_id)
);
CREATE INDEX complaint_resolution_res_ix ON complaint_resolution (resolution_id, complaint_id);

CREATE TABLE complaint_event (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    complaint_id BIGINT                   NOT NULL REFERENCES complaint (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(40)              NOT NULL,
    actor_role   VARCHAR(20)              NOT NULL,
    action       VARCHAR(20)              NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)              NOT NULL,
    text         VARCHAR(4000),
    visibility   VARCHAR(12)              NOT NULL
);
CREATE INDEX complaint_event_complaint_ix ON complaint_event (complaint_id, at, id);

CREATE TABLE attachment_content (
    id   BIGINT NOT NULL PRIMARY KEY,
    data BYTEA  NOT NULL
);

CREATE TABLE attachment (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    complaint_id BIGINT                   NOT NULL REFERENCES complaint (id),
    event_id     BIGINT                   NOT NULL REFERENCES complaint_event (id),
    file_name    VARCHAR(150)             NOT NULL,
    content_type VARCHAR(40)              NOT NULL,
    size_bytes   INTEGER                  NOT NULL,
    visibility   VARCHAR(12)              NOT NULL,
    uploaded_by  VARCHAR(40)              NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id   BIGINT                   NOT NULL REFERENCES attachment_content (id)
);
CREATE INDEX attachment_complaint_ix ON attachment (complaint_id, id);
