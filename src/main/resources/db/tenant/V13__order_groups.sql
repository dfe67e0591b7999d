-- Group invoicing: several unpaid MTO orders of one customer are shipped, paid and invoiced
-- together, with the group's shipping rate shared out between them. Each member keeps the shipping
-- it had alone, so leaving the group restores it.
CREATE TABLE order_group (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number           VARCHAR(40)    NOT NULL,
  seq              BIGINT         NOT NULL,
  customer_id      BIGINT         NULL,
  customer_email   VARCHAR(254)   NOT NULL,
  customer_name    VARCHAR(200)   NOT NULL,
  currency         CHAR(3)        NOT NULL,
  status           VARCHAR(16)    NOT NULL,
  members          INT            NOT NULL,
  rate_first       DECIMAL(12,2)  NOT NULL,
  rate_additional  DECIMAL(12,2)  NOT NULL,
  created_at       DATETIME(6)    NOT NULL,
  created_by       VARCHAR(254)   NOT NULL,
  paid_at          DATETIME(6)    NULL,
  paid_by          VARCHAR(254)   NULL,
  dissolved_at     DATETIME(6)    NULL,
  dissolved_by     VARCHAR(254)   NULL,
  invoice_id       BIGINT         NULL,
  invoice_number   VARCHAR(40)    NULL,
  version          BIGINT         NOT NULL DEFAULT 0,
  UNIQUE KEY uq_order_group_number (number),
  INDEX ix_order_group_status (status, created_at),
  INDEX ix_order_group_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members, current (left_at NULL) and former: the shipping an order had alone and its share.
CREATE TABLE order_group_member (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id        BIGINT         NOT NULL,
  order_id        BIGINT         NOT NULL,
  order_number    VARCHAR(40)    NOT NULL,
  order_seq       BIGINT         NOT NULL,
  shipping_alone  DECIMAL(12,2)  NOT NULL,
  shipping_share  DECIMAL(12,2)  NOT NULL,
  joined_at       DATETIME(6)    NOT NULL,
  left_at         DATETIME(6)    NULL,
  CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES order_group (id),
  CONSTRAINT fk_group_member_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_group_member_group (group_id, order_seq),
  INDEX ix_group_member_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Group numbers (G-1001-BFG, ...) come from their own locked counter row.
INSERT INTO sequence_counter (name, next_value) VALUES ('group', 1001);

-- One-time setup charges a customer's first MTO order may carry (e.g. custom stamps / metal molds).
CREATE TABLE setup_item (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_en     VARCHAR(120)   NOT NULL,
  name_es     VARCHAR(120)   NULL,
  price       DECIMAL(12,2)  NOT NULL,
  active      TINYINT(1)     NOT NULL DEFAULT 1,
  created_at  DATETIME(6)    NOT NULL,
  created_by  VARCHAR(254)   NOT NULL,
  version     BIGINT         NOT NULL DEFAULT 0,
  INDEX ix_setup_item_active (active, name_en)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
