package com.orderpool.platform.web;

import com.orderpool.core.ForbiddenException;
import com.orderpool.platform.boundary.PlatformUsage;
import com.orderpool.platform.control.UsageReport;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The usage page's CSV export: {@code /platform/usage.csv[?lang=en|es]} (headers in that language,
 * else the browser's when it is Spanish, else English). The folder is for platform admins only, and
 * the service checks the caller again; anyone else gets 404, as for a missing file.
 */
@WebServlet("/platform/usage.csv")
public class UsageCsvServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient PlatformUsage usage;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    UsageReport report;
    try {
      report = usage.report();
    } catch (ForbiddenException | EJBAccessException refused) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-cache");
    res.setHeader(
        "Content-Disposition", "attachment; filename=\"" + UsageCsv.fileName(report) + "\"");
    UsageCsv.write(report, language(req), res.getOutputStream());
  }

  /** {@code lang=es|en}, else the browser's language when it is Spanish, else English. */
  private static Locale language(HttpServletRequest req) {
    String lang = req.getParameter("lang");
    if (lang == null || !lang.matches("en|es")) {
      lang = req.getLocale() != null && "es".equals(req.getLocale().getLanguage()) ? "es" : "en";
    }
    return Locale.forLanguageTag(lang);
  }
}
