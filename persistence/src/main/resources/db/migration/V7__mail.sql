-- Issue 10: e-mail. A user's address (none by default: nothing is mailed), whether mail is on, which kinds of
-- notification are mailed, and the language mails are written in (Persian unless the user chose English).
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN mail_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN mail_kinds VARCHAR(100) DEFAULT 'NOTE,PROGRESS,WORK' NOT NULL;
ALTER TABLE user_account ADD COLUMN language VARCHAR(5) DEFAULT 'fa' NOT NULL;

-- The outbox: written in the step's transaction, sent by a worker; a row is claimed by one worker with a conditional
-- update on (state, version) before it is sent.
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_mail (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recipient       VARCHAR(40)              NOT NULL,
    address         VARCHAR(254)             NOT NULL,
    language        VARCHAR(5)               NOT NULL,
    tracking_number VARCHAR(30)              NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    text_body       VARCHAR(20000)           NOT NULL,
    html_body       VARCHAR(20000)           NOT NULL,
    state           VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    version         BIGINT                   NOT NULL
);
-- the worker: the pending mails due, oldest first
CREATE INDEX outbox_mail_due_ix ON outbox_mail (state, next_attempt_at, id);
-- the administrator's list, newest first, by state or all
CREATE INDEX outbox_mail_created_ix ON outbox_mail (created_at, id);
CREATE INDEX outbox_mail_state_created_ix ON outbox_mail (state, created_at, id);
