package com.orderpool.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP/1.0 client over a plain socket, for in-container tests that must send a header
 * other clients refuse to set (a forged {@code Host}) or walk JSF pages without a browser: it keeps
 * the session cookie and posts forms with their view state. Redirects are returned, not followed.
 */
public final class RawHttp {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("(?i)^set-cookie:\\s*([^=]+)=([^;]*)");

  private final int port;
  private final String host;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** A client of the server on this machine's port that sends {@code hostHeader} as Host. */
  public RawHttp(int port, String hostHeader) {
    this.port = port;
    this.host = hostHeader;
  }

  /** An answer: status, headers as sent (one line each) and body. */
  public record Response(int status, List<String> headers, String body) {
    public Optional<String> header(String name) {
      String prefix = name.toLowerCase() + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase().startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .findFirst();
    }

    /** The redirect target, or empty. */
    public Optional<String> location() {
      return header("Location");
    }

    /** The JSF view state of the page's form. */
    public String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no view state in the page (status " + status + ")");
      }
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }
  }

  public Response get(String path) {
    return send("GET " + path, null);
  }

  /** Posts a JSF form: its id, the view state of the page it came from, and its fields. */
  public Response postForm(String path, String form, String viewState, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    fields.forEach((k, v) -> all.put(form + ":" + k, v));
    all.put("jakarta.faces.ViewState", viewState);
    String body =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send("POST " + path, body);
  }

  private Response send(String requestLine, String formBody) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      StringBuilder req = new StringBuilder(requestLine).append(" HTTP/1.0\r\n");
      req.append("Host: ").append(host).append("\r\n");
      if (!cookies.isEmpty()) {
        req.append("Cookie: ")
            .append(
                cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")))
            .append("\r\n");
      }
      byte[] payload = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
      if (formBody != null) {
        req.append("Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n");
        req.append("Content-Length: ").append(payload.length).append("\r\n");
      }
      req.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = raw.indexOf("\r\n\r\n");
      String head = split < 0 ? raw : raw.substring(0, split);
      String body = split < 0 ? "" : raw.substring(split + 4);
      List<String> lines = head.lines().toList();
      int status = Integer.parseInt(lines.get(0).split(" ")[1]);
      List<String> headers = lines.subList(1, lines.size());
      for (String h : headers) {
        Matcher c = COOKIE.matcher(h);
        if (c.find()) {
          cookies.put(c.group(1).strip(), c.group(2).strip());
        }
      }
      return new Response(status, headers, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
