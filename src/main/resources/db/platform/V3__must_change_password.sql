-- A generated platform admin password must be replaced at the first sign-in.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
-- Open set-password links of a user are looked up (and revoked) together.
CREATE INDEX ix_token_user_open ON password_token (user_id, used_at);
