-- The day (in Tehran) of an obligation's last report, so that the figures can count the obligations met on time (a
-- verified report that came by the deadline) with one comparison of two dates.
ALTER TABLE obligation ADD COLUMN reported_on DATE;
UPDATE obligation SET reported_on = CAST(reported_at AT TIME ZONE 'Asia/Tehran' AS DATE) WHERE reported_at IS NOT NULL;
