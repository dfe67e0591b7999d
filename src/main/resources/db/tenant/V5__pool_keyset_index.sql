-- The pool's default order (newest first) with the phase in the index: deep offset pages read
-- ids from this index alone, without touching the rows they skip.
ALTER TABLE customer_order
  DROP INDEX ix_order_created,
  ADD INDEX ix_order_created (created_at, id, phase),
  ADD INDEX ix_order_channel_type_created (channel, order_type, created_at, id);
