-- A paused endpoint keeps its deliveries waiting (due, not given up) until it is resumed.
ALTER TABLE webhook_endpoint
  ADD COLUMN paused_at DATETIME(6)  NULL,
  ADD COLUMN paused_by VARCHAR(254) NULL;
