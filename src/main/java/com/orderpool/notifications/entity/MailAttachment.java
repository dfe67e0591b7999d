package com.orderpool.notifications.entity;

import java.util.Objects;

/** A file to send with an e-mail: name, MIME type and bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {
  public MailAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
