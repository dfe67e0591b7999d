import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for POST /api/v1/orders, run in a JVM of its own (java ApiLoad.java URL KEY CLIENTS
 * SECONDS TAG): closed loop, one request in flight per client, each order the API reference's
 * example with its own external reference, new customer and Idempotency-Key. Prints one line:
 * orders answered 201, other answers, orders/s, p50 and p99.
 */
public class ApiLoad {
  private static final String ORDER =
      "{\"type\":\"MTO\",\"model\":\"Derby\",\"externalReference\":\"REF\",\"channel\":\"API\","
          + "\"customer\":{\"name\":\"Ana Ruiz\",\"email\":\"REF@customer.example\","
          + "\"language\":\"es\"},\"billingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\","
          + "\"postalCode\":\"28001\",\"city\":\"Madrid\",\"country\":\"ES\"},\"shippingAddress\":"
          + "{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\","
          + "\"city\":\"Madrid\",\"country\":\"ES\"},\"lines\":[{\"sku\":\"DRB-38\","
          + "\"description\":\"Derby, EU 38\",\"quantity\":1,\"unitPrice\":\"100.00\"}]}";

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String key = args[1];
    int clients = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    String tag = args.length > 4 ? args[4] : "load";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLong sequence = new AtomicLong();
    AtomicLong created = new AtomicLong();
    AtomicLong other = new AtomicLong();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              String ref = tag + "-" + sequence.incrementAndGet() + "-" + System.nanoTime();
              HttpRequest request =
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Authorization", "Bearer " + key)
                      .header("Content-Type", "application/json")
                      .header("Idempotency-Key", UUID.randomUUID().toString())
                      .POST(HttpRequest.BodyPublishers.ofString(ORDER.replace("REF", ref)))
                      .build();
              long start = System.nanoTime();
              try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  created.incrementAndGet();
                } else if (other.incrementAndGet() <= 3) {
                  System.err.println(r.statusCode() + " " + r.body());
                }
              } catch (Exception e) {
                other.incrementAndGet();
              }
              nanos.add(System.nanoTime() - start);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    System.out.printf(
        "| %d | %,d | %d | %.1f | %.1f ms | %.1f ms |%n",
        clients,
        created.get(),
        other.get(),
        created.get() / (double) seconds,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6);
  }
}
