package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A user's named set of order pool filters. */
@Entity
@Table(name = "saved_view")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class SavedView implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String owner;
  private String name;

  @Column(name = "filter_json")
  private String filterJson;

  @Column(name = "created_at")
  private Instant createdAt;

  protected SavedView() {}

  public SavedView(String owner, String name, String filterJson, Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.filterJson = filterJson;
    this.createdAt = createdAt;
  }

  public void replaceFilter(String json) {
    this.filterJson = json;
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getFilterJson() {
    return filterJson;
  }
}
