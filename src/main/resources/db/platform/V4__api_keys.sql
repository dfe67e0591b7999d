-- API keys of tenants: the key alone decides the tenant, so they live in the platform schema.
-- Only the SHA-256 of the whole key is stored; the public prefix finds the row.
CREATE TABLE api_key (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_code   CHAR(3)      NOT NULL,
  name          VARCHAR(100) NOT NULL,
  prefix        CHAR(12)     NOT NULL,
  secret_hash   CHAR(64)     NOT NULL,
  scopes        VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  created_by    VARCHAR(254) NOT NULL,
  expires_at    DATETIME(6)  NULL,
  last_used_at  DATETIME(6)  NULL,
  revoked_at    DATETIME(6)  NULL,
  revoked_by    VARCHAR(254) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_key_prefix UNIQUE (prefix),
  INDEX ix_api_key_tenant (tenant_code, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
