package com.orderpool.notifications.entity;

/** The source of one template: subject, HTML body and plain-text body (Mustache syntax). */
public record TemplateParts(String subject, String html, String text)
    implements java.io.Serializable {}
