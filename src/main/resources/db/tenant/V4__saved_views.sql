CREATE TABLE saved_view (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner        VARCHAR(254)  NOT NULL,
  name         VARCHAR(80)   NOT NULL,
  filter_json  VARCHAR(4000) NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uq_saved_view UNIQUE (owner, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
