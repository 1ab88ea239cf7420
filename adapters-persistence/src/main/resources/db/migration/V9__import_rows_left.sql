-- Which finished imports still have rows to drop (a cancel or a failure leaves them), so that the
-- sweep finds them by an index instead of scanning every import ever made.
ALTER TABLE prospect_imports ADD COLUMN rows_left BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE prospect_imports SET rows_left = TRUE WHERE status IN ('cancelled', 'failed');
CREATE INDEX prospect_imports_rows_left ON prospect_imports (rows_left);
