package com.orderpool.reports.web;

import com.orderpool.core.BusinessException;
import com.orderpool.reports.boundary.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finished file of My downloads: {@code /files/downloads/{id}}. Only the user who asked for it
 * gets it; anyone else, in this tenant or another, gets 404.
 */
@WebServlet("/files/downloads/*")
public class DownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

  @Inject transient Downloads downloads;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher m = ID.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.File file;
    try {
      file = downloads.file(Long.parseLong(m.group(1)));
    } catch (BusinessException | jakarta.ejb.EJBAccessException hidden) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(file.contentType());
    res.setContentLengthLong(Files.size(file.path()));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-cache");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    Files.copy(file.path(), res.getOutputStream());
  }
}
