-- E-mail outbox: written in the transaction of the change that causes the e-mail, delivered after
-- commit by the relay. message_id is the Message-ID header, so a resend after a crash is recognisable.
CREATE TABLE outbox (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id       VARCHAR(100)  NOT NULL,
  event            VARCHAR(40)   NOT NULL,
  recipient        VARCHAR(254)  NOT NULL,
  language         VARCHAR(8)    NOT NULL,
  subject          VARCHAR(500)  NOT NULL,
  html_body        MEDIUMTEXT    NOT NULL,
  text_body        MEDIUMTEXT    NOT NULL,
  order_id         BIGINT        NULL,
  status           VARCHAR(10)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  last_error       VARCHAR(1000) NULL,
  created_at       DATETIME(6)   NOT NULL,
  created_by       VARCHAR(254)  NOT NULL,
  sent_at          DATETIME(6)   NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
  INDEX ix_outbox_due (status, next_attempt_at),
  INDEX ix_outbox_order (order_id),
  INDEX ix_outbox_created (created_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files sent with an outbox message (invoice and credit-note PDFs).
CREATE TABLE outbox_attachment (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outbox_id     BIGINT        NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  content       LONGBLOB      NOT NULL,
  CONSTRAINT fk_outbox_attachment FOREIGN KEY (outbox_id) REFERENCES outbox (id) ON DELETE CASCADE,
  INDEX ix_outbox_attachment (outbox_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tenant's own version of an e-mail template; without a row the default from the tenant pack applies.
CREATE TABLE tenant_template (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event       VARCHAR(40)   NOT NULL,
  language    VARCHAR(8)    NOT NULL,
  subject     VARCHAR(500)  NOT NULL,
  html        MEDIUMTEXT    NOT NULL,
  text        MEDIUMTEXT    NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(254)  NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_tenant_template UNIQUE (event, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
