package com.orderpool.reports.web;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.RegisterQuery;
import com.orderpool.reports.boundary.Downloads;
import com.orderpool.reports.boundary.Reports;
import com.orderpool.reports.control.ReportFormat;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable report downloads: {@code
 * /files/reports/{name}.{pdf|xlsx|csv}?from=YYYY-MM-DD&to=YYYY-MM-DD
 * [&lang=en|es][&status=CODE][&currency=EUR]}, from inclusive, to exclusive. An unknown report or
 * format answers 404, a missing or bad parameter 400 with a message saying which, and a signed-in
 * user of another role 404, as for a missing file. A report of more than {@link
 * Downloads#BACKGROUND_ROWS} rows runs in the background: the answer is a redirect to My downloads,
 * where its progress shows and its file waits a week.
 */
@WebServlet("/files/reports/*")
public class ReportFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern FILE = Pattern.compile("/([a-z][a-z0-9-]{0,39})\\.([A-Za-z]{3,4})");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern STATUS = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  @Inject transient Reports reports;
  @Inject transient Downloads downloads;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher m = FILE.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    Optional<ReportFormat> format = m.matches() ? ReportFormat.of(m.group(2)) : Optional.empty();
    if (format.isEmpty()) {
      notFound(res, "No such report file. Use /files/reports/{name}.pdf, .xlsx or .csv");
      return;
    }
    String name = m.group(1);
    RegisterQuery q;
    try {
      q = query(req);
    } catch (IllegalArgumentException bad) {
      badRequest(res, bad.getMessage());
      return;
    }
    try {
      if (reports.count(name, q) > Downloads.BACKGROUND_ROWS) {
        // too long to wait for: a job in My downloads, which the browser is sent to
        var job = downloads.queueReport(name, format.get(), q);
        res.sendRedirect(req.getContextPath() + "/downloads/downloads.xhtml?job=" + job.getId());
        return;
      }
      String fileName = reports.fileName(name, q, format.get());
      res.setContentType(format.get().mediaType());
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Cache-Control", "private, no-cache");
      res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
      reports.write(name, format.get(), q, res.getOutputStream());
    } catch (NotFoundException | ForbiddenException | EJBAccessException hidden) {
      notFound(res, "No such report: " + name);
    }
  }

  /** The query from the parameters; a bad one throws with the message for the caller. */
  private RegisterQuery query(HttpServletRequest req) {
    LocalDate from = day(req, "from");
    LocalDate to = day(req, "to");
    String lang = req.getParameter("lang");
    if (lang != null && !lang.isBlank() && !lang.matches("en|es")) {
      throw new IllegalArgumentException("lang must be en or es");
    }
    String currency = req.getParameter("currency");
    if (currency != null && !currency.isBlank() && !CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency must be a three-letter code such as EUR");
    }
    String status = req.getParameter("status");
    if (status != null && !status.isBlank() && !STATUS.matcher(status).matches()) {
      throw new IllegalArgumentException("status must be a status code");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("to must be after from (to is exclusive)");
    }
    if (from.plusDays(RegisterQuery.MAX_DAYS).isBefore(to)) {
      throw new IllegalArgumentException("the period may cover at most ten years");
    }
    try {
      return reports.query(
          from, to, status, currency, lang == null || lang.isBlank() ? browserLanguage(req) : lang);
    } catch (BusinessException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Without {@code lang}: the browser's language when it is Spanish, else English. */
  private static String browserLanguage(HttpServletRequest req) {
    return req.getLocale() != null && "es".equals(req.getLocale().getLanguage()) ? "es" : "en";
  }

  private static LocalDate day(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(name + " is required, as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date as YYYY-MM-DD, not " + v.strip());
    }
  }

  private static void badRequest(HttpServletResponse res, String message) throws IOException {
    text(res, HttpServletResponse.SC_BAD_REQUEST, message);
  }

  private static void notFound(HttpServletResponse res, String message) throws IOException {
    text(res, HttpServletResponse.SC_NOT_FOUND, message);
  }

  private static void text(HttpServletResponse res, int status, String message) throws IOException {
    if (res.isCommitted()) {
      return;
    }
    res.reset();
    res.setStatus(status);
    res.setContentType("text/plain; charset=UTF-8");
    res.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
