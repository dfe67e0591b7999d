package com.orderpool.shipping.web;

import com.orderpool.core.BusinessException;
import com.orderpool.shipping.boundary.PackingSlips;
import com.orderpool.shipping.boundary.PackingSlips.Pdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves packing slips as PDF: {@code /files/shipments/{id}/packing-slip.pdf} a shipment's (one
 * slip per order it carries), {@code /files/packing-slips.pdf?orders=<id>,<id>} one file for
 * several orders (each from its latest shipment, or from the order when it has not shipped). {@code
 * ?lang=en|es} picks the language, else each customer's. An unknown id, or another tenant's,
 * answers 404.
 */
@WebServlet({"/files/shipments/*", "/files/packing-slips.pdf"})
public class PackingSlipServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern SHIPMENT = Pattern.compile("/(\\d{1,18})/packing-slip\\.pdf");
  private static final Pattern IDS = Pattern.compile("\\d{1,18}(,\\d{1,18})*");

  @Inject transient PackingSlips slips;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String lang = req.getParameter("lang");
    if (lang != null && !lang.isBlank() && !lang.matches("en|es")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean bulk = req.getServletPath().equals("/files/packing-slips.pdf");
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Matcher one = SHIPMENT.matcher(path);
    String orders = req.getParameter("orders");
    List<Long> ids = bulk ? ids(orders) : null;
    if (bulk ? ids == null : !one.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Pdf pdf;
    try {
      pdf = bulk ? slips.ofOrders(ids, lang) : slips.ofShipment(Long.parseLong(one.group(1)), lang);
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

  /** The ids of {@code 1,2,3}; null when malformed, empty or more than a file takes. */
  private static List<Long> ids(String orders) {
    String list = orders == null ? "" : orders.replace(" ", "");
    if (list.length() > 20 * PackingSlips.MAX_ORDERS || !IDS.matcher(list).matches()) {
      return null;
    }
    List<Long> ids = new ArrayList<>();
    for (String id : list.split(",")) {
      ids.add(Long.parseLong(id));
    }
    return ids.size() > PackingSlips.MAX_ORDERS ? null : ids;
  }
}
