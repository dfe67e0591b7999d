package com.orderpool.orders;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.SavedViews;
import com.orderpool.orders.boundary.StatusForm;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.CancelQuote;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom statuses, the status machine, hold, cancellation with fees, clone and history. */
class OrderWorkflowIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings statuses;
  @Inject TenantRunner runner;
  @Inject SavedViews savedViews;
  @Inject Payments payments;

  private String tenant() {
    return Codes.newTenant(console);
  }

  /** An order of 2 x 100.00 + shipping 20.00 at the default 21 % VAT: total 266.20. */
  private Order order(String code) {
    NewOrder cmd = TestOrders.of(OrderType.BULK, "Derby", 2, "Ann", "ann@x.test");
    cmd.setLines(List.of(new LineInput("DB-1", "Derby, brown", 2, new BigDecimal("100.00"))));
    cmd.setShippingCost(new BigDecimal("20.00"));
    return runner.call(code, () -> orders.create(cmd));
  }

  /** The same order, marked paid in full: it goes to production by itself ("Paid, queued"). */
  private Order paid(String code) {
    Order o = order(code);
    return runner.call(
        code, () -> payments.markPaid(o.getId(), "paid at the counter", o.getVersion()));
  }

  private OrderStatus status(String code, String statusCode) {
    return runner.call(
        code,
        () ->
            statuses.list().stream()
                .filter(s -> s.getCode().equals(statusCode))
                .findFirst()
                .orElseThrow());
  }

  private Order move(String code, Order o, String statusCode) {
    long id = status(code, statusCode).getId();
    return runner.call(code, () -> workflow.moveTo(o.getId(), id, o.getVersion()));
  }

  @Test
  void newTenantGetsTheDefaultStatusesAndOrdersStartPending() {
    String code = tenant();
    List<String> codes =
        runner.call(code, () -> statuses.list()).stream().map(OrderStatus::getCode).toList();
    assertEquals(14, codes.size());
    assertTrue(
        codes.containsAll(
            List.of(
                "queued", "received", "cut", "sewing", "finishing", "quality_check", "packed")));
    Order o = order(code);
    assertEquals("pending_payment", o.getStatus().getCode());
    assertEquals(new BigDecimal("200.00"), o.getManufacturingCost());
    assertEquals(new BigDecimal("46.20"), o.getVatAmount());
    assertEquals(new BigDecimal("266.20"), o.getTotal());
  }

  @Test
  void movesForwardThroughProductionAndRecordsHistory() {
    String code = tenant();
    Order o = order(code);
    Throwable skip = unwrap(assertThrows(Exception.class, () -> move(code, o, "sewing")));
    assertEquals("status", assertInstanceOf(BusinessException.class, skip).field());
    Throwable unpaid = unwrap(assertThrows(Exception.class, () -> move(code, o, "queued")));
    assertEquals(
        "order.move.unpaid", assertInstanceOf(BusinessException.class, unpaid).messageKey());
    assertEquals(Phase.PENDING_PAYMENT, runner.call(code, () -> orders.get(o.getId())).getPhase());

    Order queued =
        runner.call(code, () -> payments.markPaid(o.getId(), "bank transfer seen", o.getVersion()));
    assertEquals("queued", queued.getStatus().getCode(), "paid orders wait in Paid, queued");
    assertNotNull(queued.getWipStartAt(), "WIP start set on entering production");
    Order received = move(code, queued, "received");
    assertEquals(Phase.IN_PRODUCTION, received.getPhase());
    Order cut = move(code, received, "cut");
    Order sewing = move(code, cut, "sewing");
    assertEquals("sewing", sewing.getStatus().getCode());
    assertEquals(received.getWipStartAt(), sewing.getWipStartAt(), "WIP start is kept");
    Throwable back = unwrap(assertThrows(Exception.class, () -> move(code, sewing, "cut")));
    assertInstanceOf(BusinessException.class, back);

    List<OrderHistoryEntry> history = runner.call(code, () -> orders.history(o.getId()));
    List<String> moves =
        history.stream()
            .filter(h -> h.getField().equals("status"))
            .map(OrderHistoryEntry::getNewValue)
            .toList();
    assertEquals(List.of("Paid, queued", "Received", "Cut", "Sewing Department"), moves);
    assertTrue(history.stream().allMatch(h -> h.getActor() != null && h.getAt() != null));
  }

  @Test
  void staleVersionGivesAClearConflict() {
    String code = tenant();
    Order o = paid(code);
    move(code, o, "received");
    Throwable stale = unwrap(assertThrows(Exception.class, () -> move(code, o, "received")));
    assertInstanceOf(ConflictException.class, stale);
  }

  @Test
  void holdAndReleaseReturnToTheSameStatus() {
    String code = tenant();
    Order cut = move(code, move(code, paid(code), "received"), "cut");
    Order held =
        runner.call(code, () -> workflow.hold(cut.getId(), "customer asked", cut.getVersion()));
    assertEquals(Phase.ON_HOLD, held.getPhase());
    assertEquals("cut", held.getHeldFrom().getCode());
    assertTrue(runner.call(code, () -> workflow.nextStatuses(held.getId())).isEmpty());
    Order released = runner.call(code, () -> workflow.release(held.getId(), held.getVersion()));
    assertEquals("cut", released.getStatus().getCode());
    assertNull(released.getHeldFrom());
  }

  @Test
  void unpaidPendingOrderCancelsFreeAndLeavesThePool() {
    String code = tenant();
    Order o = order(code);
    CancelQuote quote = runner.call(code, () -> workflow.quoteCancel(o.getId()));
    assertTrue(quote.isFree());
    Throwable noReason =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code, () -> workflow.cancel(o.getId(), " ", null, o.getVersion()))));
    assertEquals("reason", assertInstanceOf(BusinessException.class, noReason).field());

    Order cancelled =
        runner.call(code, () -> workflow.cancel(o.getId(), "changed mind", null, o.getVersion()));
    assertEquals(Phase.CANCELLED, cancelled.getPhase());
    assertEquals(0, cancelled.getCancelFee().signum());
    assertEquals(
        0, runner.call(code, () -> orders.count(new PoolFilter())), "hidden from the default pool");
    assertEquals(
        1, runner.call(code, () -> orders.count(PoolFilter.all())), "back with show cancelled");
    assertEquals(
        0, runner.call(code, () -> orders.list(new PoolFilter(), PageRequest.of(0, 10))).size());
    CancelQuote again = runner.call(code, () -> workflow.quoteCancel(o.getId()));
    assertEquals("cancel.refused.CANCELLED", again.reasonKey());
  }

  @Test
  void aPaidOrderCancelsFreeUntilReceivedAndPaysTheStatusFeeAfter() {
    String code = tenant();
    Order queued = paid(code);
    assertEquals("queued", queued.getStatus().getCode());
    CancelQuote inWindow = runner.call(code, () -> workflow.quoteCancel(queued.getId()));
    assertEquals("cancel.basis.freeWindow", inWindow.reasonKey());
    Order freed =
        runner.call(
            code, () -> workflow.cancel(queued.getId(), "changed mind", null, queued.getVersion()));
    assertEquals(new BigDecimal("0.00"), freed.getCancelFee());
    assertEquals(new BigDecimal("266.20"), freed.getPendingCredit(), "all of it is credited");

    Order received = move(code, paid(code), "received");
    CancelQuote afterReceived = runner.call(code, () -> workflow.quoteCancel(received.getId()));
    assertEquals("cancel.basis.fee", afterReceived.reasonKey(), "Received: point of no return");
    Order charged =
        runner.call(
            code,
            () -> workflow.cancel(received.getId(), "changed mind", null, received.getVersion()));
    assertEquals(new BigDecimal("50.00"), charged.getCancelFee(), "Received: fixed 50");
    assertEquals(new BigDecimal("216.20"), charged.getPendingCredit());
  }

  @Test
  void cancelInProductionChargesTheStatusFeeOrAnOverride() {
    String code = tenant();
    Order sewing = move(code, move(code, move(code, paid(code), "received"), "cut"), "sewing");
    CancelQuote quote = runner.call(code, () -> workflow.quoteCancel(sewing.getId()));
    assertEquals(new BigDecimal("75.00"), quote.fee(), "Sewing Department: fixed 75");
    Order cancelled =
        runner.call(
            code, () -> workflow.cancel(sewing.getId(), "fabric issue", null, sewing.getVersion()));
    assertEquals(new BigDecimal("75.00"), cancelled.getCancelFee());
    assertTrue(
        runner.call(code, () -> orders.history(sewing.getId())).stream()
            .anyMatch(h -> h.getField().equals("cancelFee") && h.getNewValue().equals("75.00")));

    Order packed = paid(code);
    Order p = move(code, move(code, packed, "received"), "cut");
    Throwable range =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            workflow.cancel(
                                p.getId(), "x", new BigDecimal("150"), p.getVersion()))));
    assertEquals("overridePercent", assertInstanceOf(BusinessException.class, range).field());
    Order overridden =
        runner.call(
            code,
            () -> workflow.cancel(p.getId(), "goodwill", new BigDecimal("50"), p.getVersion()));
    assertEquals(new BigDecimal("133.10"), overridden.getCancelFee(), "50 % of 266.20");
  }

  @Test
  void cloneFillsTheFormAndTheOrderExistsOnlyOnceCreated() {
    String code = tenant();
    Order source = move(code, paid(code), "received");
    NewOrder draft = runner.call(code, () -> workflow.cloneDraft(source.getId()));
    assertEquals("Derby", draft.getModel());
    assertEquals("DB-1", draft.getLines().get(0).getSku());
    assertEquals(source.getShippingCost(), draft.getShippingCost());
    assertEquals(1, runner.call(code, () -> orders.total()), "nothing placed by opening the form");
    Order clone = runner.call(code, () -> orders.create(draft));
    assertNotEquals(source.getNumber(), clone.getNumber());
    assertEquals(Phase.PENDING_PAYMENT, clone.getPhase());
    assertNull(clone.getWipStartAt());
    assertEquals(source.getNumber(), clone.getClonedFrom());
    assertEquals(source.getTotal(), clone.getTotal());
    assertEquals(1, clone.getLines().size());
    assertEquals("DB-1", clone.getLines().get(0).getSku());
    assertTrue(
        runner.call(code, () -> orders.history(source.getId())).stream()
            .anyMatch(
                h -> h.getField().equals("clonedTo") && h.getNewValue().equals(clone.getNumber())));
  }

  @Test
  void statusSettingsValidateAndProtectStatusesInUse() {
    String code = tenant();
    StatusForm form = new StatusForm();
    form.setCode("lasting");
    form.setNameEn("Lasting");
    form.setNameEs("Montado");
    form.setPhase(Phase.IN_PRODUCTION);
    form.setDisplayOrder(45);
    form.setFeeType(FeeType.FIXED);
    form.setFeeValue(new BigDecimal("65"));
    OrderStatus lasting = runner.call(code, () -> statuses.save(form));
    assertNotNull(lasting.getId());
    Order cut = move(code, move(code, paid(code), "received"), "cut");
    assertTrue(
        runner.call(code, () -> workflow.nextStatuses(cut.getId())).stream()
            .anyMatch(s -> s.getCode().equals("lasting")),
        "a new production stage between Cut (40) and Sewing (50)");

    Throwable dup =
        unwrap(assertThrows(Exception.class, () -> runner.call(code, () -> statuses.save(form))));
    assertInstanceOf(ConflictException.class, dup);

    long cutId = status(code, "cut").getId();
    Throwable inUse =
        unwrap(assertThrows(Exception.class, () -> runner.run(code, () -> statuses.delete(cutId))));
    assertEquals("status.inUse", assertInstanceOf(BusinessException.class, inUse).messageKey());

    runner.run(code, () -> statuses.retire(lasting.getId()));
    assertTrue(
        runner.call(code, () -> workflow.nextStatuses(cut.getId())).stream()
            .noneMatch(s -> s.getCode().equals("lasting")),
        "retired statuses are no target");
    long pendingId = status(code, "pending_payment").getId();
    Throwable last =
        unwrap(
            assertThrows(
                Exception.class, () -> runner.run(code, () -> statuses.retire(pendingId))));
    assertEquals(
        "status.lastOfPhase", assertInstanceOf(BusinessException.class, last).messageKey());
  }

  @Test
  void bulkMoveMovesAllowedOrdersAndNamesTheOthers() {
    String code = tenant();
    Order a = paid(code);
    Order b = paid(code);
    Order c = move(code, paid(code), "received");
    Order d = order(code);
    long receivedId = status(code, "received").getId();
    OrderWorkflow.BulkResult result =
        runner.call(
            code,
            () ->
                workflow.moveMany(List.of(a.getId(), b.getId(), c.getId(), d.getId()), receivedId));
    assertEquals(2, result.moved());
    assertEquals(List.of(c.getNumber()), result.skipped());
    assertEquals(
        List.of(d.getNumber()), result.unpaid(), "an unpaid order never goes to production");
    assertEquals("received", runner.call(code, () -> orders.get(a.getId())).getStatus().getCode());
    Order stillPending = runner.call(code, () -> orders.get(d.getId()));
    assertEquals(Phase.PENDING_PAYMENT, stillPending.getPhase());
    assertNull(stillPending.getWipStartAt());
    assertEquals(0, runner.call(code, () -> workflow.quoteCancel(d.getId())).fee().signum());
  }

  @Test
  void savedViewsRoundTripAndStayInTheirTenant() {
    String a = tenant();
    String b = tenant();
    PoolFilter f = new PoolFilter();
    f.setModel("Chelsea");
    f.setPhases(List.of(Phase.IN_PRODUCTION));
    f.setCreatedFrom(java.time.LocalDate.of(2026, 1, 1));
    var view = runner.call(a, () -> savedViews.save("Chelsea in production", f));
    PoolFilter back = runner.call(a, () -> savedViews.filterOf(view.getId()));
    assertEquals("Chelsea", back.getModel());
    assertEquals(List.of(Phase.IN_PRODUCTION), back.getPhases());
    assertEquals(java.time.LocalDate.of(2026, 1, 1), back.getCreatedFrom());
    f.setModel("Derby");
    runner.call(a, () -> savedViews.save("chelsea IN production", f));
    assertEquals(1, runner.call(a, () -> savedViews.mine()).size(), "same name replaces");
    Throwable blank =
        unwrap(assertThrows(Exception.class, () -> runner.call(a, () -> savedViews.save(" ", f))));
    assertEquals("viewName", assertInstanceOf(BusinessException.class, blank).field());

    assertTrue(runner.call(b, () -> savedViews.mine()).isEmpty());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> runner.call(b, () -> savedViews.filterOf(view.getId())))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> runner.run(b, () -> savedViews.delete(view.getId())))));
    assertEquals(1, runner.call(a, () -> savedViews.mine()).size());
  }

  @Test
  void anotherTenantCanNeitherSeeNorChangeOrdersOrStatuses() {
    String a = tenant();
    String b = tenant();
    Order mine = move(a, paid(a), "received");
    long cutId = status(a, "cut").getId();
    for (Runnable attempt :
        List.<Runnable>of(
            () -> runner.call(b, () -> workflow.moveTo(mine.getId(), cutId, mine.getVersion())),
            () -> runner.call(b, () -> workflow.cancel(mine.getId(), "x", null, mine.getVersion())),
            () -> runner.call(b, () -> workflow.cloneDraft(mine.getId())),
            () -> runner.call(b, () -> workflow.quoteCancel(mine.getId())),
            () -> runner.call(b, () -> orders.history(mine.getId())),
            () -> runner.call(b, () -> workflow.moveMany(List.of(mine.getId()), cutId)))) {
      assertInstanceOf(
          NotFoundException.class, unwrap(assertThrows(Exception.class, attempt::run)));
    }
    assertEquals("received", runner.call(a, () -> orders.get(mine.getId())).getStatus().getCode());

    StatusForm rename = StatusForm.of(status(b, "cut"));
    rename.setNameEn("B's cut");
    runner.call(b, () -> statuses.save(rename));
    assertEquals("Cut", status(a, "cut").getNameEn(), "B's settings never touch A");
  }
}
