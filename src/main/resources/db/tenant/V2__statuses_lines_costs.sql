CREATE TABLE order_status (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(40)   NOT NULL,
  phase            VARCHAR(24)   NOT NULL,
  display_order    INT           NOT NULL,
  colour           CHAR(7)       NOT NULL,
  name_en          VARCHAR(80)   NOT NULL,
  name_es          VARCHAR(80)   NOT NULL,
  description_en   VARCHAR(500)  NOT NULL DEFAULT '',
  description_es   VARCHAR(500)  NOT NULL DEFAULT '',
  fee_type         VARCHAR(8)    NOT NULL DEFAULT 'NONE',
  fee_value        DECIMAL(12,2) NULL,
  fee_min          DECIMAL(12,2) NULL,
  fee_max          DECIMAL(12,2) NULL,
  retired          BOOLEAN       NOT NULL DEFAULT FALSE,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_status_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE status_transition (
  from_status_id  BIGINT NOT NULL,
  to_status_id    BIGINT NOT NULL,
  PRIMARY KEY (from_status_id, to_status_id),
  CONSTRAINT fk_transition_from FOREIGN KEY (from_status_id) REFERENCES order_status (id),
  CONSTRAINT fk_transition_to FOREIGN KEY (to_status_id) REFERENCES order_status (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_line (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id         BIGINT        NOT NULL,
  line_no          INT           NOT NULL,
  sku              VARCHAR(64)   NOT NULL,
  description      VARCHAR(300)  NOT NULL,
  quantity         INT           NOT NULL,
  unit_price       DECIMAL(12,2) NOT NULL,
  personalisation  VARCHAR(2000) NULL,
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT uq_line_no UNIQUE (order_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE customer_order
  ADD COLUMN status_id            BIGINT        NULL AFTER phase,
  ADD COLUMN held_from_status_id  BIGINT        NULL AFTER status_id,
  ADD COLUMN currency             CHAR(3)       NOT NULL DEFAULT 'EUR',
  ADD COLUMN manufacturing_cost   DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN customization_cost   DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN shipping_cost        DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN vat_rate             DECIMAL(5,2)  NOT NULL DEFAULT 0,
  ADD COLUMN vat_amount           DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN total                DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN amount_paid          DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN paid_at              DATETIME(6)   NULL,
  ADD COLUMN wip_start_at         DATETIME(6)   NULL,
  ADD COLUMN shipped_at           DATETIME(6)   NULL,
  ADD COLUMN cloned_from          VARCHAR(32)   NULL,
  ADD COLUMN cancelled_at         DATETIME(6)   NULL,
  ADD COLUMN cancel_reason        VARCHAR(1000) NULL,
  ADD COLUMN cancel_fee           DECIMAL(12,2) NULL,
  ADD COLUMN pending_credit       DECIMAL(12,2) NULL,
  ADD CONSTRAINT fk_order_status FOREIGN KEY (status_id) REFERENCES order_status (id),
  ADD CONSTRAINT fk_order_held_from FOREIGN KEY (held_from_status_id) REFERENCES order_status (id),
  ADD INDEX ix_order_status (status_id),
  ADD INDEX ix_order_wip (wip_start_at);
