package com.orderpool.imports.web;

import com.orderpool.imports.control.TrackingRow;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /files/imports/tracking-template.csv}: the tracking file's header with two example rows
 * (one with the order's own method and a shipped date, one with a method and two parcels), UTF-8
 * with a BOM. Under {@code /files}, so only the tenant's signed-in users get it.
 */
@WebServlet("/files/imports/tracking-template.csv")
public class TrackingTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    byte[] body = ("\uFEFF" + TrackingRow.template()).getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader(
        "Content-Disposition", "attachment; filename=\"orderpool-tracking-template.csv\"");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
