package com.orderpool.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
  @Test
  void secondMinuteHour() {
    ScheduleExpression daily = ReminderTimer.expression(ReminderTimer.DEFAULT_SCHEDULE);
    assertEquals("0", daily.getSecond());
    assertEquals("0", daily.getMinute());
    assertEquals("7", daily.getHour());
    ScheduleExpression often = ReminderTimer.expression(" */5  *  * ");
    assertEquals("*/5", often.getSecond());
    assertEquals("*", often.getMinute());
    assertEquals("*", often.getHour());
  }

  @Test
  void anotherFormIsRefusedNamingTheSetting() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReminderTimer.expression("7:00"));
    assertTrue(e.getMessage().startsWith(ReminderTimer.SCHEDULE), e.getMessage());
  }
}
