-- A partner's webhook channel: one of the tenant's webhook endpoints, chosen for the partner. Its
-- submissions and cancellations are queued there as signed partner.* deliveries (the webhook
-- outbox); a submission remembers its delivery, so a delivery given up marks it Failed.
ALTER TABLE partner
  ADD COLUMN webhook_endpoint_id BIGINT NULL;

ALTER TABLE partner_submission
  ADD COLUMN webhook_delivery_id BIGINT NULL,
  ADD INDEX ix_partner_submission_delivery (webhook_delivery_id);
