package com.orderpool.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkMaskTest {
  private static final String TOKEN = "Zk3_q-9aB0cDeFgHiJkLmNoPqRsTuVwXyZ012345678";

  @Test
  void plainAndEscapedLinksLoseTheirToken() {
    String text = "Open https://b.example/set-password.xhtml?token=" + TOKEN + " within 1 hour.";
    assertEquals(
        "Open https://b.example/set-password.xhtml?token=" + LinkMask.MASK + " within 1 hour.",
        LinkMask.mask(text));
    String html =
        "<a href=\"https://b.example/set-password.xhtml?token&#61;"
            + TOKEN
            + "\">go</a> or https://b.example/set-password.xhtml?TOKEN%3D"
            + TOKEN;
    String masked = LinkMask.mask(html);
    assertFalse(masked.contains(TOKEN), masked);
    assertTrue(masked.contains("token&#61;" + LinkMask.MASK), masked);
  }

  @Test
  void otherTextStaysAsItIs() {
    assertEquals(
        "Your order 10001-BFG is on its way.",
        LinkMask.mask("Your order 10001-BFG is on its way."));
    assertNull(LinkMask.mask(null));
  }

  @Test
  void onlyAccountLinkEventsAreLockedForTenants() {
    assertFalse(MailEvent.PASSWORD_RESET.isTenantEditable());
    assertFalse(MailEvent.USER_INVITATION.isTenantEditable());
    assertTrue(MailEvent.ORDER_CONFIRMATION.isTenantEditable());
  }
}
