-- SFTP logins of tenants: the user name alone decides the tenant (and so the folder the login is
-- jailed in), so they live in the platform schema. One login per tenant; its password is stored as
-- a PBKDF2 hash (as people's passwords are), its OpenSSH public keys as their text.
CREATE TABLE sftp_account (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_code         CHAR(3)      NOT NULL,
  username            VARCHAR(32)  NOT NULL,
  password_hash       VARCHAR(200) NULL,
  password_changed_at DATETIME(6)  NULL,
  password_changed_by VARCHAR(254) NULL,
  created_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sftp_account_username UNIQUE (username),
  CONSTRAINT uq_sftp_account_tenant UNIQUE (tenant_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sftp_public_key (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  account_id  BIGINT        NOT NULL,
  key_type    VARCHAR(40)   NOT NULL,
  key_data    VARCHAR(4000) NOT NULL,
  comment     VARCHAR(200)  NULL,
  fingerprint VARCHAR(100)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(254)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sftp_public_key UNIQUE (account_id, fingerprint),
  CONSTRAINT fk_sftp_public_key_account FOREIGN KEY (account_id) REFERENCES sftp_account (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
