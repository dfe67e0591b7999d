-- Indexes for the order pool: every filter with the pool's sort (newest first) after it, so a
-- filtered page reads only the rows it shows; prefix search on customer and model.
ALTER TABLE customer_order
  DROP INDEX ix_order_phase,
  ADD INDEX ix_order_phase_created (phase, created_at, id),
  ADD INDEX ix_order_status_created (status_id, created_at, id),
  ADD INDEX ix_order_payment_created (payment_status, created_at, id),
  ADD INDEX ix_order_type_created (order_type, created_at, id),
  ADD INDEX ix_order_model_created (model, created_at, id),
  ADD INDEX ix_order_customer_name (customer_name),
  ADD INDEX ix_order_customer_email (customer_email);
