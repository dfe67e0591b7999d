-- Orders imported from CSV files (uploaded, posted to the API, or dropped on SFTP). A job is one
-- file: queued, claimed by a node (heartbeat while it runs; a stopped node's job is queued again and
-- run from the start), done with its counts, or failed with the reason the whole file was refused.
CREATE TABLE import_job (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source          VARCHAR(10)   NOT NULL,
  file_name       VARCHAR(255)  NOT NULL,
  file_key        VARCHAR(60)   NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  bytes_done      BIGINT        NOT NULL DEFAULT 0,
  created_count   INT           NOT NULL DEFAULT 0,
  duplicate_count INT           NOT NULL DEFAULT 0,
  rejected_count  INT           NOT NULL DEFAULT 0,
  error_count     INT           NOT NULL DEFAULT 0,
  error_key       VARCHAR(100)  NULL,
  error_text      VARCHAR(1000) NULL,
  language        VARCHAR(5)    NOT NULL DEFAULT 'en',
  created_by      VARCHAR(254)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  started_at      DATETIME(6)   NULL,
  heartbeat_at    DATETIME(6)   NULL,
  finished_at     DATETIME(6)   NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_import_job_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What became of each order of a file: created (in the same transaction as the order), a duplicate
-- of an order already placed with its reference, or rejected (its rows' errors below). A job run
-- again after its node stopped skips the references it already settled.
CREATE TABLE import_order (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  job_id             BIGINT        NOT NULL,
  external_reference VARCHAR(100)  NOT NULL,
  first_line         INT           NOT NULL,
  outcome            VARCHAR(10)   NOT NULL,
  order_number       VARCHAR(20)   NULL,
  UNIQUE KEY uq_import_order (job_id, external_reference),
  CONSTRAINT fk_import_order_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A bad row: its line in the file, the column, and the message (in the language of who uploaded).
CREATE TABLE import_error (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  job_id             BIGINT        NOT NULL,
  line               INT           NOT NULL,
  field              VARCHAR(60)   NULL,
  message            VARCHAR(500)  NOT NULL,
  external_reference VARCHAR(100)  NULL,
  INDEX ix_import_error_job (job_id, line),
  CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
