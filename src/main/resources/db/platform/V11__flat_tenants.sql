-- Issue 17: work that does not grow with the number of tenants.

-- The version each tenant schema was last brought up to (its newest tenant migration) and the
-- fingerprint of the default settings pack applied to it. Start-up migrates only the schemas
-- behind, in the background; a schema behind is migrated on its first use.
CREATE TABLE tenant_schema (
  tenant_code      CHAR(3)     NOT NULL PRIMARY KEY,
  schema_version   VARCHAR(50) NOT NULL,
  settings_version VARCHAR(64) NOT NULL,
  migrated_at      DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tenant that has background work of a kind (mail, webhooks) due from due_at on. Written in the
-- transaction that queues the work, so the relays visit only tenants with something to do; seq
-- grows with every write, so a relay clears only a marker nobody touched while it swept.
CREATE TABLE due_work (
  kind        VARCHAR(16) NOT NULL,
  tenant_code CHAR(3)     NOT NULL,
  due_at      DATETIME(6) NOT NULL,
  seq         BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, tenant_code),
  KEY due_work_due (kind, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
