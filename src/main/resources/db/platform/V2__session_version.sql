-- Sessions carry the version they signed in with; raising it ends them (new password, deactivation,
-- tenant suspension). Failed sign-ins are throttled per client address in memory, so the account-wide
-- lockout columns go.
ALTER TABLE user_account
  ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0,
  DROP COLUMN failed_logins,
  DROP COLUMN locked_until;
