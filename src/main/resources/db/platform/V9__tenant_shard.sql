-- The shard map: which database server holds each tenant's schema. Servers are names from the
-- configuration (orderpool.db.servers); their URLs and credentials are never stored here.
CREATE TABLE tenant_shard (
  tenant_code   CHAR(3)      NOT NULL PRIMARY KEY,
  db_server     VARCHAR(64)  NOT NULL,
  writable      BOOLEAN      NOT NULL DEFAULT TRUE,
  epoch         BIGINT       NOT NULL DEFAULT 0,
  move_target   VARCHAR(64)  NULL,
  move_state    VARCHAR(16)  NULL,
  move_percent  INT          NOT NULL DEFAULT 0,
  move_detail   VARCHAR(1000) NULL,
  move_changed_at DATETIME(6) NULL,
  INDEX ix_tenant_shard_server (db_server)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every existing tenant lives on the default server, today's orderpool.db.*
INSERT INTO tenant_shard (tenant_code, db_server) SELECT code, 'main' FROM tenant;

-- the map is the one place that names a tenant's server
ALTER TABLE tenant DROP COLUMN db_server;
