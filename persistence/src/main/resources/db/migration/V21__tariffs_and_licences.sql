-- The registers of issue 11 (second half): tariffs (res. 18) and licences (res. 17, 14). Runs unchanged on H2 2.x and
-- PostgreSQL 15. A tariff row is never rewritten: a change is a new row, the open row of its service only gets its
-- effective_to. A licence is identified by its office's id; its changes are a timeline of the workflow kernel.
CREATE SEQUENCE tariff_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE licence_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE tariff (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    service_code   VARCHAR(60)              NOT NULL,
    service_fa     VARCHAR(300)             NOT NULL,
    service_en     VARCHAR(300)             NOT NULL,
    rials          BIGINT                   NOT NULL,
    provisional    BOOLEAN                  NOT NULL,
    effective_from DATE                     NOT NULL,
    effective_to   DATE,
    resolution_id  BIGINT                   NOT NULL REFERENCES resolution (id),
    recorded_by    VARCHAR(40)              NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    search_key     VARCHAR(1000)            NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT tariff_rials_ck CHECK (rials > 0),
    CONSTRAINT tariff_period_ck CHECK (effective_to IS NULL OR effective_to >= effective_from),
    -- two rows of one service never start on the same day (the domain refuses any overlap; this is its last guard)
    CONSTRAINT tariff_service_from_uq UNIQUE (service_code, effective_from)
);
CREATE INDEX tariff_from_ix ON tariff (effective_from, service_code, id);

CREATE TABLE licence (
    office_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES office (id),
    status     VARCHAR(20)              NOT NULL,
    deadline   DATE,
    due_sort   DATE                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);

CREATE TABLE licence_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    licence_id  BIGINT                   NOT NULL REFERENCES licence (office_id),
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
CREATE INDEX licence_entry_licence_ix ON licence_entry (licence_id, at, id);

-- the offices' register by licence status, by name
CREATE INDEX office_status_name_ix ON office (status, name_fa, id);
