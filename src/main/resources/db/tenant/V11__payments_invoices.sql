-- Payments (manual, provider callbacks, refunds, customer credit) and invoices / credit notes with
-- their lines. Invoice rows are written once; amounts, lines and addresses never change afterwards.
CREATE TABLE payment (
  id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id           BIGINT         NOT NULL,
  kind               VARCHAR(16)    NOT NULL,
  method             VARCHAR(24)    NOT NULL,
  amount             DECIMAL(12,2)  NOT NULL,
  currency           CHAR(3)        NOT NULL,
  received_on        DATE           NOT NULL,
  reference          VARCHAR(120)   NULL,
  provider           VARCHAR(40)    NULL,
  provider_event_id  VARCHAR(120)   NULL,
  note               VARCHAR(500)   NULL,
  created_at         DATETIME(6)    NOT NULL,
  created_by         VARCHAR(254)   NOT NULL,
  CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  UNIQUE KEY uq_payment_event (provider, provider_event_id),
  INDEX ix_payment_order (order_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE customer_order
  ADD COLUMN amount_refunded   DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN last_reminder_at  DATETIME(6)   NULL,
  ADD COLUMN reminders_sent    INT           NOT NULL DEFAULT 0,
  ADD COLUMN invoice_id        BIGINT        NULL,
  ADD COLUMN invoice_number    VARCHAR(40)   NULL,
  ADD COLUMN group_id          BIGINT        NULL,
  ADD INDEX ix_order_group (group_id),
  ADD INDEX ix_order_reminder (phase, payment_status, created_at);

CREATE TABLE invoice (
  id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind                 VARCHAR(12)    NOT NULL,
  number               VARCHAR(40)    NOT NULL,
  series               VARCHAR(40)    NOT NULL,
  seq                  BIGINT         NOT NULL,
  order_id             BIGINT         NULL,
  group_id             BIGINT         NULL,
  credited_invoice_id  BIGINT         NULL,
  order_numbers        VARCHAR(1000)  NOT NULL,
  issued_at            DATETIME(6)    NOT NULL,
  issued_by            VARCHAR(254)   NOT NULL,
  language             VARCHAR(8)     NOT NULL,
  currency             CHAR(3)        NOT NULL,
  customer_id          BIGINT         NULL,
  customer_name        VARCHAR(200)   NOT NULL,
  customer_email       VARCHAR(254)   NOT NULL,
  customer_company     VARCHAR(200)   NULL,
  billing_name         VARCHAR(120)   NULL,
  billing_company      VARCHAR(120)   NULL,
  billing_line1        VARCHAR(200)   NULL,
  billing_line2        VARCHAR(200)   NULL,
  billing_postal_code  VARCHAR(20)    NULL,
  billing_city         VARCHAR(120)   NULL,
  billing_region       VARCHAR(120)   NULL,
  billing_country      CHAR(2)        NULL,
  billing_phone        VARCHAR(40)    NULL,
  shipping_name        VARCHAR(120)   NULL,
  shipping_company     VARCHAR(120)   NULL,
  shipping_line1       VARCHAR(200)   NULL,
  shipping_line2       VARCHAR(200)   NULL,
  shipping_postal_code VARCHAR(20)    NULL,
  shipping_city        VARCHAR(120)   NULL,
  shipping_region      VARCHAR(120)   NULL,
  shipping_country     CHAR(2)        NULL,
  shipping_phone       VARCHAR(40)    NULL,
  subtotal             DECIMAL(12,2)  NOT NULL,
  customization        DECIMAL(12,2)  NOT NULL,
  shipping             DECIMAL(12,2)  NOT NULL,
  vat_rate             DECIMAL(5,2)   NOT NULL,
  vat_amount           DECIMAL(12,2)  NOT NULL,
  total                DECIMAL(12,2)  NOT NULL,
  paid                 TINYINT(1)     NOT NULL DEFAULT 0,
  paid_changed_at      DATETIME(6)    NULL,
  delivery_time        VARCHAR(200)   NULL,
  custom_text          VARCHAR(1000)  NULL,
  settlement           VARCHAR(16)    NULL,
  settled_at           DATETIME(6)    NULL,
  settled_by           VARCHAR(254)   NULL,
  version              BIGINT         NOT NULL DEFAULT 0,
  UNIQUE KEY uq_invoice_number (number),
  UNIQUE KEY uq_invoice_series (series, seq),
  INDEX ix_invoice_order (order_id),
  INDEX ix_invoice_group (group_id),
  INDEX ix_invoice_credited (credited_invoice_id),
  INDEX ix_invoice_issued (kind, issued_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  invoice_id    BIGINT         NOT NULL,
  line_no       INT            NOT NULL,
  order_id      BIGINT         NULL,
  order_number  VARCHAR(40)    NULL,
  source_line   BIGINT         NULL,
  sku           VARCHAR(64)    NOT NULL,
  description   VARCHAR(500)   NOT NULL,
  quantity      INT            NOT NULL,
  unit_price    DECIMAL(12,2)  NOT NULL,
  amount        DECIMAL(12,2)  NOT NULL,
  CONSTRAINT fk_invoice_line FOREIGN KEY (invoice_id) REFERENCES invoice (id),
  INDEX ix_invoice_line (invoice_id, line_no),
  INDEX ix_invoice_source (source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which orders an invoice covers (one for an order invoice, several for a group invoice).
CREATE TABLE invoice_order (
  invoice_id  BIGINT NOT NULL,
  order_id    BIGINT NOT NULL,
  PRIMARY KEY (invoice_id, order_id),
  INDEX ix_invoice_order_order (order_id),
  CONSTRAINT fk_io_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
  CONSTRAINT fk_io_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A customer's credit account: credit notes kept as credit add, payments made with it subtract.
CREATE TABLE customer_credit (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id     BIGINT         NOT NULL,
  amount          DECIMAL(12,2)  NOT NULL,
  currency        CHAR(3)        NOT NULL,
  credit_note_id  BIGINT         NULL,
  order_id        BIGINT         NULL,
  note            VARCHAR(500)   NULL,
  created_at      DATETIME(6)    NOT NULL,
  created_by      VARCHAR(254)   NOT NULL,
  INDEX ix_credit_customer (customer_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Invoice and credit-note series are named after their prefix (e.g. invoice:INV-2026-).
ALTER TABLE sequence_counter MODIFY name VARCHAR(64) NOT NULL;
