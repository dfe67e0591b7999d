package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiCaller;
import com.orderpool.api.control.ApiResult;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.api.control.FeedQuery;
import com.orderpool.api.control.Idempotency;
import com.orderpool.api.control.Idempotency.Claim;
import com.orderpool.api.control.InvoiceFeed;
import com.orderpool.api.control.OrderFeed;
import com.orderpool.api.control.OrderJson;
import com.orderpool.api.control.Scope;
import com.orderpool.core.BusinessException;
import com.orderpool.core.JsonP;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.partners.control.PartnerJson;
import com.orderpool.partners.control.Submissions;
import com.orderpool.partners.entity.PartnerSubmission;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * What API callers do, in the key's tenant. Declared for system work only: the {@link ApiGate} runs
 * every API call as its tenant's system caller, after authenticating the key; each method then
 * requires the key's scope. A POST with an idempotency key has claimed the key first (its own
 * transaction); its effect and its stored answer then commit together.
 */
@Allow
@Stateless
public class ApiOrders {
  @Inject ApiCaller caller;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject StatusCatalog statuses;
  @Inject ShippingMethods shippingMethods;
  @Inject Idempotency idempotency;
  @Inject OrderFeed feed;
  @Inject ApiSettings settings;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject InvoiceFeed invoiceFeed;
  @Inject Invoicing invoicing;
  @Inject Submissions submissions;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** Places an order; answers 201 with the order and its address. */
  public ApiResult place(Claim claim, @NotNull ApiOrderInput.Parsed in) {
    caller.requireWholeTenant();
    caller.require(Scope.ORDERS_WRITE);
    return once(
        claim,
        () -> {
          if (in.shippingMethodName() != null) {
            in.order().setShippingMethodId(methodNamed(in.shippingMethodName()));
          }
          // the order as placed in this transaction, its lines included (not read back)
          Order order = orders.place(in.order(), in.channel(), null);
          return ApiResult.created(
              OrderJson.full(order).toString(), "v1/orders/" + order.getNumber());
        });
  }

  /** Moves an order to the status with this code, if the tenant's status machine allows it. */
  public ApiResult moveTo(Claim claim, @NotNull String number, String code) {
    caller.requireWholeTenant();
    caller.require(Scope.ORDERS_WRITE);
    return once(
        claim,
        () -> {
          Order order = orders.getByNumber(number);
          OrderStatus target = statusCoded(code);
          workflow.moveTo(order.getId(), target.getId(), order.getVersion());
          return ApiResult.ok(OrderJson.full(orders.get(order.getId())).toString());
        });
  }

