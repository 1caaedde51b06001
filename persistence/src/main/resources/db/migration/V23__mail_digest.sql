-- Issue 10: the daily digest. Each user takes mails one by one (EACH, as before) or one digest a day (DAILY_DIGEST).
ALTER TABLE user_account ADD COLUMN mail_schedule VARCHAR(15) DEFAULT 'EACH' NOT NULL;

-- A notification meant for its recipient's digest waits (digest_pending) until a digest's outbox mail carries it
-- (digest_mail_id, set in the same transaction as that mail is written, by a conditional update: of two instances'
-- passes, one marks it and the other finds nothing left).
ALTER TABLE notification ADD COLUMN digest_pending BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notification ADD COLUMN digest_mail_id BIGINT;
ALTER TABLE notification ADD CONSTRAINT notification_digest_mail_fk FOREIGN KEY (digest_mail_id) REFERENCES outbox_mail (id);
-- the pass: who has notifications waiting, and each one's
CREATE INDEX notification_digest_ix ON notification (digest_pending, digest_mail_id, recipient, at);

-- A digest's mail is about several records: it has no tracking number of its own.
ALTER TABLE outbox_mail ALTER COLUMN tracking_number DROP NOT NULL;
