package com.orderpool.support;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;

/** Runs test work in one container transaction that commits, or that is rolled back at its end. */
@Stateless
public class Transactions {
  @Resource SessionContext session;

  public <T> T committing(Supplier<T> work) {
    return work.get();
  }

  /** Runs the work, then rolls its transaction back, as a crash before commit would. */
  public <T> T rollingBack(Supplier<T> work) {
    T result = work.get();
    session.setRollbackOnly();
    return result;
  }

  public void run(Runnable work) {
    work.run();
  }
}
