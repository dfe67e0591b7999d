package com.orderpool.imports.web;

import com.orderpool.imports.control.ImportColumns;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /files/imports/template.csv}: the import format's header with two example orders (one of
 * two lines), UTF-8 with a BOM so spreadsheets read its accents; imported as it is, it creates both
 * orders. Under {@code /files}, so only the tenant's signed-in users get it.
 */
@WebServlet("/files/imports/template.csv")
public class ImportTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    byte[] body = ("\uFEFF" + ImportColumns.template()).getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", "attachment; filename=\"orderpool-import-template.csv\"");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
