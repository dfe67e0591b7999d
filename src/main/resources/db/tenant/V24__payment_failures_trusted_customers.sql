-- Payment failures a provider reports (payment.failed): one row per provider event, so a replayed
-- event has one effect, with the provider's reason and what it did to the order (FAILED: the order
-- moved to its Failed status; UNCHANGED: it was left as it was).
CREATE TABLE payment_failure (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id           BIGINT        NOT NULL,
  provider           VARCHAR(40)   NOT NULL,
  provider_event_id  VARCHAR(120)  NOT NULL,
  reference          VARCHAR(120)  NULL,
  reason             VARCHAR(500)  NULL,
  outcome            VARCHAR(16)   NOT NULL,
  received_at        DATETIME(6)   NOT NULL,
  CONSTRAINT fk_payment_failure_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  UNIQUE KEY uq_payment_failure_event (provider, provider_event_id),
  INDEX ix_payment_failure_order (order_id, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The default Failed status now also holds orders whose payment failed: its hover text says so
-- (only where the tenant kept the old default text).
UPDATE order_status
   SET description_en = 'The payment failed or the order could not be produced, contact us.',
       description_es = 'El pago no se completó o el pedido no se pudo producir, contacte con nosotros.'
 WHERE code = 'failed'
   AND description_en = 'Could not be produced, contact us.'
   AND description_es = 'No se pudo producir, contacte con nosotros.';

-- A trusted customer's unpaid orders may ship before payment where the tenant allows it
-- (tenant setting shipping.before-payment).
ALTER TABLE customer ADD COLUMN trusted TINYINT(1) NOT NULL DEFAULT 0;
