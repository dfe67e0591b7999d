package com.orderpool.notifications.entity;

/** An e-mail's subject, HTML body and plain-text body after rendering. */
public record RenderedMail(String subject, String html, String text)
    implements java.io.Serializable {}
