-- A partner's SFTP channel: each order it takes is put on its server as one CSV file. The password
-- is kept like the payment providers' secrets (never shown again); the server's host key is pinned
-- on the first connection (its SHA256 fingerprint) and a server showing another key is refused.
ALTER TABLE partner
  ADD COLUMN sftp_host     VARCHAR(255) NULL,
  ADD COLUMN sftp_port     INT          NULL,
  ADD COLUMN sftp_user     VARCHAR(100) NULL,
  ADD COLUMN sftp_password VARCHAR(200) NULL,
  ADD COLUMN sftp_folder   VARCHAR(255) NULL,
  ADD COLUMN sftp_host_key VARCHAR(120) NULL;
