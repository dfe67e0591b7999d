package com.orderpool.orders.entity;

/** What an attachment of an order line is for. */
public enum AttachmentKind {
  /** A preview image of the product, shown to staff and the customer. */
  PREVIEW,
  /** The final design file that production works from. */
  DESIGN,
  /** An image the client sent in. */
  CLIENT_IMAGE
}
