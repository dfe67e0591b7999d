-- Customers: the tenant's directory, matched by e-mail as orders arrive. The addresses are the
-- last ones used; every order keeps its own copy.
CREATE TABLE customer (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email                VARCHAR(254)  NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  phone                VARCHAR(40)   NULL,
  company              VARCHAR(200)  NULL,
  billing_name         VARCHAR(200)  NULL,
  billing_company      VARCHAR(200)  NULL,
  billing_line1        VARCHAR(200)  NULL,
  billing_line2        VARCHAR(200)  NULL,
  billing_postal_code  VARCHAR(12)   NULL,
  billing_city         VARCHAR(100)  NULL,
  billing_region       VARCHAR(100)  NULL,
  billing_country      CHAR(2)       NULL,
  billing_phone        VARCHAR(40)   NULL,
  shipping_name        VARCHAR(200)  NULL,
  shipping_company     VARCHAR(200)  NULL,
  shipping_line1       VARCHAR(200)  NULL,
  shipping_line2       VARCHAR(200)  NULL,
  shipping_postal_code VARCHAR(12)   NULL,
  shipping_city        VARCHAR(100)  NULL,
  shipping_region      VARCHAR(100)  NULL,
  shipping_country     CHAR(2)       NULL,
  shipping_phone       VARCHAR(40)   NULL,
  created_at           DATETIME(6)   NOT NULL,
  last_order_at        DATETIME(6)   NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_customer_email UNIQUE (email),
  INDEX ix_customer_name (name),
  INDEX ix_customer_company (company),
  INDEX ix_customer_last_order (last_order_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE customer_order
  ADD COLUMN customer_id          BIGINT        NULL AFTER customer_email,
  ADD COLUMN customer_phone       VARCHAR(40)   NULL AFTER customer_id,
  ADD COLUMN customer_company     VARCHAR(200)  NULL AFTER customer_phone,
  ADD COLUMN billing_name         VARCHAR(200)  NULL,
  ADD COLUMN billing_company      VARCHAR(200)  NULL,
  ADD COLUMN billing_line1        VARCHAR(200)  NULL,
  ADD COLUMN billing_line2        VARCHAR(200)  NULL,
  ADD COLUMN billing_postal_code  VARCHAR(12)   NULL,
  ADD COLUMN billing_city         VARCHAR(100)  NULL,
  ADD COLUMN billing_region       VARCHAR(100)  NULL,
  ADD COLUMN billing_country      CHAR(2)       NULL,
  ADD COLUMN billing_phone        VARCHAR(40)   NULL,
  ADD COLUMN shipping_name        VARCHAR(200)  NULL,
  ADD COLUMN shipping_company     VARCHAR(200)  NULL,
  ADD COLUMN shipping_line1       VARCHAR(200)  NULL,
  ADD COLUMN shipping_line2       VARCHAR(200)  NULL,
  ADD COLUMN shipping_postal_code VARCHAR(12)   NULL,
  ADD COLUMN shipping_city        VARCHAR(100)  NULL,
  ADD COLUMN shipping_region      VARCHAR(100)  NULL,
  ADD COLUMN shipping_country     CHAR(2)       NULL,
  ADD COLUMN shipping_phone       VARCHAR(40)   NULL,
  ADD CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  ADD INDEX ix_order_customer (customer_id, created_at, id);

-- Orders placed before the directory existed get their customers now.
INSERT INTO customer (email, name, created_at, last_order_at)
  SELECT customer_email, MAX(customer_name), MIN(created_at), MAX(created_at)
  FROM customer_order GROUP BY customer_email;

UPDATE customer_order o JOIN customer c ON c.email = o.customer_email SET o.customer_id = c.id;
