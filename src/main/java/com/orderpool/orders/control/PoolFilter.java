package com.orderpool.orders.control;

import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The order pool's filters; empty fields do not filter. Filters combine with AND. */
public class PoolFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private String search;
  private List<PaymentStatus> paymentStatuses = new ArrayList<>();
  private List<Long> statusIds = new ArrayList<>();
  private List<Phase> phases = new ArrayList<>();
  private List<OrderType> types = new ArrayList<>();
  private List<Channel> channels = new ArrayList<>();
  private String model;
  private LocalDate createdFrom;
  private LocalDate createdTo;
  private LocalDate wipFrom;
  private LocalDate wipTo;
  private boolean includeCancelled;

  public PoolFilter() {}

  public static PoolFilter all() {
    PoolFilter f = new PoolFilter();
    f.includeCancelled = true;
    return f;
  }

  /** A copy with another free-text search (the table's global filter). */
  public PoolFilter withSearch(String text) {
    PoolFilter f = copy();
    f.search = text == null || text.isBlank() ? null : text.strip();
    return f;
  }

  public PoolFilter copy() {
    PoolFilter f = new PoolFilter();
    f.search = search;
    f.paymentStatuses = new ArrayList<>(paymentStatuses);
    f.statusIds = new ArrayList<>(statusIds);
    f.phases = new ArrayList<>(phases);
    f.types = new ArrayList<>(types);
    f.channels = new ArrayList<>(channels);
    f.model = model;
    f.createdFrom = createdFrom;
    f.createdTo = createdTo;
    f.wipFrom = wipFrom;
    f.wipTo = wipTo;
    f.includeCancelled = includeCancelled;
    return f;
  }

  // Array views for multi-select components: JSF converts array elements by their enum type.

  @JsonbTransient
  public PaymentStatus[] getPaymentStatusArray() {
    return paymentStatuses.toArray(PaymentStatus[]::new);
  }

  @JsonbTransient
  public void setPaymentStatusArray(PaymentStatus[] values) {
    paymentStatuses = values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  @JsonbTransient
  public Phase[] getPhaseArray() {
    return phases.toArray(Phase[]::new);
  }

  @JsonbTransient
  public void setPhaseArray(Phase[] values) {
    phases = values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  @JsonbTransient
  public OrderType[] getTypeArray() {
    return types.toArray(OrderType[]::new);
  }

  @JsonbTransient
  public void setTypeArray(OrderType[] values) {
    types = values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  @JsonbTransient
  public Channel[] getChannelArray() {
    return channels.toArray(Channel[]::new);
  }

  @JsonbTransient
  public void setChannelArray(Channel[] values) {
    channels = values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PoolFilter f
        && includeCancelled == f.includeCancelled
        && Objects.equals(search, f.search)
        && paymentStatuses.equals(f.paymentStatuses)
        && statusIds.equals(f.statusIds)
        && phases.equals(f.phases)
        && types.equals(f.types)
        && channels.equals(f.channels)
        && Objects.equals(model, f.model)
        && Objects.equals(createdFrom, f.createdFrom)
        && Objects.equals(createdTo, f.createdTo)
        && Objects.equals(wipFrom, f.wipFrom)
        && Objects.equals(wipTo, f.wipTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        search, paymentStatuses, statusIds, phases, types, channels, model, createdFrom);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<PaymentStatus> getPaymentStatuses() {
    return paymentStatuses;
  }

  public void setPaymentStatuses(List<PaymentStatus> paymentStatuses) {
    this.paymentStatuses = paymentStatuses == null ? new ArrayList<>() : paymentStatuses;
  }

  public List<Long> getStatusIds() {
    return statusIds;
  }

  public void setStatusIds(List<Long> statusIds) {
    this.statusIds = statusIds == null ? new ArrayList<>() : statusIds;
  }

  public List<Phase> getPhases() {
    return phases;
  }

  public void setPhases(List<Phase> phases) {
    this.phases = phases == null ? new ArrayList<>() : phases;
  }

  public List<OrderType> getTypes() {
    return types;
  }

  public void setTypes(List<OrderType> types) {
    this.types = types == null ? new ArrayList<>() : types;
  }

  public List<Channel> getChannels() {
    return channels;
  }

  public void setChannels(List<Channel> channels) {
    this.channels = channels == null ? new ArrayList<>() : channels;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public LocalDate getCreatedFrom() {
    return createdFrom;
  }

  public void setCreatedFrom(LocalDate createdFrom) {
    this.createdFrom = createdFrom;
  }

  public LocalDate getCreatedTo() {
    return createdTo;
  }

  public void setCreatedTo(LocalDate createdTo) {
    this.createdTo = createdTo;
  }

  public LocalDate getWipFrom() {
    return wipFrom;
  }

  public void setWipFrom(LocalDate wipFrom) {
    this.wipFrom = wipFrom;
  }

  public LocalDate getWipTo() {
    return wipTo;
  }

  public void setWipTo(LocalDate wipTo) {
    this.wipTo = wipTo;
  }

  public boolean isIncludeCancelled() {
    return includeCancelled;
  }

  public void setIncludeCancelled(boolean includeCancelled) {
    this.includeCancelled = includeCancelled;
  }
}
