package com.orderpool.files;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * Keeps stored files in step with the database: a file written for a row is removed again if the
 * transaction rolls back, and a file whose row was deleted is removed only once that commits.
 */
public final class FileCleanup implements Synchronization {
  private final AttachmentStore store;
  private final String tenantCode;
  private final String key;
  private final boolean onCommit;

  private FileCleanup(AttachmentStore store, String tenantCode, String key, boolean onCommit) {
    this.store = store;
    this.tenantCode = tenantCode;
    this.key = key;
    this.onCommit = onCommit;
  }

  /** Removes the file unless the transaction commits. */
  public static FileCleanup unlessCommitted(AttachmentStore store, String tenantCode, String key) {
    return new FileCleanup(store, tenantCode, key, false);
  }

  /** Removes the file once the transaction has committed. */
  public static FileCleanup afterCommit(AttachmentStore store, String tenantCode, String key) {
    return new FileCleanup(store, tenantCode, key, true);
  }

  @Override
  public void beforeCompletion() {
    // nothing to do before the outcome is known
  }

  @Override
  public void afterCompletion(int status) {
    if ((status == Status.STATUS_COMMITTED) == onCommit) {
      store.delete(tenantCode, key);
    }
  }
}
