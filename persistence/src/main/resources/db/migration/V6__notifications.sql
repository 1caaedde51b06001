-- Issue 10: in-app notifications. One row per person told of a step: facts only (workflow, action, states, record),
-- never typed text. Never deleted; read_at is set when the person opens it.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recipient       VARCHAR(40)              NOT NULL,
    workflow        VARCHAR(30)              NOT NULL,
    record_id       BIGINT                   NOT NULL,
    tracking_number VARCHAR(30)              NOT NULL,
    action          VARCHAR(40)              NOT NULL,
    from_status     VARCHAR(30),
    to_status       VARCHAR(30),
    kind            VARCHAR(20)              NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE
);
-- the list: one person's, newest first, paged by key (at, id)
CREATE INDEX notification_recipient_ix ON notification (recipient, at, id);
-- the bell on every page: one person's unread
CREATE INDEX notification_unread_ix ON notification (recipient, read_at);
