-- The tenant's online store (WooCommerce, REST API v3), whose orders are imported on request: the
-- store's address, its REST API consumer key and secret (kept in the tenant's schema like the
-- payment providers' secrets; the settings page shows only their last four characters), whether
-- imports are switched on, and when the last import ended. One connection per tenant.
CREATE TABLE store_connection (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  platform        VARCHAR(20)   NOT NULL DEFAULT 'WOOCOMMERCE',
  store_url       VARCHAR(255)  NOT NULL,
  consumer_key    VARCHAR(200)  NOT NULL,
  consumer_secret VARCHAR(200)  NOT NULL,
  enabled         TINYINT(1)    NOT NULL DEFAULT 1,
  last_import_at  DATETIME(6)   NULL,
  updated_by      VARCHAR(254)  NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uq_store_connection_platform (platform)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An import job from the store instead of a file: which orders it asks for (all, a date range or
-- order ids). Such a job keeps no file.
ALTER TABLE import_job ADD COLUMN store_query VARCHAR(2000) NULL;
