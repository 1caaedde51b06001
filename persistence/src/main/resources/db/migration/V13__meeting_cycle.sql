-- The working group's cycle, part A (issue 9): a meeting is a workflow the secretariat writes — drafted, then
-- published — with its timeline, agenda, minutes, the parties present, what each resolution does to the earlier
-- ones it cites, and the earlier wordings a correction replaced. The meetings already held (the 14th, and those
-- later resolutions cite) are published. Runs unchanged on H2 2.x and PostgreSQL 15.

ALTER TABLE meeting ADD COLUMN status VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE meeting ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
-- null for the meetings of the register's past: no step of the cycle made them
ALTER TABLE meeting ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN deadline DATE;
ALTER TABLE meeting ADD COLUMN due_sort DATE DEFAULT DATE '9999-12-31' NOT NULL;
ALTER TABLE meeting ADD COLUMN minutes_file_name VARCHAR(150);
ALTER TABLE meeting ADD COLUMN minutes_content_type VARCHAR(40);
ALTER TABLE meeting ADD COLUMN minutes_size INTEGER;
ALTER TABLE meeting ADD COLUMN minutes_content_id BIGINT REFERENCES attachment_content (id);
UPDATE meeting SET status = 'PUBLISHED';

CREATE TABLE meeting_present (
    meeting_id BIGINT      NOT NULL REFERENCES meeting (id),
    party_code VARCHAR(40) NOT NULL REFERENCES party (code),
    PRIMARY KEY (meeting_id, party_code)
);

CREATE SEQUENCE meeting_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE meeting_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    meeting_id  BIGINT                   NOT NULL REFERENCES meeting (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(40)              NOT NULL,
    actor_role  VARCHAR(20)              NOT NULL,
    action      VARCHAR(30)              NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)              NOT NULL,
    text        VARCHAR(4000),
    detail      VARCHAR(1000),
    visibility  VARCHAR(12)              NOT NULL
);
CREATE INDEX meeting_entry_meeting_ix ON meeting_entry (meeting_id, at, id);

CREATE SEQUENCE agenda_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agenda_item (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL REFERENCES meeting (id),
    position    INTEGER       NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    source      VARCHAR(10)   NOT NULL,
    source_kind VARCHAR(30),
    source_id   BIGINT,
    decision    VARCHAR(2000),
    outcome     VARCHAR(10),
    CONSTRAINT agenda_item_position_uq UNIQUE (meeting_id, position),
    CONSTRAINT agenda_item_source_ck CHECK ((source = 'HAND' AND source_kind IS NULL AND source_id IS NULL)
        OR (source = 'PROPOSED' AND source_kind IS NOT NULL AND source_id IS NOT NULL))
);
-- "on the agenda of meeting 15", read from the record a proposal came from
CREATE INDEX agenda_item_source_ix ON agenda_item (source_kind, source_id);

-- one effect per cited resolution is the domain's rule (a draft's effects are rewritten whole when it changes: the
-- rows of the old and the new wording may meet inside one flush, so no unique key here)
CREATE SEQUENCE resolution_effect_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resolution_effect (
    id            BIGINT      NOT NULL PRIMARY KEY,
    resolution_id BIGINT      NOT NULL REFERENCES resolution (id),
    target_id     BIGINT      NOT NULL REFERENCES resolution (id),
    effect        VARCHAR(30) NOT NULL,
    new_deadline  DATE,
    CONSTRAINT resolution_effect_deadline_ck CHECK ((effect = 'EXTENDS_DEADLINE_OF') = (new_deadline IS NOT NULL))
);
CREATE INDEX resolution_effect_target_ix ON resolution_effect (target_id, resolution_id);

CREATE SEQUENCE resolution_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resolution_version (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    resolution_id BIGINT                   NOT NULL REFERENCES resolution (id),
    number        INTEGER                  NOT NULL,
    text_fa       VARCHAR(10000)           NOT NULL,
    summary_en    VARCHAR(2000),
    reason        VARCHAR(1000)            NOT NULL,
    replaced_by   VARCHAR(40)              NOT NULL,
    replaced_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resolution_version_uq UNIQUE (resolution_id, number)
);
