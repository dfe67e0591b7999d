package com.orderpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void clampsAndEscapesSearch() {
    PageRequest p = new PageRequest(-5, 10_000, null, false, "  50%_off\\ ");
    assertEquals(0, p.first());
    assertEquals(PageRequest.MAX_SIZE, p.size());
    assertEquals("%50\\%\\_off\\\\%", p.likePattern());
    assertNull(new PageRequest(0, 10, null, false, "   ").likePattern());
  }
}
