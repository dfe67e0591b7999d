package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantSchemaTest {
  @Test
  void codeIsThreeUpperCaseLetters() {
    assertTrue(TenantSchema.isValidCode("BFG"));
    assertFalse(TenantSchema.isValidCode("bfg"));
    assertFalse(TenantSchema.isValidCode("BF"));
    assertFalse(TenantSchema.isValidCode("B1G"));
    assertFalse(TenantSchema.isValidCode("BFG`; DROP"));
  }

  @Test
  void schemaNameIsDerivedOnlyFromAValidCode() {
    assertEquals("tenant_bfg", TenantSchema.of("BFG"));
    assertThrows(IllegalArgumentException.class, () -> TenantSchema.of("x`y"));
  }
}
