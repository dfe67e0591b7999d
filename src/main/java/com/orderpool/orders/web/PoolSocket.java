package com.orderpool.orders.web;

import com.orderpool.tenancy.OrderpoolPrincipal;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The order pool's live socket: an open pool page connects here and is told when its tenant's
 * orders changed. The socket belongs to the signed-in tenant user of its handshake (the path is
 * under {@code /orders}, so only tenant roles get there); anyone else is closed at once. Nothing of
 * it is kept in the HTTP session: a session replicated to another node of a cluster carries no
 * socket state, and a page whose node went away connects again to another one.
 */
@ServerEndpoint(PoolSocket.PATH)
public class PoolSocket {
  public static final String PATH = "/orders/push";

  private static final Logger LOG = Logger.getLogger(PoolSocket.class.getName());
  private static final String TENANT = "orderpool.tenant";

  /** The open pool sockets of this node, by tenant code. */
  private static final Map<String, Set<Session>> BY_TENANT = new ConcurrentHashMap<>();

  @OnOpen
  public void open(Session session) throws IOException {
    String tenant =
        session.getUserPrincipal() instanceof OrderpoolPrincipal p ? p.tenantCode() : null;
    if (tenant == null) {
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in as a tenant user"));
      return;
    }
    session.getUserProperties().put(TENANT, tenant);
    BY_TENANT.computeIfAbsent(tenant, k -> ConcurrentHashMap.newKeySet()).add(session);
  }

  @OnClose
  public void closed(Session session) {
    forget(session);
  }

  @OnError
  public void failed(Session session, Throwable error) {
    LOG.log(Level.FINE, "pool socket failed", error);
    forget(session);
  }

  private static void forget(Session session) {
    if (session.getUserProperties().get(TENANT) instanceof String tenant) {
      BY_TENANT.computeIfPresent(
          tenant,
          (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
          });
    }
  }

  /** Sends a message to every open pool of one tenant on this node; returns how many. */
  static int send(String tenant, String message) {
    int sent = 0;
    for (Session s : BY_TENANT.getOrDefault(tenant, Set.of())) {
      try {
        if (s.isOpen()) {
          s.getAsyncRemote().sendText(message);
          sent++;
        } else {
          forget(s);
        }
      } catch (RuntimeException gone) {
        LOG.log(Level.FINE, "pool socket send failed", gone);
        forget(s);
      }
    }
    return sent;
  }
}
