-- Tenants that expect an order file every N hours (the missing-file alarm). Kept in the platform
-- schema so that finding the overdue ones is one query, however many tenants there are: a row
-- exists only for a tenant that set an expectation, and its next deadline is kept on it.
CREATE TABLE file_watch (
  tenant_code  CHAR(3)      NOT NULL,
  every_hours  INT          NOT NULL,
  due_at       DATETIME(6)  NOT NULL,
  last_file_at DATETIME(6)  NULL,
  alarmed_at   DATETIME(6)  NULL,
  set_by       VARCHAR(254) NOT NULL,
  set_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_code),
  KEY ix_file_watch_due (alarmed_at, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
