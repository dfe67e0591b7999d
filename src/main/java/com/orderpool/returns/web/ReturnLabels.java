package com.orderpool.returns.web;

import com.orderpool.returns.control.ReturnTexts;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.returns.entity.ReturnStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** Return reasons, actions and statuses in the reader's language, for every returns page. */
@Named
@ApplicationScoped
public class ReturnLabels {

  public String reason(String reason) {
    return ReturnTexts.reason(reason, locale());
  }

  public String action(ReturnAction action) {
    return action == null ? "" : ReturnTexts.action(action, locale());
  }

  /** The tag colour of a status. */
  public String severity(ReturnStatus status) {
    return switch (status) {
      case REQUESTED -> "warning";
      case RECEIVED -> "info";
      case CLOSED -> "success";
    };
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
