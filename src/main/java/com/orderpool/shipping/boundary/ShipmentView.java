package com.orderpool.shipping.boundary;

import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShippingMethod;
import java.util.List;

/**
 * A shipment as the dashboard shows it: its method, what it carries of which order, and its parcels
 * with their tracking links.
 */
public record ShipmentView(
    Shipment shipment, ShippingMethod method, List<Item> items, List<ParcelLink> parcels)
    implements java.io.Serializable {

  /** Pieces of one order. */
  public record Item(long orderId, String orderNumber, int pieces)
      implements java.io.Serializable {}

  /** A parcel's tracking number and its link (null when the method has no tracking page). */
  public record ParcelLink(String number, String link) implements java.io.Serializable {}
}
