package com.orderpool.collaboration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final Instant DUE = Instant.parse("2026-03-10T09:00:00Z");

  private static Task task() {
    return new Task(1, "  Call the customer  ", DUE, 7, "Sam Staff", "admin@x.test", DUE);
  }

  @Test
  void aNewTaskIsOpenWithATrimmedDescription() {
    Task t = task();
    assertEquals(TaskStatus.OPEN, t.getStatus());
    assertEquals("Call the customer", t.getDescription());
  }

  @Test
  void overdueOnlyWhileOpenAndPastItsDueTime() {
    Task t = task();
    assertFalse(t.isOverdue(DUE.minusSeconds(1)));
    assertFalse(t.isOverdue(DUE), "due exactly now is not yet overdue");
    assertTrue(t.isOverdue(DUE.plus(Duration.ofMinutes(1))));
    t.markDone("sam@x.test", DUE.plus(Duration.ofHours(1)));
    assertFalse(t.isOverdue(DUE.plus(Duration.ofDays(3))), "a done task is never overdue");
  }

  @Test
  void doneRecordsWhoAndWhenAndReopenClearsIt() {
    Task t = task();
    Instant at = DUE.plusSeconds(60);
    t.markDone("sam@x.test", at);
    assertEquals(TaskStatus.DONE, t.getStatus());
    assertEquals("sam@x.test", t.getDoneBy());
    assertEquals(at, t.getDoneAt());
    t.reopen();
    assertTrue(t.isOpen());
    assertNull(t.getDoneBy());
    assertNull(t.getDoneAt());
  }

  @Test
  void doneTwiceOrReopeningAnOpenTaskIsRefused() {
    Task t = task();
    assertEquals("task.alreadyOpen", assertThrows(BusinessException.class, t::reopen).messageKey());
    t.markDone("a", DUE);
    assertEquals(
        "task.alreadyDone",
        assertThrows(BusinessException.class, () -> t.markDone("a", DUE)).messageKey());
  }
}
