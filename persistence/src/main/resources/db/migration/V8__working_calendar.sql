-- The working calendar: the holidays of the years the administrator has changed (a year never changed is computed:
-- the fixed holidays and ICU's lunar proposals). One holiday per day. V6 and V7 are another change's.
CREATE SEQUENCE holiday_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE holiday (
    id           BIGINT       NOT NULL PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    jalali_year  INTEGER      NOT NULL,
    name_fa      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200),
    origin       VARCHAR(10)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT holiday_date_uk UNIQUE (holiday_date),
    CONSTRAINT holiday_origin_ck CHECK (origin IN ('FIXED', 'PROPOSED', 'CONFIRMED', 'ADDED'))
);
CREATE INDEX holiday_year_ix ON holiday (jalali_year, holiday_date);

-- A deadline that fell on a day off and was moved to the next working day: the day it fell on, for the page to say so.
ALTER TABLE complaint ADD COLUMN deadline_fell_on DATE;
ALTER TABLE line_request ADD COLUMN deadline_fell_on DATE;
