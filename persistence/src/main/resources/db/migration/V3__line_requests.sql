-- Offices' requests for telecom lines and infrastructure (resolutions 1, 2, 9, 10 and 13 of the 14th meeting) and
-- their timelines. Runs unchanged on H2 2.x and PostgreSQL 15. Lists page by key: every list order has an index
-- ending in the id.

CREATE SEQUENCE line_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE line_request_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE line_request (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    office_id              BIGINT                   NOT NULL REFERENCES office (id),
    agency_id              BIGINT                   NOT NULL REFERENCES agency (id),
    kind                   VARCHAR(20)              NOT NULL,
    quantity               INTEGER                  NOT NULL,
    address                VARCHAR(500)             NOT NULL,
    note                   VARCHAR(2000),
    status                 VARCHAR(20)              NOT NULL,
    deadline_resolution_id BIGINT                   REFERENCES resolution (id),
    deadline               DATE,
    due_sort               DATE                     NOT NULL,
    filed_by               VARCHAR(40)              NOT NULL,
    filed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at                TIMESTAMP WITH TIME ZONE,
    scheduled_for          DATE,
    installed_at           TIMESTAMP WITH TIME ZONE,
    confirmed_at           TIMESTAMP WITH TIME ZONE,
    dispute_reason         VARCHAR(20),
    refusal_reason         VARCHAR(20),
    refusal_text           VARCHAR(1000),
    refused_by             VARCHAR(40),
    refused_at             TIMESTAMP WITH TIME ZONE,
    complaint_id           BIGINT                   REFERENCES complaint (id),
    complaint_pending      BOOLEAN                  NOT NULL,
    submission_key         VARCHAR(40)              NOT NULL,
    search_key             VARCHAR(3000)            NOT NULL,
    version                BIGINT                   NOT NULL,
    CONSTRAINT line_request_submission_uq UNIQUE (office_id, submission_key)
);
-- the secretariat's and the guild's lists, newest first or earliest deadline (overdue) first
CREATE INDEX line_request_filed_ix ON line_request (filed_at, id);
CREATE INDEX line_request_due_ix ON line_request (due_sort, id);
-- lists by status (and the follow-up report's open requests)
CREATE INDEX line_request_status_filed_ix ON line_request (status, filed_at, id);
CREATE INDEX line_request_status_due_ix ON line_request (status, due_sort, id);
-- a provider's work queue, overdue first, and its list newest first
CREATE INDEX line_request_agency_due_ix ON line_request (agency_id, due_sort, id);
CREATE INDEX line_request_agency_filed_ix ON line_request (agency_id, filed_at, id);
-- an office's list
CREATE INDEX line_request_office_filed_ix ON line_request (office_id, filed_at, id);
-- the request an escalation's complaint came from
CREATE INDEX line_request_complaint_ix ON line_request (complaint_id);

CREATE TABLE line_request_event (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    line_request_id BIGINT                   NOT NULL REFERENCES line_request (id),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(40)              NOT NULL,
    actor_role      VARCHAR(20)              NOT NULL,
    action          VARCHAR(20)              NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)              NOT NULL,
    text            VARCHAR(4000),
    visibility      VARCHAR(12)              NOT NULL
);
CREATE INDEX line_request_event_request_ix ON line_request_event (line_request_id, at, id);
