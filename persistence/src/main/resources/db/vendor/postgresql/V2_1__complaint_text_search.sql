-- PostgreSQL only (Migrations adds this location on PostgreSQL): a trigram index, so that a search for any
-- word inside the complaints' normalized text uses an index instead of reading every row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX complaint_search_trgm_ix ON complaint USING gin (search_key gin_trgm_ops);
