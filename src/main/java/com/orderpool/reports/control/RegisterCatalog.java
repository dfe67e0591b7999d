package com.orderpool.reports.control;

import com.orderpool.core.Register;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registers every context offers (see {@link Register}), by report name, in the order the
 * reports page lists them.
 */
@ApplicationScoped
public class RegisterCatalog {
  /** The order of the reports page: money first, then orders. */
  public static final List<String> ORDER =
      List.of(
          "invoices",
          "credit-notes",
          "payments",
          "vat",
          "receivables",
          "orders",
          "wip",
          "cancellations",
          "commissions");

  @Inject @Any Instance<Register> found;

  private Map<String, Register> byName;

  @PostConstruct
  void index() {
    Map<String, Register> m = new TreeMap<>();
    for (Register r : found) {
      m.put(r.name(), r);
    }
    byName = Collections.unmodifiableMap(m);
  }

  public Optional<Register> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  /** The report names, in the page's order (registers not in {@link #ORDER} last). */
  public List<String> names() {
    return byName.keySet().stream()
        .sorted(
            (a, b) ->
                Integer.compare(
                    ORDER.indexOf(a) < 0 ? 99 : ORDER.indexOf(a),
                    ORDER.indexOf(b) < 0 ? 99 : ORDER.indexOf(b)))
        .toList();
  }
}
