-- A key bound to one partner of its tenant (the partner lives in the tenant's schema, so no foreign
-- key): it reads only the orders submitted to that partner and may post their shipments.
ALTER TABLE api_key
  ADD COLUMN partner_id BIGINT NULL;
