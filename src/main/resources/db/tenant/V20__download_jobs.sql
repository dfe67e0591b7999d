-- Large reports and exports run as background jobs; their files are kept for a week in the
-- owner's "My downloads". A job is claimed by one node at a time (status RUNNING with a heartbeat).
CREATE TABLE download_job (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner        VARCHAR(254)   NOT NULL,
  kind         VARCHAR(16)    NOT NULL,
  name         VARCHAR(40)    NOT NULL,
  format       VARCHAR(8)     NOT NULL,
  params       VARCHAR(4000)  NOT NULL,
  title        VARCHAR(200)   NOT NULL,
  status       VARCHAR(16)    NOT NULL,
  rows_total   BIGINT         NOT NULL DEFAULT 0,
  rows_done    BIGINT         NOT NULL DEFAULT 0,
  file_key     VARCHAR(120)   NULL,
  file_name    VARCHAR(200)   NULL,
  size_bytes   BIGINT         NULL,
  error        VARCHAR(1000)  NULL,
  created_at   DATETIME(6)    NOT NULL,
  started_at   DATETIME(6)    NULL,
  heartbeat_at DATETIME(6)    NULL,
  finished_at  DATETIME(6)    NULL,
  expires_at   DATETIME(6)    NOT NULL,
  version      BIGINT         NOT NULL DEFAULT 0,
  INDEX ix_download_job_owner (owner, created_at),
  INDEX ix_download_job_status (status, created_at),
  INDEX ix_download_job_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
