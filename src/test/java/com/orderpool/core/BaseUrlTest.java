package com.orderpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
  @Test
  void anHttpAddressIsKeptWithoutTrailingSlashes() {
    assertEquals(
        Optional.of("https://backoffice.example.com"),
        BaseUrl.normalize(" https://backoffice.example.com// "));
    assertEquals(
        Optional.of("http://localhost:8080/orderpool"),
        BaseUrl.normalize("http://localhost:8080/orderpool/"));
  }

  @Test
  void anythingElseCountsAsNotConfigured() {
    for (String bad :
        new String[] {
          null,
          "",
          "  ",
          "backoffice.example.com",
          "ftp://example.com",
          "https://",
          "javascript:x",
          "https://example.com/?next=evil",
          "https://example.com/#x"
        }) {
      assertTrue(BaseUrl.normalize(bad).isEmpty(), String.valueOf(bad));
    }
  }
}
