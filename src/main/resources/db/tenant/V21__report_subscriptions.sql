-- A person's standing order for a report: e-mailed to them through the outbox once per period
-- (the previous month on the 1st, or the previous ISO week on Monday), in their language.
-- last_period is the last period sent ("2026-11" or "2026-W48"); a node claims a delivery by
-- moving it forward in one conditional UPDATE, so two nodes never send the same period twice.
CREATE TABLE report_subscription (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subscriber   VARCHAR(254)  NOT NULL,
  report       VARCHAR(64)   NOT NULL,
  format       VARCHAR(8)    NOT NULL,
  frequency    VARCHAR(10)   NOT NULL,
  language     VARCHAR(8)    NOT NULL,
  currency     CHAR(3)       NULL,
  created_at   DATETIME(6)   NOT NULL,
  created_by   VARCHAR(254)  NOT NULL,
  last_period  VARCHAR(10)   NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_report_subscription UNIQUE (subscriber, report, format, frequency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
