package com.orderpool.orders.web;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.AttachmentFile;
import com.orderpool.orders.boundary.AttachmentService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves attachments: {@code /files/attachments/{id}} downloads the file, {@code .../{id}/thumb}
 * its thumbnail. Only signed-in tenant users get here (login constraint plus {@code PageAccess});
 * another tenant's id answers 404 like a missing one. The content type is the sniffed one, and the
 * browser is told not to guess another.
 */
@WebServlet("/files/attachments/*")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/thumb)?");

  @Inject transient AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean thumbnail = m.group(2) != null;
    AttachmentFile file;
    try {
      file = attachments.open(Long.parseLong(m.group(1)), thumbnail);
    } catch (BusinessException notFound) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(file.contentType());
    res.setContentLengthLong(file.size());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    res.setHeader("Cache-Control", thumbnail ? "private, max-age=3600" : "private, no-cache");
    res.setHeader(
        "Content-Disposition", (thumbnail ? "inline" : "attachment") + filename(file.fileName()));
    Files.copy(file.path(), res.getOutputStream());
  }

  /** {@code filename} for old clients (ASCII only) and {@code filename*} with the real name. */
  static String filename(String name) {
    StringBuilder ascii = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
