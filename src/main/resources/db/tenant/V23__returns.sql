-- Returns: a customer sends back pieces of a shipped order. A return lists, per order line, how
-- many pieces come back, why (a tenant-set reason) and what the tenant does about it (refund, store
-- credit, replace, repair). Requested -> Received -> Closed. On receipt a refund or store credit
-- becomes a credit note of the invoiced lines, a replacement becomes a new zero-price order that
-- names the order it replaces, a repair sends the order back into production.
CREATE TABLE order_return (
  id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id             BIGINT         NOT NULL,
  order_number         VARCHAR(20)    NOT NULL,
  customer_name        VARCHAR(200)   NOT NULL,
  status               VARCHAR(16)    NOT NULL,
  note                 VARCHAR(1000)  NULL,
  with_shipping        TINYINT(1)     NOT NULL DEFAULT 0,
  reimbursable         DECIMAL(12,2)  NOT NULL,
  currency             CHAR(3)        NOT NULL,
  pieces               INT            NOT NULL,
  replacement_id       BIGINT         NULL,
  replacement_number   VARCHAR(20)    NULL,
  credit_notes         VARCHAR(200)   NULL,
  created_at           DATETIME(6)    NOT NULL,
  created_by           VARCHAR(254)   NOT NULL,
  received_at          DATETIME(6)    NULL,
  received_by          VARCHAR(254)   NULL,
  closed_at            DATETIME(6)    NULL,
  closed_by            VARCHAR(254)   NULL,
  version              BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_return_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_return_order (order_id),
  INDEX ix_return_status (status, created_at),
  INDEX ix_return_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE return_line (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  return_id       BIGINT         NOT NULL,
  order_line_id   BIGINT         NOT NULL,
  line_no         INT            NOT NULL,
  sku             VARCHAR(64)    NULL,
  description     VARCHAR(500)   NOT NULL,
  quantity        INT            NOT NULL,
  unit_price      DECIMAL(12,2)  NOT NULL,
  reason          VARCHAR(80)    NOT NULL,
  action          VARCHAR(16)    NOT NULL,
  CONSTRAINT fk_return_line_return FOREIGN KEY (return_id) REFERENCES order_return (id),
  INDEX ix_return_line_order_line (order_line_id),
  INDEX ix_return_line_reason (reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a replacement order names the order whose returned lines it replaces
ALTER TABLE customer_order ADD COLUMN replaces VARCHAR(20) NULL;
