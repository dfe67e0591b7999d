-- What a file of the imports carries: orders to create (every job so far) or tracking numbers that
-- ship orders already there (a partner's file dropped in the SFTP folder tracking/).
ALTER TABLE import_job ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'ORDERS';
