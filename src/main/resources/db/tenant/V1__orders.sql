CREATE TABLE tenant_setting (
  name   VARCHAR(64)   NOT NULL PRIMARY KEY,
  value  VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sequence_counter (
  name        VARCHAR(32) NOT NULL PRIMARY KEY,
  next_value  BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_order (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_number    VARCHAR(32)   NOT NULL,
  seq             BIGINT        NOT NULL,
  order_type      VARCHAR(8)    NOT NULL,
  channel         VARCHAR(16)   NOT NULL,
  model           VARCHAR(120)  NOT NULL,
  quantity        INT           NOT NULL,
  customer_name   VARCHAR(200)  NOT NULL,
  customer_email  VARCHAR(254)  NOT NULL,
  phase           VARCHAR(24)   NOT NULL,
  payment_status  VARCHAR(24)   NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(254)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_order_number UNIQUE (order_number),
  CONSTRAINT uq_order_seq UNIQUE (seq),
  INDEX ix_order_created (created_at, id),
  INDEX ix_order_phase (phase)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_history (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id    BIGINT        NOT NULL,
  at          DATETIME(6)   NOT NULL,
  actor       VARCHAR(254)  NOT NULL,
  field       VARCHAR(64)   NOT NULL,
  old_value   VARCHAR(1000) NULL,
  new_value   VARCHAR(1000) NULL,
  reason      VARCHAR(1000) NULL,
  CONSTRAINT fk_history_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_history_order (order_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
