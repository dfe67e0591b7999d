package com.orderpool.web;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Readiness probe: 200 when the app is deployed and the database answers, 503 otherwise. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:app/jdbc/orderpool")
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("application/json");
    try (Connection c = dataSource.getConnection()) {
      boolean ok = c.isValid(2);
      res.setStatus(ok ? 200 : 503);
      res.getWriter().write(ok ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    } catch (SQLException e) {
      res.setStatus(503);
      res.getWriter().write("{\"status\":\"DOWN\"}");
    }
  }
}
