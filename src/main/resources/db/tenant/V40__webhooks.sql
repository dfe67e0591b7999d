-- Outbound webhooks: a tenant's endpoints (URL, events, signing secrets), the delivery outbox written
-- in the transaction of the event, and the log of each delivery attempt.
CREATE TABLE webhook_endpoint (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  url                    VARCHAR(2000) NOT NULL,
  description            VARCHAR(200)  NULL,
  events                 VARCHAR(500)  NOT NULL,
  secret                 VARCHAR(100)  NOT NULL,
  previous_secret        VARCHAR(100)  NULL,
  previous_secret_until  DATETIME(6)   NULL,
  enabled                TINYINT(1)    NOT NULL DEFAULT 1,
  disabled_reason        VARCHAR(20)   NULL,
  disabled_at            DATETIME(6)   NULL,
  failure_run            INT           NOT NULL DEFAULT 0,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(254)  NOT NULL,
  version                BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One event for one endpoint. message_id is the webhook-id header: the same on every attempt and
-- on a replay, so receivers can drop duplicates. data is the event's JSON; the body sent wraps it
-- with the type, created_at and the row id as the sequence, the same on every attempt.
CREATE TABLE webhook_delivery (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  endpoint_id      BIGINT        NOT NULL,
  message_id       VARCHAR(60)   NOT NULL,
  event_type       VARCHAR(40)   NOT NULL,
  data             MEDIUMTEXT    NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  last_status      INT           NULL,
  last_error       VARCHAR(1000) NULL,
  created_at       DATETIME(6)   NOT NULL,
  delivered_at     DATETIME(6)   NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
  CONSTRAINT uq_webhook_delivery_message UNIQUE (message_id),
  INDEX ix_webhook_delivery_due (status, next_attempt_at),
  INDEX ix_webhook_delivery_endpoint (endpoint_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each attempt to deliver: the HTTP status (none when no response came), how long it took, and the
-- start of the response or the error (at most 1 KB).
CREATE TABLE webhook_attempt (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  delivery_id   BIGINT        NOT NULL,
  endpoint_id   BIGINT        NOT NULL,
  attempted_at  DATETIME(6)   NOT NULL,
  http_status   INT           NULL,
  duration_ms   BIGINT        NOT NULL,
  excerpt       VARCHAR(1100) NULL,
  CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE,
  INDEX ix_webhook_attempt_delivery (delivery_id, id),
  INDEX ix_webhook_attempt_endpoint (endpoint_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
