-- Injected failure for the provisioning rollback test: this statement cannot run.
CREATE TABLE broken_table (id BIGINT PRIMARY KEY, missing_type);
