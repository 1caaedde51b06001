-- Pishkhan Portal schema, version 1: reference data, offices, accounts, audit.
-- Runs unchanged on H2 2.x and PostgreSQL 15. Sequences start at 50 and step by 50, as the JPA mappings
-- allocate ids in blocks of 50.

CREATE SEQUENCE meeting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE resolution_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE office_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE party (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_fa     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    party_type  VARCHAR(20)  NOT NULL
);

CREATE TABLE meeting (
    id            BIGINT       NOT NULL PRIMARY KEY,
    number        INTEGER      NOT NULL,
    held_on       DATE,
    held_at       VARCHAR(5),
    place_fa      VARCHAR(200),
    minutes_known BOOLEAN      NOT NULL,
    CONSTRAINT meeting_number_uq UNIQUE (number)
);

CREATE TABLE resolution (
    id               BIGINT        NOT NULL PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL REFERENCES meeting (id),
    number           INTEGER       NOT NULL,
    text_fa          VARCHAR(10000),
    summary_en       VARCHAR(2000),
    deadline_type    VARCHAR(10)   NOT NULL,
    deadline_date    DATE,
    deadline_period  VARCHAR(20),
    violations_board BOOLEAN       NOT NULL,
    CONSTRAINT resolution_number_uq UNIQUE (meeting_id, number)
);

CREATE TABLE resolution_kind (
    resolution_id BIGINT      NOT NULL REFERENCES resolution (id),
    kind          VARCHAR(20) NOT NULL,
    PRIMARY KEY (resolution_id, kind)
);

CREATE TABLE resolution_obligated (
    resolution_id BIGINT      NOT NULL REFERENCES resolution (id),
    party_code    VARCHAR(40) NOT NULL REFERENCES party (code),
    PRIMARY KEY (resolution_id, party_code)
);

CREATE TABLE resolution_reports_to (
    resolution_id BIGINT      NOT NULL REFERENCES resolution (id),
    party_code    VARCHAR(40) NOT NULL REFERENCES party (code),
    PRIMARY KEY (resolution_id, party_code)
);

CREATE TABLE resolution_citation (
    resolution_id BIGINT NOT NULL REFERENCES resolution (id),
    cited_id      BIGINT NOT NULL REFERENCES resolution (id),
    PRIMARY KEY (resolution_id, cited_id)
);

CREATE TABLE agency (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_fa     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    party_code  VARCHAR(40)  REFERENCES party (code),
    search_key  VARCHAR(500) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT agency_code_uq UNIQUE (code)
);

CREATE TABLE office (
    id             BIGINT        NOT NULL PRIMARY KEY,
    licence_number VARCHAR(30)   NOT NULL,
    name_fa        VARCHAR(200)  NOT NULL,
    name_en        VARCHAR(200),
    kind           VARCHAR(10)   NOT NULL,
    county_fa      VARCHAR(100)  NOT NULL,
    county_en      VARCHAR(100),
    address        VARCHAR(500),
    status         VARCHAR(20)   NOT NULL,
    search_key     VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT office_licence_uq UNIQUE (licence_number)
);
CREATE INDEX office_name_ix ON office (name_fa);

CREATE TABLE user_account (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    username            VARCHAR(40)              NOT NULL,
    display_name        VARCHAR(100)             NOT NULL,
    password_hash       VARCHAR(300)             NOT NULL,
    role                VARCHAR(20)              NOT NULL,
    office_id           BIGINT                   REFERENCES office (id),
    agency_id           BIGINT                   REFERENCES agency (id),
    enabled             BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    search_key          VARCHAR(300)             NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT user_account_username_uq UNIQUE (username),
    CONSTRAINT user_account_office_ck CHECK (role <> 'OFFICE_OPERATOR' OR office_id IS NOT NULL),
    CONSTRAINT user_account_agency_ck CHECK (role <> 'AGENCY_LIAISON' OR agency_id IS NOT NULL)
);

CREATE TABLE audit_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(40)              NOT NULL,
    entity_type VARCHAR(40)              NOT NULL,
    entity_id   BIGINT                   NOT NULL,
    action      VARCHAR(40)              NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX audit_entry_entity_ix ON audit_entry (entity_type, entity_id, at);
