-- The shard map's epoch of the tenant when a key was claimed. A claim still in progress from an
-- earlier epoch belongs to work the tenant's move refused (it can never commit), so a retry takes it
-- over at once instead of waiting until it is abandoned.
ALTER TABLE api_idempotency ADD COLUMN shard_epoch BIGINT NOT NULL DEFAULT 0;
