CREATE TABLE order_attachment (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id       BIGINT        NOT NULL,
  line_id        BIGINT        NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  file_name      VARCHAR(200)  NOT NULL,
  file_type      VARCHAR(8)    NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  storage_key    VARCHAR(64)   NOT NULL,
  has_thumbnail  BOOLEAN       NOT NULL DEFAULT FALSE,
  uploaded_at    DATETIME(6)   NOT NULL,
  uploaded_by    VARCHAR(254)  NOT NULL,
  CONSTRAINT fk_attachment_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_attachment_line FOREIGN KEY (line_id) REFERENCES order_line (id),
  CONSTRAINT uq_attachment_key UNIQUE (storage_key),
  INDEX idx_attachment_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
