package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import java.util.List;

/** One e-mail ready for the wire: headers, both bodies and attachments. */
public record OutgoingMail(
    String messageId,
    String senderName,
    String recipient,
    String language,
    String subject,
    String html,
    String text,
    List<MailAttachment> attachments) {}
