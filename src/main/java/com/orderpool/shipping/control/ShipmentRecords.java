package com.orderpool.shipping.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.shipping.entity.Parcel;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShipmentItem;
import com.orderpool.shipping.entity.ShipmentStatus;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Reads and writes a tenant's shipments with what they carry and their parcels. */
@ApplicationScoped
public class ShipmentRecords {
  @Inject TenantDatabase db;

  /** A shipment (locked for the change); an unknown id, or another tenant's, is not found. */
  public Shipment forChange(long id) {
    Shipment s = db.em().find(Shipment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw new NotFoundException("shipment", id);
    }
    return s;
  }

  public Shipment get(long id) {
    Shipment s = db.em().find(Shipment.class, id);
    if (s == null) {
      throw new NotFoundException("shipment", id);
    }
    return s;
  }

  public ShippingMethod method(long id) {
    ShippingMethod m = db.em().find(ShippingMethod.class, id);
    if (m == null) {
      throw new NotFoundException("shippingMethod", id);
    }
    return m;
  }

  /** Saves a new shipment with its items and parcels (numbered from 1). */
  public Shipment create(Shipment s, List<ShipmentItem> items, List<String> tracking) {
    db.em().persist(s);
    db.em().flush();
    for (ShipmentItem i : items) {
      db.em().persist(new ShipmentItem(s.getId(), i.getOrderId(), i.getPieces()));
    }
    for (int p = 0; p < tracking.size(); p++) {
      db.em().persist(new Parcel(s.getId(), p + 1, tracking.get(p), null));
    }
    db.em().flush();
    return s;
  }

  public List<ShipmentItem> items(long shipmentId) {
    return db.em()
        .createQuery(
            "SELECT i FROM ShipmentItem i WHERE i.shipmentId = :s ORDER BY i.id",
            ShipmentItem.class)
        .setParameter("s", shipmentId)
        .getResultList();
  }

  public List<Parcel> parcels(long shipmentId) {
    return db.em()
        .createQuery(
            "SELECT p FROM Parcel p WHERE p.shipmentId = :s ORDER BY p.position", Parcel.class)
        .setParameter("s", shipmentId)
        .getResultList();
  }

  /** The shipments carrying something of an order, newest first. */
  public List<Shipment> ofOrder(long orderId) {
    return db.em()
        .createQuery(
            "SELECT s FROM Shipment s WHERE s.id IN"
                + " (SELECT i.shipmentId FROM ShipmentItem i WHERE i.orderId = :o)"
                + " ORDER BY s.createdAt DESC, s.id DESC",
            Shipment.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  /** The newest shipment carrying something of an order, if any. */
  public java.util.Optional<Shipment> latestOf(long orderId) {
    return ofOrder(orderId).stream().findFirst();
  }

  /** Pieces of an order in the shipments made before this one (lower id). */
  public int piecesBefore(long orderId, long shipmentId) {
    Long n =
        db.em()
            .createQuery(
                "SELECT SUM(i.pieces) FROM ShipmentItem i WHERE i.orderId = :o AND i.shipmentId < :s",
                Long.class)
            .setParameter("o", orderId)
            .setParameter("s", shipmentId)
            .getSingleResult();
    return n == null ? 0 : n.intValue();
  }

  /** Pieces of an order in shipments not sent yet. */
  public int open(long orderId) {
    Long n =
        db.em()
            .createQuery(
                "SELECT SUM(i.pieces) FROM ShipmentItem i WHERE i.orderId = :o AND i.shipmentId IN"
                    + " (SELECT s.id FROM Shipment s WHERE s.status = :scheduled)",
                Long.class)
            .setParameter("o", orderId)
            .setParameter("scheduled", ShipmentStatus.SCHEDULED)
            .getSingleResult();
    return n == null ? 0 : n.intValue();
  }
}
