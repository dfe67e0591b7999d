CREATE TABLE tenant (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          CHAR(3)      NOT NULL,
  name          VARCHAR(200) NOT NULL,
  schema_name   VARCHAR(64)  NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  locale        VARCHAR(8)   NOT NULL,
  currency      CHAR(3)      NOT NULL,
  db_server     VARCHAR(64)  NOT NULL DEFAULT 'default',
  created_at    DATETIME(6)  NOT NULL,
  status_changed_at DATETIME(6) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_tenant_code UNIQUE (code),
  CONSTRAINT uq_tenant_schema UNIQUE (schema_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT       NULL,
  email          VARCHAR(254) NOT NULL,
  display_name   VARCHAR(120) NOT NULL,
  role           VARCHAR(24)  NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  password_hash  VARCHAR(200) NULL,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(6)  NULL,
  created_at     DATETIME(6)  NOT NULL,
  last_login_at  DATETIME(6)  NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_user_email UNIQUE (email),
  CONSTRAINT fk_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_user_tenant (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE password_token (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT      NOT NULL,
  token_hash  CHAR(64)    NOT NULL,
  purpose     VARCHAR(16) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  used_at     DATETIME(6) NULL,
  CONSTRAINT uq_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
