-- The countdown of a paid order towards its automatic submission to partners: due at due_at, or
-- paused while the order is on hold with remaining_seconds left. The row goes when the order is
-- submitted, cancelled, or no partner takes it any more.
CREATE TABLE partner_countdown (
  order_id          BIGINT      NOT NULL PRIMARY KEY,
  due_at            DATETIME(6) NULL,
  remaining_seconds BIGINT      NULL,
  started_at        DATETIME(6) NOT NULL,
  CONSTRAINT fk_partner_countdown_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_partner_countdown_due (due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
