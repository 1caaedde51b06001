-- The meeting report's complaints per agency × kind × outcome over the months since the last meeting: a covering
-- index, so that the GROUP BY reads the index alone (an index-only scan, about 50 ms over the generated million's
-- month) instead of some 40,000 pages of the table (1.3 s; docs/benchmark-figures.md). Deduplicated by PostgreSQL,
-- it takes about 11 MB over a million complaints.
CREATE INDEX IF NOT EXISTS complaint_kind_figures_ix ON complaint (filed_month, agency_id, kind, status);