  /** Cancels an order with a reason; answers the order and the fee applied. */
  public ApiResult cancel(Claim claim, @NotNull String number, String reason) {
    caller.requireWholeTenant();
    caller.require(Scope.ORDERS_WRITE);
    return once(
        claim,
        () -> {
          if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "order.cancel.reasonRequired");
          }
          Order order = orders.getByNumber(number);
          Order cancelled =
              workflow.cancel(order.getId(), reason.strip(), null, null, order.getVersion());
          return ApiResult.ok(
              JsonP.createObjectBuilder()
                  .add("fee", cancelled.getCancelFee().toPlainString())
                  .add("currency", cancelled.getCurrency())
                  .add("order", OrderJson.full(orders.get(order.getId())))
                  .build()
                  .toString());
        });
  }

  /** Records a manual payment of an order; answers 201 with the order as it is now. */
  public ApiResult pay(Claim claim, @NotNull String number, @NotNull PaymentInput in) {
    caller.requireWholeTenant();
    caller.require(Scope.ORDERS_WRITE);
    return once(
        claim,
        () -> {
          if (in.getReceivedOn() == null) {
            in.setReceivedOn(LocalDate.now(clock.withZone(zone)));
          }
          Order order = orders.getByNumber(number);
          payments.record(order.getId(), in, order.getVersion());
          return new ApiResult(
              201, OrderJson.full(orders.get(order.getId())).toString(), ApiResult.JSON, null);
        });
  }

  /**
   * Ships what an order has left as one shipment and marks it sent, with the method given (or the
   * customer's choice) and its tracking numbers; answers 201 with the shipment's id and the order.
   */
  public ApiResult ship(
      Claim claim, @NotNull String number, @NotNull ApiActionInput.ShipmentBody in) {
    caller.require(Scope.SHIPMENTS_WRITE);
    return once(
        claim,
        () -> {
          Order order = visible(orders.getByNumber(number));
          Long method =
              in.methodName() != null
                  ? methodNamed(in.methodName())
                  : in.methodId() != null ? in.methodId() : order.getTracking().getMethodId();
          if (method == null) {
            throw new BusinessException("method", "shipment.bulk.noMethod", order.getNumber());
          }
          Shipment s =
              shipments.schedule(
                  order.getId(), method, String.join("\n", in.trackingNumbers()), null, null);
          Shipment sent = shipments.send(s.getId());
          return new ApiResult(
              201,
              JsonP.createObjectBuilder()
                  .add("shipment", sent.getId())
                  .add("status", sent.getStatus().name())
                  .add("trackingNumbers", JsonP.createArrayBuilder(in.trackingNumbers()))
                  .add("order", render(orders.get(order.getId())))
                  .build()
                  .toString(),
              ApiResult.JSON,
              null);
        });
  }

  /** One order; a partner's key sees only the orders submitted to its partner (others: 404). */
  public String order(@NotNull String number) {
    caller.require(Scope.ORDERS_READ);
    return render(visible(orders.getByNumber(number))).toString();
  }

  /** A page of orders; a partner's key lists only the orders submitted to its partner. */
  public String list(@NotNull FeedQuery query) {
    caller.require(Scope.ORDERS_READ);
    return feed.page(query, caller.partnerId()).toString();
  }

  /** Invoices and credit notes issued in the query's creation bounds, paged by id. */
  public String invoices(@NotNull FeedQuery query) {
    caller.require(Scope.ORDERS_READ);
    caller.requireWholeTenant();
    return invoiceFeed.page(query).toString();
  }

  /** An invoice or credit note as PDF, in its own language. */
  public byte[] invoicePdf(@NotNull String number) {
    caller.require(Scope.ORDERS_READ);
    caller.requireWholeTenant();
    return invoicing.pdf(invoiceFeed.idOf(number), null).content();
  }

  public String statuses() {
    caller.require(Scope.ORDERS_READ);
    return OrderJson.statuses(statuses.all()).toString();
  }

  /**
   * Takes an idempotency key for this request in a transaction of its own (committed now): its
   * claim, or what the key already has (its answer, or its request at work; 422 if reused).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Idempotency.Taken take(@NotNull String key, @NotNull String hash) {
    return idempotency.take(key, hash);
  }

  /**
   * Keeps a refused request's answer for its claim (the refusal rolled its own transaction back),
   * so a retry gets the same answer.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(@NotNull Claim claim, @NotNull ApiResult result) {
    idempotency.answer(claim, result);
  }

  /** Gives a claim up after a failure a retry may overcome. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(@NotNull Claim claim) {
    idempotency.release(claim);
  }

  /** The tenant's API rate limit, requests per minute. */
  public int rateLimit() {
    return settings.rateLimitPerMinute();
  }

  /** Does the work and, with a claim, stores its answer in the same transaction. */
  private ApiResult once(Claim claim, Supplier<ApiResult> work) {
    ApiResult result = work.get();
    if (claim != null) {
      idempotency.answer(claim, result);
    }
    return result;
  }

  /**
   * The order, if this caller may see it: a key bound to a partner sees only the orders submitted
   * to that partner; any other is not found, exactly like another tenant's.
   */
  private Order visible(Order order) {
    Long partner = caller.partnerId();
    if (partner != null
        && submissions
            .find(order.getId(), partner)
            .filter(PartnerSubmission::isSubmitted)
            .isEmpty()) {
      throw new NotFoundException("order", order.getNumber());
    }
    return order;
  }

  /** The order as the API shows it; to a partner's key as partners see it (no prices). */
  private jakarta.json.JsonObject render(Order order) {
    return caller.partnerId() == null ? OrderJson.full(order) : PartnerJson.full(order);
  }

  private OrderStatus statusCoded(String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessException("status", "api.status.required");
    }
    return statuses.all().stream()
        .filter(s -> s.getCode().equalsIgnoreCase(code.strip()))
        .findFirst()
        .orElseThrow(() -> new BusinessException("status", "api.status.unknown", code.strip()));
  }

  private Long methodNamed(String name) {
    return shippingMethods.activeNamed(name, "shippingMethod");
  }
}
