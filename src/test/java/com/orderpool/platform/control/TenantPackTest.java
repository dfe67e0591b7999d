package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.platform.entity.Role;
import org.junit.jupiter.api.Test;

class TenantPackTest {
  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void defaultsGiveEveryTenantNumberStart10001() {
    assertEquals("10001", TenantPack.defaultSettings(loader).get(TenantPack.NUMBER_START));
  }

  @Test
  void demoPackOverridesDefaultsAndListsUsers() {
    TenantPack bfg = TenantPack.load(loader, "bfg");
    assertEquals("BFG", bfg.code());
    assertEquals("es", bfg.locale());
    assertEquals("12001", bfg.settings().get(TenantPack.NUMBER_START));
    assertEquals("21.00", bfg.settings().get("vat.rate"), "inherited from _default");
    assertEquals(2, bfg.users().size());
    assertEquals(Role.ACCOUNTANT, bfg.users().get(1).role());
  }

  @Test
  void missingPackIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> TenantPack.load(loader, "nope"));
  }
}
