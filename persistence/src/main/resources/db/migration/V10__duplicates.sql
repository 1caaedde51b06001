-- Repeats and duplicates at triage (issue 10): a complaint closed as the duplicate of another links it; the named
-- official is matched by a folded key (letter forms, ZWNJ, digits), filled for older complaints by V11.
ALTER TABLE complaint ADD COLUMN duplicate_of_id BIGINT REFERENCES complaint (id);
ALTER TABLE complaint ADD COLUMN official_key VARCHAR(200);
CREATE INDEX complaint_official_key_ix ON complaint (official_key, status, filed_at);
CREATE INDEX complaint_agency_kind_filed_ix ON complaint (agency_id, kind, filed_at);
CREATE INDEX complaint_agency_status_filed_ix ON complaint (agency_id, status, filed_at);
