package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.SavedView;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/** Each user's saved order pool views: save (or replace by name), list, apply and delete. */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class SavedViews {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  public List<SavedView> mine() {
    return db.em()
        .createQuery(
            "SELECT v FROM SavedView v WHERE v.owner = :o ORDER BY v.name", SavedView.class)
        .setParameter("o", tenant.actor())
        .getResultList();
  }

  public SavedView save(String name, @NotNull PoolFilter filter) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("viewName", "view.name.required");
    }
    String clean = name.strip();
    if (clean.length() > 80) {
      throw new BusinessException("viewName", "view.name.tooLong");
    }
    String json = JSON.toJson(filter.withSearch(null));
    SavedView existing =
        mine().stream().filter(v -> v.getName().equalsIgnoreCase(clean)).findFirst().orElse(null);
    if (existing != null) {
      existing.replaceFilter(json);
      return existing;
    }
    SavedView view = new SavedView(tenant.actor(), clean, json, clock.instant());
    db.em().persist(view);
    return view;
  }

  public PoolFilter filterOf(long id) {
    return JSON.fromJson(own(id).getFilterJson(), PoolFilter.class);
  }

  public void delete(long id) {
    db.em().remove(own(id));
  }

  /** A view of the caller; anyone else's does not exist for them. */
  private SavedView own(long id) {
    SavedView v = db.em().find(SavedView.class, id);
    if (v == null || !v.getOwner().equals(tenant.actor())) {
      throw new NotFoundException("view", id);
    }
    return v;
  }
}
