package com.orderpool.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstSignInTest {
  @Test
  void onlyTheChangePageAndWhatItNeedsAreOpen() {
    assertTrue(FirstSignIn.allowed(FirstSignIn.PAGE));
    assertTrue(FirstSignIn.allowed("/login.xhtml"));
    assertTrue(FirstSignIn.allowed("/jakarta.faces.resource/theme.css.xhtml"));
    for (String closed :
        new String[] {
          "/",
          "/index.xhtml",
          "/platform/tenants.xhtml",
          "/orders/pool.xhtml",
          "/api/v1/orders",
          "/change-password.xhtml/../platform/tenants.xhtml",
          "/set-password.xhtml"
        }) {
      assertFalse(FirstSignIn.allowed(closed), closed);
    }
  }
}
