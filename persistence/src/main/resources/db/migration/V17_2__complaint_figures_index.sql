ALTER TABLE complaint ALTER COLUMN filed_month SET NOT NULL;
CREATE INDEX complaint_figures_ix ON complaint (filed_month, agency_id, status);
