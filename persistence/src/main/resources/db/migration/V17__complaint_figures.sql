-- The compliance figures (public scorecard, dashboard, meeting report) count complaints per agency and Jalali month,
-- and the days an agency took to answer. Kept on the complaint itself, written by the domain, so that the figures are
-- one GROUP BY on one table. V17_1 fills filed_month and answer_days for the complaints filed before; V17_2 then
-- makes filed_month required and indexes it.
ALTER TABLE complaint ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN answer_days INTEGER;
ALTER TABLE complaint ADD COLUMN filed_month INTEGER;

UPDATE complaint SET answered_at = (SELECT MIN(e.at) FROM complaint_event e
                                    WHERE e.complaint_id = complaint.id AND e.action = 'ANSWER');
