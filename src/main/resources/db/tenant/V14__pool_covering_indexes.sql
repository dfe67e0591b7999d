-- The pool's filters combine a column with the default "not cancelled" (phase) or with the payment
-- status. With both columns in the index, the capped count and the page's ids are read from the
-- index alone instead of looking up each candidate row (e.g. "unpaid" had to read up to 10,001 rows
-- to check their phase).
ALTER TABLE customer_order
  DROP INDEX ix_order_payment_created,
  ADD INDEX ix_order_payment_created (payment_status, created_at, id, phase),
  DROP INDEX ix_order_phase_created,
  ADD INDEX ix_order_phase_created (phase, created_at, id, payment_status),
  DROP INDEX ix_order_status_created,
  ADD INDEX ix_order_status_created (status_id, created_at, id, phase),
  DROP INDEX ix_order_created,
  ADD INDEX ix_order_created (created_at, id, phase, payment_status);
