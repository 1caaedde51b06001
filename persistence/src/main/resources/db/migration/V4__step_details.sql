-- A timeline entry's facts (a triage's resolutions, priority and deadline; a referral's official and resolution;
-- a schedule's date; a refusal's or dispute's reason) are kept apart from what a person typed, written and read by
-- the domain's typed records only. Entries written before have their facts moved here by the Java migration V5.
ALTER TABLE complaint_event ADD COLUMN detail VARCHAR(1000);
ALTER TABLE line_request_event ADD COLUMN detail VARCHAR(1000);
