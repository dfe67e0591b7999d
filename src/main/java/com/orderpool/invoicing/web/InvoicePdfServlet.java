package com.orderpool.invoicing.web;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.boundary.Invoicing.Pdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves invoice PDFs: {@code /files/invoices/{id}.pdf} one invoice or credit note, {@code
 * /files/orders/{orderId}/invoices.pdf} all of an order's documents in one file ("Print invoices").
 * {@code ?lang=en|es} picks the language, else each document's own. Another tenant's id answers 404
 * like a missing one.
 */
@WebServlet({"/files/invoices/*", "/files/orders/*"})
public class InvoicePdfServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern ONE = Pattern.compile("/(\\d{1,18})\\.pdf");
  private static final Pattern ALL = Pattern.compile("/(\\d{1,18})/invoices\\.pdf");

  @Inject transient Invoicing invoicing;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    boolean all = req.getServletPath().startsWith("/files/orders");
    Matcher m = (all ? ALL : ONE).matcher(path);
    String lang = req.getParameter("lang");
    if (!m.matches() || (lang != null && !lang.isBlank() && !lang.matches("en|es"))) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(m.group(1));
    Pdf pdf;
    try {
      pdf = all ? invoicing.printAll(id, lang) : invoicing.pdf(id, lang);
    } catch (BusinessException notFound) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType("application/pdf");
    res.setContentLength(pdf.content().length);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-cache");
    res.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
    res.getOutputStream().write(pdf.content());
  }
}
