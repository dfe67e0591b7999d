package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import java.util.List;

/**
 * One e-mail ready for the wire: headers, both bodies and attachments. {@code replyTo} is null when
 * replies go to the sender.
 */
public record OutgoingMail(
    String messageId,
    String senderName,
    String replyTo,
    String recipient,
    String language,
    String subject,
    String html,
    String text,
    List<MailAttachment> attachments) {}
