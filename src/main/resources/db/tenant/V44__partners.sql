-- Partners: suppliers and fulfilment providers that orders are passed to. Each has a rule saying
-- which orders go there (ALL, MODEL list, SKU prefix, CHANNEL list; the value is comma-separated)
-- and its e-mail channel (one or more addresses, comma-separated). A retired partner gets no new
-- orders but keeps its submissions, and still hears of their cancellation.
CREATE TABLE partner (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(120)  NOT NULL,
  kind        VARCHAR(12)   NOT NULL,
  rule_type   VARCHAR(12)   NOT NULL,
  rule_value  VARCHAR(500)  NULL,
  email       VARCHAR(1000) NOT NULL,
  retired     TINYINT(1)    NOT NULL DEFAULT 0,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(254)  NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An order passed to a partner: one row per order and partner. SUBMITTED (its e-mail is queued in
-- the outbox) or FAILED with the reason; at and by are of the latest attempt; attempts counts them
-- (a Resubmit is one more).
CREATE TABLE partner_submission (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id      BIGINT        NOT NULL,
  partner_id    BIGINT        NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  reason        VARCHAR(1000) NULL,
  attempts      INT           NOT NULL DEFAULT 1,
  submitted_at  DATETIME(6)   NOT NULL,
  submitted_by  VARCHAR(254)  NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_partner_submission_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_partner_submission_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT uq_partner_submission UNIQUE (order_id, partner_id),
  INDEX ix_partner_submission_partner (partner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
