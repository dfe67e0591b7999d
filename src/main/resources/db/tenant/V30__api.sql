-- Orders placed through the REST API: the caller's own reference, unique per channel.
ALTER TABLE customer_order ADD COLUMN external_reference VARCHAR(100) NULL;
CREATE UNIQUE INDEX uq_order_channel_external_ref ON customer_order (channel, external_reference);

-- When an order row last changed, kept by the database on every write (the API's sync feed pages
-- by it, with the id as tie-breaker). Existing orders count as changed when they were created.
ALTER TABLE customer_order
  ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
UPDATE customer_order SET updated_at = created_at;
CREATE INDEX ix_order_updated ON customer_order (updated_at, id);

-- The first answer to a POST with an Idempotency-Key, replayed for the same key (kept 24 h or more).
CREATE TABLE api_idempotency (
  idem_key      VARCHAR(200)  NOT NULL,
  request_hash  CHAR(64)      NOT NULL,
  status        INT           NULL,
  body          MEDIUMTEXT    NULL,
  location      VARCHAR(500)  NULL,
  created_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (idem_key),
  INDEX ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
