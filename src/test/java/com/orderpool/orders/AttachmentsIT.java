package com.orderpool.orders;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.files.AttachmentStore;
import com.orderpool.files.FileType;
import com.orderpool.orders.boundary.AttachmentFile;
import com.orderpool.orders.boundary.AttachmentService;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.AttachmentKind;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderAttachment;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;

/** Attachments against the real database and file system: storage, limits, isolation, cleanup. */
class AttachmentsIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject AttachmentService attachments;
  @Inject com.orderpool.orders.boundary.OrderWorkflow workflow;
  @Inject AttachmentStore store;
  @Inject TenantRunner runner;

  /** A fresh tenant with one order (one line). */
  private Order order(String code) {
    return runner.call(
        code, () -> orders.create(TestOrders.of(OrderType.MTO, "Loafer", 1, "Ann", "ann@x.test")));
  }

  private static byte[] png(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private OrderAttachment upload(String code, Order o, String name, byte[] bytes) {
    return upload(code, o, name, new ByteArrayInputStream(bytes));
  }

  private OrderAttachment upload(String code, Order o, String name, InputStream in) {
    long line = o.getLines().get(0).getId();
    return runner.call(
        code, () -> attachments.upload(o.getId(), line, AttachmentKind.PREVIEW, name, in));
  }

  @Test
  void aCloneGetsItsOwnCopiesOfTheDesignAndPreviewFilesOnceCreated() throws Exception {
    String code = Codes.newTenant(console);
    Order source = order(code);
    upload(code, source, "front.png", png(40, 30));
    long line = source.getLines().get(0).getId();
    runner.call(
        code,
        () ->
            attachments.upload(
                source.getId(),
                line,
                AttachmentKind.CLIENT_IMAGE,
                "customer-sketch.png",
                new ByteArrayInputStream(png(10, 10))));
    int filesBefore = storedFiles(code).size();

    NewOrder draft = runner.call(code, () -> workflow.cloneDraft(source.getId()));
    assertEquals(1, runner.call(code, () -> orders.total()), "a draft is not an order");
    assertEquals(source.getId(), draft.getCloneOf());
    draft.getLines().get(0).setDescription("Loafer, second pair");
    Order clone = runner.call(code, () -> orders.create(draft));

    assertEquals(source.getNumber(), clone.getClonedFrom());
    List<OrderAttachment> copies = runner.call(code, () -> attachments.list(clone.getId()));
    assertEquals(1, copies.size(), "the design and preview files, not the client's images");
    assertEquals(AttachmentKind.PREVIEW, copies.get(0).getKind());
    assertEquals("front.png", copies.get(0).getFileName());
    assertEquals(clone.getLines().get(0).getId(), copies.get(0).getLineId());
    assertNotEquals(
        runner.call(code, () -> attachments.list(source.getId())).get(0).getStorageKey(),
        copies.get(0).getStorageKey(),
        "a file of its own: deleting one leaves the other");
    assertTrue(storedFiles(code).size() > filesBefore, "the copy is stored");
    try (InputStream in =
        Files.newInputStream(
            runner.call(code, () -> attachments.open(copies.get(0).getId(), false)).path())) {
      assertArrayEquals(png(40, 30), in.readAllBytes());
    }

    String other = Codes.newTenant(console);
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> runner.call(other, () -> workflow.cloneDraft(source.getId())))));
    NewOrder forged = TestOrders.of(OrderType.MTO, "Loafer", 1, "Mallory", "m@x.test");
    forged.setCloneOf(source.getId());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(Exception.class, () -> runner.call(other, () -> orders.create(forged)))));
    assertEquals(0, runner.call(other, () -> orders.total()));
  }

  private Path tenantFolder(String code) {
    return store.root().resolve("tenant_" + code.toLowerCase()).resolve("attachments");
  }

  /** Regular files stored for the tenant (staging leftovers included). */
  private List<Path> storedFiles(String code) throws IOException {
    Path dir = tenantFolder(code);
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static String messageKey(Throwable t) {
    return assertInstanceOf(BusinessException.class, unwrap(t)).messageKey();
  }

  private List<OrderHistoryEntry> attachmentHistory(String code, Order o) {
    return runner.call(code, () -> orders.history(o.getId())).stream()
        .filter(h -> h.getField().equals("attachment"))
        .toList();
  }

  @Test
  void uploadStoresRowFileAndThumbnailUnderTheTenantFolder() throws IOException {
    String code = Codes.newTenant(console);
    Order o = order(code);
    byte[] bytes = png(600, 300);

    OrderAttachment a = upload(code, o, "../../etc/front.png", bytes);

    assertTrue(
        store.root().startsWith(Path.of(System.getProperty("orderpool.buildDir"))),
        "test storage lives in the build folder: " + store.root());
    assertEquals("front.png", a.getFileName(), "only the last name segment is kept");
    assertEquals(FileType.PNG, a.getFileType());
    assertEquals(bytes.length, a.getSizeBytes());
    assertTrue(a.getStorageKey().matches("\\d{4}/[0-9a-f-]{36}"), a.getStorageKey());
    Path file = tenantFolder(code).resolve(a.getStorageKey());
    assertArrayEquals(bytes, Files.readAllBytes(file));
    Path thumb = file.resolveSibling(file.getFileName() + ".thumb.png");
    BufferedImage t = ImageIO.read(thumb.toFile());
    assertEquals(240, t.getWidth());
    assertEquals(120, t.getHeight());
    assertEquals(
        List.of(file, thumb).stream().sorted().toList(),
        storedFiles(code).stream().sorted().toList());

    List<OrderAttachment> listed = runner.call(code, () -> attachments.list(o.getId()));
    assertEquals(List.of(a.getId()), listed.stream().map(OrderAttachment::getId).toList());
    assertEquals("system", listed.get(0).getUploadedBy());
    AttachmentFile download = runner.call(code, () -> attachments.open(a.getId(), false));
    assertEquals("image/png", download.contentType());
    assertEquals("front.png", download.fileName());
    assertEquals(file, download.path());
    assertEquals(thumb, runner.call(code, () -> attachments.open(a.getId(), true)).path());

    List<OrderHistoryEntry> history = attachmentHistory(code, o);
    assertEquals(1, history.size());
    assertEquals("PREVIEW front.png (line 1)", history.get(0).getNewValue());
  }

  @Test
  void aWebPageNamedPngIsRefusedAndNothingIsSaved() throws IOException {
    String code = Codes.newTenant(console);
    Order o = order(code);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    Throwable t = assertThrows(Exception.class, () -> upload(code, o, "cute-cat.png", html));

    assertEquals("attachment.type", messageKey(t));
    assertEquals(List.of(), runner.call(code, () -> attachments.list(o.getId())));
    assertEquals(List.of(), storedFiles(code), "no file, not even a staged one");
    assertEquals(List.of(), attachmentHistory(code, o));
    Throwable empty = assertThrows(Exception.class, () -> upload(code, o, "e.png", new byte[0]));
    assertEquals("attachment.empty", messageKey(empty));
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingKept() throws IOException {
    String code = Codes.newTenant(console);
    Order o = order(code);
    long max = runner.call(code, () -> attachments.maxBytes());
    assertEquals(20L * 1024 * 1024, max, "the default limit");
    byte[] header = png(10, 10);
    InputStream tooBig =
        new InputStream() {
          private long served;

          @Override
          public int read() {
            if (served > max) {
              return -1;
            }
            int next = served < header.length ? header[(int) served] & 0xFF : 0;
            served++;
            return next;
          }
        };

    Throwable t = assertThrows(Exception.class, () -> upload(code, o, "huge.png", tooBig));

    assertEquals("attachment.tooLarge", messageKey(t));
    assertEquals(20L, ((BusinessException) unwrap(t)).args()[0]);
    assertEquals(List.of(), storedFiles(code));
    assertEquals(List.of(), runner.call(code, () -> attachments.list(o.getId())));
  }

  @Test
  void anotherTenantCannotListOpenOrDeleteTheAttachment() throws IOException {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    order(a);
    Order mine = order(a);
    upload(a, mine, "first.png", png(50, 50));
    OrderAttachment file = upload(a, mine, "proof.png", png(50, 50));
    Order theirs = order(b);
    OrderAttachment their = upload(b, theirs, "own.png", png(20, 20));
    assertTrue(
        mine.getId() > theirs.getId() && file.getId() > their.getId(),
        "ids are per tenant schema: A's ids must not exist in B for this test");

    for (Runnable attempt :
        List.<Runnable>of(
            () -> runner.call(b, () -> attachments.list(mine.getId())),
            () -> runner.call(b, () -> attachments.open(file.getId(), false)),
            () -> runner.call(b, () -> attachments.open(file.getId(), true)),
            () -> runner.run(b, () -> attachments.delete(file.getId())),
            () ->
                runner.call(
                    b,
                    () ->
                        attachments.upload(
                            mine.getId(),
                            mine.getLines().get(0).getId(),
                            AttachmentKind.DESIGN,
                            "x.png",
                            new ByteArrayInputStream(png(5, 5)))))) {
      assertInstanceOf(
          NotFoundException.class, unwrap(assertThrows(Exception.class, attempt::run)));
    }
    assertEquals(2, runner.call(a, () -> attachments.list(mine.getId())).size());
    assertTrue(Files.exists(tenantFolder(a).resolve(file.getStorageKey())));
    assertEquals(
        List.of(their.getId()),
        runner.call(b, () -> attachments.list(theirs.getId())).stream()
            .map(OrderAttachment::getId)
            .toList(),
        "B still sees only its own file");
    assertEquals(2, storedFiles(b).size(), "B's file and thumbnail, nothing of A's");
  }

  @Test
  void deleteRemovesRowFileAndThumbnailAndIsInTheHistory() throws IOException {
    String code = Codes.newTenant(console);
    Order o = order(code);
    OrderAttachment a = upload(code, o, "old.png", png(300, 300));
    assertEquals(2, storedFiles(code).size(), "file and thumbnail");

    runner.run(code, () -> attachments.delete(a.getId()));

    assertEquals(List.of(), runner.call(code, () -> attachments.list(o.getId())));
    assertEquals(List.of(), storedFiles(code));
    List<OrderHistoryEntry> history = attachmentHistory(code, o);
    assertEquals(2, history.size());
    assertEquals("PREVIEW old.png (line 1)", history.get(1).getOldValue());
    assertEquals("deleted", history.get(1).getReason());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> runner.call(code, () -> attachments.open(a.getId(), false)))));
  }

  @Test
  void aRolledBackUploadLeavesNoFileBehind() throws Exception {
    String code = Codes.newTenant(console);
    Order o = order(code);
    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    tx.begin();
    try {
      upload(code, o, "draft.png", png(40, 40));
      assertEquals(2, storedFiles(code).size(), "written inside the transaction");
    } finally {
      tx.rollback();
    }
    assertEquals(List.of(), storedFiles(code));
    assertEquals(List.of(), runner.call(code, () -> attachments.list(o.getId())));
  }

  @Test
  void aLineTakesAtMostTwentyFiles() throws IOException {
    String code = Codes.newTenant(console);
    Order o = order(code);
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 1; i <= 20; i++) {
      OrderAttachment a = upload(code, o, "sheet " + i, pdf);
      assertEquals("sheet " + i + ".pdf", a.getFileName());
      assertFalse(a.isThumbnail(), "PDFs get no thumbnail");
    }
    Throwable t = assertThrows(Exception.class, () -> upload(code, o, "one more.pdf", pdf));
    assertEquals("attachment.tooMany", messageKey(t));
    assertEquals(20, storedFiles(code).size());
  }
}
