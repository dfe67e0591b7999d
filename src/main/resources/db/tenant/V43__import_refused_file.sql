-- A file dropped on SFTP that is refused as a whole (too large, binary, bad header) is still shown
-- as a failed import job, so the tenant sees why; no copy of it is kept, so such a job has no file.
ALTER TABLE import_job MODIFY file_key VARCHAR(60) NULL;
