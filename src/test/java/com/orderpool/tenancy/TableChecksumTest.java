package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.sql.DataSourceDefinition;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableChecksumTest {
  private static TableChecksum.Sum sum(Object[]... rows) {
    TableChecksum c = new TableChecksum();
    for (Object[] r : rows) {
      c.row(r);
    }
    return c.sum();
  }

  @Test
  void equalRowsGiveEqualSumsAndAnyChangeAnother() {
    Object[] a = {"1", "12345-ABC", "100.00", null};
    Object[] b = {"2", "12346-ABC", "50.00", "note"};
    assertEquals(sum(a, b), sum(a.clone(), b.clone()));
    assertNotEquals(sum(a, b).sha256(), sum(b, a).sha256(), "order matters");
    assertNotEquals(sum(a).sha256(), sum(new Object[] {"1", "12345-ABC", "100.01", null}).sha256());
    // a null and an empty text, or shifted values, are told apart
    assertNotEquals(sum(new Object[] {null}).sha256(), sum(new Object[] {""}).sha256());
    assertNotEquals(sum(new Object[] {"ab", "c"}).sha256(), sum(new Object[] {"a", "bc"}).sha256());
    assertNotEquals(
        sum(new Object[] {new byte[] {1, 2}}).sha256(),
        sum(new Object[] {new byte[] {1, 3}}).sha256());
    assertEquals(2, sum(a, b).rows());
  }

  @Test
  void differencesNameEveryTableThatIsNotEqual() {
    Map<String, TableChecksum.Sum> source = new LinkedHashMap<>();
    source.put("customer_order", sum(new Object[] {"1"}, new Object[] {"2"}));
    source.put("order_line", sum(new Object[] {"1"}));
    source.put("payment", sum(new Object[] {"9"}));
    source.put("outbox", sum());
    Map<String, TableChecksum.Sum> copy = new LinkedHashMap<>(source);
    assertEquals(List.of(), TableChecksum.differences(source, copy));

    copy.put("customer_order", sum(new Object[] {"1"}));
    copy.put("order_line", sum(new Object[] {"x"}));
    copy.remove("payment");
    copy.put("stray", sum());
    List<String> d = TableChecksum.differences(source, copy);
    assertEquals(4, d.size(), d.toString());
    assertTrue(d.contains("customer_order: 2 rows, copy 1"), d.toString());
    assertTrue(d.contains("order_line: checksum differs (1 rows)"), d.toString());
    assertTrue(d.contains("payment: missing in the copy"), d.toString());
    assertTrue(d.contains("stray: only in the copy"), d.toString());
  }

  /** Every pool gets the same driver properties: the container's annotation repeats the list. */
  @Test
  void theContainersPoolHasTheDriverPropertiesOfEveryPool() {
    DataSourceDefinition def = PersistenceUnits.class.getAnnotation(DataSourceDefinition.class);
    Map<String, String> annotated =
        Arrays.stream(def.properties())
            .filter(p -> !p.startsWith("fish.payara."))
            .map(p -> p.split("=", 2))
            .collect(Collectors.toMap(p -> p[0], p -> p[1], (x, y) -> y, LinkedHashMap::new));
    assertEquals(DriverProperties.all(), annotated);
    assertEquals("true", DriverProperties.all().get("dontTrackOpenResources"));
  }
}
