package com.orderpool.demo.boundary;

import com.orderpool.collaboration.boundary.MemoService;
import com.orderpool.collaboration.boundary.TaskService;
import com.orderpool.collaboration.boundary.TicketService;
import com.orderpool.core.Address;
import com.orderpool.core.PageRequest;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.boundary.AttachmentService;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.AttachmentKind;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.control.PaymentFailures;
import com.orderpool.payments.control.PaymentFailures.Failure;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.UserRow;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.reports.control.SubscriptionStore;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The rest of a demo tenant's day: tasks (one overdue), memos, customer tickets, a shipping group
 * of two orders, a delivered group whose customer is trusted, an order whose payment failed at the
 * provider, product previews on orders in production and the admin's monthly invoice register by
 * e-mail. System work only.
 */
@Allow
@Stateless
public class DemoWorkbench {
  @Inject OrderService orders;
  @Inject TaskService tasks;
  @Inject MemoService memos;
  @Inject TicketService tickets;
  @Inject GroupInvoicing groups;
  @Inject GroupDirectory directory;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings statusSettings;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject AttachmentService attachments;
  @Inject Clock clock;
  @Inject SubscriptionStore subscriptions;
  @Inject TenantDirectory tenants;
  @Inject TenantContext tenant;
  @Inject TenantProfile profile;
  @Inject CustomerService customers;
  @Inject PaymentFailures failures;

  public void extras() {
    PoolFilter production = new PoolFilter();
    production.setPhases(List.of(Phase.IN_PRODUCTION));
    List<Order> inProduction = orders.list(production, PageRequest.of(0, 6));
    List<Order> recent = orders.list(new PoolFilter(), PageRequest.of(0, 6));
    List<UserRow> people = tasks.assignees();
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    if (!people.isEmpty() && inProduction.size() >= 3) {
      tasks.add(
          inProduction.get(0).getId(),
          "Order the replacement sole in dark brown",
          now.minusDays(1),
          people.get(0).id());
      tasks.add(
          inProduction.get(1).getId(),
          "Check the stitching before Quality Check",
          now.plusDays(2),
          people.get(people.size() - 1).id());
      tasks.add(
          inProduction.get(2).getId(),
          "Photograph the finished pair for the customer",
          now.plusDays(5),
          people.get(0).id());
    }
    for (int i = 0; i < Math.min(3, inProduction.size()); i++) {
      Order o = inProduction.get(i);
      memos.add(
          o.getId(),
          List.of(
                  "Customer prefers a slightly wider fit; use the E last.",
                  "Leather from the March batch: keep the colour consistent with the pair on file.",
                  "Gift wrapping requested; add a handwritten card.")
              .get(i));
      attachments.upload(
          o.getId(),
          o.getLines().get(0).getId(),
          AttachmentKind.PREVIEW,
          "preview-" + o.getNumber() + ".png",
          new ByteArrayInputStream(preview(o.getModel(), i)));
    }
    for (int i = 0; i < Math.min(2, recent.size()); i++) {
      tickets.open(
          recent.get(i).getId(),
          i == 0 ? "Can I change the size?" : "When will my order ship?",
          i == 0
              ? "Hello, I ordered a 42 but would prefer a 41. Is it still possible? Thank you."
              : "Hi, could you tell me roughly when my shoes will be ready? Many thanks.");
    }
    group();
    deliveredGroup();
    failedPayment();
    subscription();
  }

  /**
   * An order whose card payment failed at the provider: it is Failed, with the provider's reason in
   * its history, until a payment arrives.
   */
  private void failedPayment() {
    NewOrder cmd =
        groupOrder("Full brogue", "BRG-05", "Full brogue, walnut calf, size 43", "199.00");
    cmd.setCustomerName("Marc Soler");
    cmd.setCustomerEmail("marc.soler@example.com");
    cmd.setBilling(new Address("Marc Soler", "Carrer de Sant Pere 21", "17004", "Girona", "ES"));
    Order o = orders.create(cmd);
    failures.record(
        orders.get(o.getId()),
        new Failure(
            "stripe",
            "evt_demo_failed_" + o.getNumber(),
            "pi_demo_" + o.getSeq(),
            "Card declined: insufficient funds"));
  }

