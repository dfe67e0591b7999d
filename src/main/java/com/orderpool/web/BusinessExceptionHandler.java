package com.orderpool.web;

import com.orderpool.core.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place business errors become messages: a field error is shown next to the input with that
 * id, a not-found or forbidden on a page load answers 404, and an expired view reloads the page
 * (or, for an expired session, the login page).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext fc = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      BusinessException be = find(t, BusinessException.class);
      ViewExpiredException expired = find(t, ViewExpiredException.class);
      ConstraintViolationException invalid = find(t, ConstraintViolationException.class);
      try {
        if (invalid != null) {
          events.remove();
          for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
            String clientId = clientIdOf(fc, v.getPropertyPath());
            fc.addMessage(
                clientId,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    ViolationText.of(v, fc.getViewRoot().getLocale()),
                    null));
          }
          fc.validationFailed();
          fc.renderResponse();
        } else if (be != null) {
          events.remove();
          show(fc, be);
        } else if (expired != null) {
          events.remove();
          fc.getExternalContext()
              .redirect(fc.getExternalContext().getRequestContextPath() + expired.getViewId());
          fc.responseComplete();
        }
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    getWrapped().handle();
  }

  private static void show(FacesContext fc, BusinessException be) throws IOException {
    boolean hidden = be.httpStatus() == 404 || be.httpStatus() == 403;
    if (hidden && !fc.getPartialViewContext().isAjaxRequest() && !fc.isPostback()) {
      // a page the caller may not see looks like a missing one
      fc.getExternalContext().responseSendError(404, null);
      fc.responseComplete();
      return;
    }
    String clientId = be.field() == null ? null : clientIdOf(fc, be.field());
    Messages.error(clientId, be.messageKey(), be.args());
    if (clientId != null) {
      UIComponent c = fc.getViewRoot().findComponent(":" + clientId);
      if (c instanceof UIInput input) {
        input.setValid(false);
      }
    }
    fc.validationFailed();
    fc.renderResponse();
  }

  /**
   * The input for a violation's path: for {@code editAddresses.billing.city} the first input with
   * id {@code editAddresses_billing_city}, then {@code billing_city}, then {@code city}; or null.
   */
  private static String clientIdOf(FacesContext fc, Path path) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Path.Node node : path) {
      if (node.getName() != null) {
        names.add(node.getName());
      }
    }
    for (int i = 0; i < names.size(); i++) {
      String id = clientIdOf(fc, String.join("_", names.subList(i, names.size())));
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** The client id of the first input whose id is the field name, or null. */
  private static String clientIdOf(FacesContext fc, String field) {
    AtomicReference<String> found = new AtomicReference<>();
    fc.getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(fc),
            (ctx, component) -> {
              if (field.equals(component.getId()) && component instanceof UIInput) {
                found.set(component.getClientId(fc));
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return found.get();
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c instanceof EJBException ejb && ejb.getCausedByException() != null) {
        T inner = find(ejb.getCausedByException(), type);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
