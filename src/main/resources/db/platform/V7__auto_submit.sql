-- Tenants that submit paid orders to their partners automatically once a countdown runs out. Kept
-- in the platform schema so the once-a-minute check visits only those tenants, however many others
-- there are.
CREATE TABLE auto_submit (
  tenant_code   CHAR(3)      NOT NULL,
  after_minutes INT          NOT NULL,
  set_by        VARCHAR(254) NOT NULL,
  set_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
