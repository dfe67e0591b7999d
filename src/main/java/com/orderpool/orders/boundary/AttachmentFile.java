package com.orderpool.orders.boundary;

import java.nio.file.Path;

/** A stored file ready to send: its download name, real content type, size and location. */
public record AttachmentFile(String fileName, String contentType, long size, Path path) {}
