package com.orderpool.notifications.web;

import com.orderpool.notifications.boundary.ReplyToService;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The Reply-To card of the e-mail settings. */
@Named
@ViewScoped
public class ReplyToBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReplyToService service;

  private ReplyToService.ReplyTo current;
  private String replyTo;

  @PostConstruct
  void init() {
    current = service.replyTo();
    replyTo = current.own();
  }

  public void save() {
    current = service.save(replyTo == null ? null : replyTo.strip());
    replyTo = current.own();
    Messages.info("replyTo.saved", current.effective());
  }

  public ReplyToService.ReplyTo getCurrent() {
    return current;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(String replyTo) {
    this.replyTo = replyTo;
  }
}
