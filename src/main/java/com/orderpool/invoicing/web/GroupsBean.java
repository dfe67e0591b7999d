package com.orderpool.invoicing.web;

import com.orderpool.core.PageRequest;
import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupDirectory.GroupRow;
import com.orderpool.web.LazyList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The Groups page: the tenant's order groups, open ones first, searched by number or customer. */
@Named
@ViewScoped
public class GroupsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupDirectory directory;

  private String search;
  private LazyList<GroupRow> list;

  @PostConstruct
  void init() {
    list =
        new LazyList<>(
            ignored -> directory.count(search),
            page -> directory.page(new PageRequest(page.first(), page.size(), null, false, search)),
            r -> String.valueOf(r.group().getId()));
  }

  public LazyList<GroupRow> getList() {
    return list;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
