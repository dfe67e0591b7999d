-- Shipping: the tenant's shipping methods (a carrier and its tracking link), shipments of one order
-- or of a paid group (what each order of it ships: a BULK order may ship in parts), and the parcels
-- with their tracking numbers. The order keeps the method the customer chose and, for the pool, the
-- first tracking number and its link, the parcel count and the pieces sent so far.
CREATE TABLE shipping_method (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_en        VARCHAR(80)   NOT NULL,
  name_es        VARCHAR(80)   NOT NULL,
  carrier        VARCHAR(80)   NOT NULL,
  tracking_url   VARCHAR(500)  NULL,
  retired        TINYINT(1)    NOT NULL DEFAULT 0,
  display_order  INT           NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shipment (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  group_id      BIGINT        NULL,
  method_id     BIGINT        NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  note          VARCHAR(500)  NULL,
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(254)  NOT NULL,
  sent_at       DATETIME(6)   NULL,
  sent_by       VARCHAR(254)  NULL,
  delivered_at  DATETIME(6)   NULL,
  delivered_by  VARCHAR(254)  NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_shipment_method FOREIGN KEY (method_id) REFERENCES shipping_method (id),
  INDEX ix_shipment_group (group_id),
  INDEX ix_shipment_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shipment_item (
  id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shipment_id  BIGINT   NOT NULL,
  order_id     BIGINT   NOT NULL,
  pieces       INT      NOT NULL,
  CONSTRAINT fk_shipment_item_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  CONSTRAINT fk_shipment_item_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  UNIQUE KEY uq_shipment_item (shipment_id, order_id),
  INDEX ix_shipment_item_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE parcel (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shipment_id      BIGINT        NOT NULL,
  position         INT           NOT NULL,
  tracking_number  VARCHAR(64)   NOT NULL,
  weight_grams     INT           NULL,
  CONSTRAINT fk_parcel_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  UNIQUE KEY uq_parcel_position (shipment_id, position),
  INDEX ix_parcel_tracking (tracking_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE customer_order
  ADD COLUMN shipping_method_id  BIGINT        NULL,
  ADD COLUMN tracking_number     VARCHAR(64)   NULL,
  ADD COLUMN tracking_url        VARCHAR(600)  NULL,
  ADD COLUMN carrier             VARCHAR(80)   NULL,
  ADD COLUMN parcels             INT           NOT NULL DEFAULT 0,
  ADD COLUMN pieces_sent         INT           NOT NULL DEFAULT 0;

-- Two methods to start with; the tenant changes or retires them on the Shipping methods page.
INSERT INTO shipping_method (name_en, name_es, carrier, tracking_url, display_order) VALUES
  ('Standard delivery', 'Envío estándar', 'Correos',
   'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={tracking}', 10),
  ('Express courier', 'Mensajería urgente', 'SEUR',
   'https://www.seur.com/livetracking/?segOnlineIdentificador={tracking}', 20);
