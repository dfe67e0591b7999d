-- Retailers (sales channels) that pass orders on, each with its commission rate in percent
-- (0-100, two decimals). A retired retailer is kept for the orders and reports that name it.
CREATE TABLE retailer (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(20)   NOT NULL,
  name             VARCHAR(120)  NOT NULL,
  email            VARCHAR(254)  NULL,
  commission_rate  DECIMAL(5,2)  NOT NULL DEFAULT 0.00,
  retired          TINYINT(1)    NOT NULL DEFAULT 0,
  version          BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uq_retailer_code (code),
  CONSTRAINT ck_retailer_rate CHECK (commission_rate >= 0 AND commission_rate <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The retailer an order came from (none for the merchant's own orders), and the retailer's
-- commission rate when the order was placed, so a later change of rate does not rewrite the past.
ALTER TABLE customer_order
  ADD COLUMN retailer_id BIGINT NULL,
  ADD COLUMN retailer_rate DECIMAL(5,2) NULL,
  ADD INDEX ix_order_retailer (retailer_id, created_at),
  ADD CONSTRAINT fk_order_retailer FOREIGN KEY (retailer_id) REFERENCES retailer (id);

-- The monthly summary of a retailer is claimed once per tenant and month, so a cluster sends it once.
CREATE TABLE retailer_summary_run (
  period      CHAR(7)       NOT NULL PRIMARY KEY,
  claimed_at  TIMESTAMP(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
