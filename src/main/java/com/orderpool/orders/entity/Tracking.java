package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an order travels, as the pool and the e-mails show it: the shipping method the customer
 * chose, and once something was sent, the carrier, the first parcel's tracking number and link, the
 * number of parcels and the pieces sent so far (a BULK order may ship in parts). Shipping records
 * it; the order only keeps it.
 */
@Embeddable
public class Tracking implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "shipping_method_id")
  private Long methodId;

  @Column(name = "tracking_number")
  private String number;

  @Column(name = "tracking_url")
  private String url;

  @Column(name = "carrier")
  private String carrier;

  @Column(name = "parcels")
  private int parcels;

  @Column(name = "pieces_sent")
  private int piecesSent;

  public Tracking() {}

  /** Parcels of this order were sent: the first tracking number stays the one shown. */
  public void sent(String carrier, String number, String url, int parcels, int pieces) {
    this.carrier = carrier;
    if (this.number == null && number != null) {
      this.number = number;
      this.url = url;
    }
    this.parcels += parcels;
    this.piecesSent += pieces;
  }

  /** Pieces came back (returned for repair): they are to ship again. */
  public void cameBack(int pieces) {
    this.piecesSent = Math.max(0, piecesSent - pieces);
  }

  /** The shipping method the customer chose (null: none); shipping checks it is one it offers. */
  public void chooseMethod(Long methodId) {
    this.methodId = methodId;
  }

  public Long getMethodId() {
    return methodId;
  }

  public String getNumber() {
    return number;
  }

  public String getUrl() {
    return url;
  }

  public String getCarrier() {
    return carrier;
  }

  public int getParcels() {
    return parcels;
  }

  public int getPiecesSent() {
    return piecesSent;
  }

  /** The parcels beyond the first (the pool shows the first number and "+2"). */
  public int getMoreParcels() {
    return Math.max(0, parcels - 1);
  }
}