  /**
   * The tenant admin's monthly invoice register by e-mail (PDF, in the tenant's language), so the
   * reports page shows a scheduled report; the first one goes out on the 1st of next month.
   */
  private void subscription() {
    tenants
        .adminEmail(tenant.code())
        .ifPresent(
            admin ->
                subscriptions.create(
                    admin,
                    "invoices",
                    ReportFormat.PDF,
                    Frequency.MONTHLY,
                    "es".equals(profile.locale()) ? "es" : "en",
                    null,
                    "demo"));
  }

  /** Two unpaid orders of one customer, shipped together at the group rate. */
  private void group() {
    Order a =
        orders.create(
            standardShipping(
                groupOrder("Oxford", "OXF-01", "Oxford, black calf, size 41", "189.00")));
    Order b =
        orders.create(
            standardShipping(
                groupOrder("Derby", "DRB-02", "Derby, brown grain, size 41", "169.00")));
    groups.group(List.of(a.getId(), b.getId()));
  }

  /**
   * Two orders of another customer, paid together, shipped as one parcel and delivered; she becomes
   * a trusted customer.
   */
  private void deliveredGroup() {
    NewOrder first = groupOrder("Chelsea", "CHL-03", "Chelsea boot, tan suede, size 38", "219.00");
    NewOrder second = groupOrder("Loafer", "LOF-04", "Penny loafer, burgundy, size 38", "179.00");
    for (NewOrder cmd : List.of(first, second)) {
      cmd.setCustomerName("Lucía Ferrer");
      cmd.setCustomerEmail("lucia.ferrer@example.com");
      cmd.setBilling(new Address("Lucía Ferrer", "Calle de Colón 18", "46004", "Valencia", "ES"));
      standardShipping(cmd);
    }
    Order a = orders.create(first);
    Order b = orders.create(second);
    OrderGroup g = groups.group(List.of(a.getId(), b.getId()));
    PaymentInput in =
        new PaymentInput(
            PaymentMethod.BANK_TRANSFER,
            directory.view(g.getId()).totals().balance(),
            LocalDate.now(clock));
    in.setReference("TRF-GROUP-" + g.getId());
    groups.pay(g.getId(), in, g.getVersion());
    for (String code : List.of("cut", "sewing", "finishing", "quality_check", "packed")) {
      statusSettings.list().stream()
          .filter(st -> st.getCode().equals(code))
          .findFirst()
          .ifPresent(
              st -> {
                for (Order o : List.of(a, b)) {
                  workflow.moveTo(o.getId(), st.getId(), orders.get(o.getId()).getVersion());
                }
              });
    }
    long method = methods.active().get(0).getId();
    Shipment s = shipments.scheduleGroup(g.getId(), method, "PK448812301ES", null);
    shipments.send(s.getId());
    shipments.deliver(s.getId());
    // a repeat customer who paid and got her orders: trusted to get orders before paying
    Long customer = orders.get(a.getId()).getCustomerId();
    if (customer != null) {
      customers.setTrusted(customer, true);
    }
  }

  /** The customer chose the tenant's first shipping method. */
  private NewOrder standardShipping(NewOrder cmd) {
    cmd.setShippingMethodId(methods.active().get(0).getId());
    return cmd;
  }

  private static NewOrder groupOrder(String model, String sku, String description, String price) {
    NewOrder cmd =
        new NewOrder(OrderType.MTO, model, 1, "Teresa Gómez", "teresa.gomez@example.com");
    cmd.setBilling(new Address("Teresa Gómez", "Carrer de Girona 64", "08009", "Barcelona", "ES"));
    cmd.setCustomerLanguage("es");
    cmd.setLines(
        new java.util.ArrayList<>(
            List.of(new LineInput(sku, description, 1, new BigDecimal(price)))));
    cmd.setShippingCost(new BigDecimal("12.50"));
    return cmd;
  }

  /** A simple product card: the model's name on a leather-coloured background. */
  static byte[] preview(String model, int variant) {
    Color[] leathers = {
      new Color(0x5b, 0x3a, 0x29), new Color(0x8b, 0x5a, 0x2b), new Color(0x2f, 0x2a, 0x28)
    };
    BufferedImage img = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xf5, 0xf0, 0xe8));
    g.fillRect(0, 0, 640, 420);
    g.setColor(leathers[variant % leathers.length]);
    g.fillRoundRect(90, 170, 460, 130, 90, 90);
    g.fillRoundRect(90, 120, 220, 120, 60, 60);
    g.setColor(new Color(0x1f, 0x29, 0x37));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
    g.drawString(model + " — preview", 40, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
