package com.orderpool.imports.web;

import com.orderpool.imports.control.ImportColumns;
import com.orderpool.imports.control.TrackingRow;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The import files' templates, UTF-8 with a BOM so spreadsheets read their accents: {@code
 * /files/imports/template.csv}, the order format's header with two example orders (one of two
 * lines; imported as it is, it creates both orders), and {@code
 * /files/imports/tracking-template.csv}, the tracking file's header with two example rows (one with
 * the order's own method and a shipped date, one with a method and two parcels). Under {@code
 * /files}, so only the tenant's signed-in users get them.
 */
@WebServlet({ImportTemplateServlet.ORDERS, ImportTemplateServlet.TRACKING})
public class ImportTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String ORDERS = "/files/imports/template.csv";
  static final String TRACKING = "/files/imports/tracking-template.csv";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    boolean tracking = TRACKING.equals(req.getServletPath());
    String csv = tracking ? TrackingRow.template() : ImportColumns.template();
    String name = tracking ? "orderpool-tracking-template.csv" : "orderpool-import-template.csv";
    byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
