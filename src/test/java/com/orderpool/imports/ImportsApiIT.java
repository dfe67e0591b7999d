package com.orderpool.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.control.ApiSettings;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/imports} and {@code GET /api/v1/imports/{id}} over HTTP. */
class ImportsApiIT extends InContainer {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject PlatformConsole console;
  @Inject ApiKeys keys;
  @Inject TenantRunner runner;
  @Inject ApiSettings apiSettings;
  @Inject Transactions tx;
  @Inject HttpServletRequest request;

  record Reply(int status, String location, JsonObject json) {}

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api";
  }

  private String key(String code, Set<String> scopes) {
    return keys.issue(code, "import key", scopes, null, "test").key();
  }

  private Reply send(String key, String method, String path, String csv) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + key);
    b =
        csv == null
            ? b.GET()
            : b.header("Content-Type", "text/csv")
                .method(method, HttpRequest.BodyPublishers.ofString(csv));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonObject json =
        r.body().startsWith("{")
            ? Json.createReader(new StringReader(r.body())).readObject()
            : null;
    return new Reply(r.statusCode(), r.headers().firstValue("Location").orElse(null), json);
  }

  @Test
  void aFilePostedToTheApiIsImportedAndItsJobTellsTheOutcome() throws Exception {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
    String writer = key(code, Set.of("orders:read", "orders:write"));
    String csv =
        ImportsIT.HEADER
            + ImportsIT.row("API-1", "ana@a.example", "DRB-1", "2", "10.00")
            + ImportsIT.row("API-2", "bea@b.example", "DRB-2", "two", "10.00");

    Reply posted = send(writer, "POST", "/v1/imports?fileName=feed.csv", csv);
    assertEquals(202, posted.status(), () -> String.valueOf(posted.json()));
    assertTrue(posted.location().endsWith("/api/v1/imports/" + posted.json().getInt("id")));
    String path = "/v1/imports/" + posted.json().getInt("id");
    JsonObject job = null;
    for (int i = 0; i < 300; i++) {
      job = send(writer, "GET", path, null).json();
      if (job.getString("status").equals("DONE")) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals("DONE", job.getString("status"), job::toString);
    assertEquals(1, job.getInt("created"));
    assertEquals(0, job.getInt("duplicates"));
    assertEquals(1, job.getInt("rejected"));
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertEquals(3, error.getInt("line"));
    assertEquals("quantity", error.getString("field"));
    assertEquals("Must be a whole number.", error.getString("message"));
    assertEquals("feed.csv", job.getString("fileName"));

    // the same file again: a duplicate, never a second order
    Reply again = send(writer, "POST", "/v1/imports", csv);
    assertEquals(202, again.status());

    // a key of another tenant does not find the job; a key without orders:write cannot post
    String other = Codes.newTenant(console);
    assertEquals(404, send(key(other, Set.of("orders:read")), "GET", path, null).status());
    Reply readOnly = send(key(code, Set.of("orders:read")), "POST", "/v1/imports", csv);
    assertEquals(403, readOnly.status());
    // a file refused as a whole: a problem with the reason, and no job
    Reply refused = send(writer, "POST", "/v1/imports", "sku,quantity\r\nA,1\r\n");
    assertEquals(422, refused.status(), () -> String.valueOf(refused.json()));
    assertEquals("imports.header.missing", refused.json().getString("code"));
  }
}
