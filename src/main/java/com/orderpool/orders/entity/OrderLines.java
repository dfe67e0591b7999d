package com.orderpool.orders.entity;

import com.orderpool.core.BusinessException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The product lines of one order, held next to it in memory (the boundary loads and writes them;
 * they are not a mapped relationship): numbering, applying an edit by line id, their amounts, and
 * their specs and one-line summary. The order decides when lines may change.
 */
final class OrderLines implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<OrderLine> list = new ArrayList<>();

  /** New lines numbered from 1 in the given order. */
  static OrderLines numbered(List<LineSpec> specs) {
    OrderLines lines = new OrderLines();
    int no = 1;
    for (LineSpec l : specs) {
      lines.list.add(line(no++, l));
    }
    return lines;
  }

  private static OrderLine line(int no, LineSpec l) {
    return new OrderLine(
        no,
        l.sku() == null ? "" : l.sku().strip(),
        l.description().strip(),
        l.quantity(),
        l.unitPrice(),
        l.personalisation());
  }

  /** The lines themselves (the boundary sorts and persists them). */
  List<OrderLine> list() {
    return list;
  }

  void replace(List<OrderLine> loaded) {
    list = new ArrayList<>(loaded);
  }

  /** The lines, bound to their order's id so they can be persisted. */
  List<OrderLine> bindTo(long orderId) {
    list.forEach(l -> l.belongTo(orderId));
    return list;
  }

  List<BigDecimal> amounts() {
    return list.stream().map(OrderLine::amount).toList();
  }

  /**
   * Applies an edit: a null line id adds a line (numbered after the highest), a known id updates
   * that line and a line the edit leaves out is removed.
   */
  Order.LineChanges edit(Long orderId, List<Order.LineEdit> edits) {
    List<OrderLine> kept = new ArrayList<>();
    List<OrderLine> added = new ArrayList<>();
    int nextNo = list.stream().mapToInt(OrderLine::getLineNo).max().orElse(0) + 1;
    for (Order.LineEdit e : edits) {
      LineSpec l = e.spec();
      if (e.lineId() == null) {
        OrderLine fresh = line(nextNo++, l);
        fresh.belongTo(orderId);
        added.add(fresh);
      } else {
        OrderLine line =
            list.stream()
                .filter(x -> e.lineId().equals(x.getId()))
                .findFirst()
                .orElseThrow(() -> BusinessException.of("order.edit.unknownLine", e.lineId()));
        line.update(l.sku(), l.description(), l.quantity(), l.unitPrice(), l.personalisation());
        kept.add(line);
      }
    }
    List<OrderLine> removed = list.stream().filter(x -> !kept.contains(x)).toList();
    list = new ArrayList<>(kept);
    list.addAll(added);
    return new Order.LineChanges(added, removed);
  }

  /** A one-line summary of the lines, for history. */
  String summary() {
    return list.stream()
        .map(l -> l.getQuantity() + " × " + l.getDescription() + " @ " + l.getUnitPrice())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /** The lines as specs, to place a copy of the order. */
  List<LineSpec> specs() {
    return list.stream()
        .map(
            l ->
                new LineSpec(
                    l.getSku(),
                    l.getDescription(),
                    l.getQuantity(),
                    l.getUnitPrice(),
                    l.getPersonalisation()))
        .toList();
  }
}
