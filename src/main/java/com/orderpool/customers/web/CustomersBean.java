package com.orderpool.customers.web;

import com.orderpool.core.PageRequest;
import com.orderpool.customers.boundary.CustomerRow;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.customers.control.CustomerExport;
import com.orderpool.web.LazyList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Customers page: the tenant's directory, searched by the start of a name, e-mail or company.
 */
@Named
@ViewScoped
public class CustomersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerService customers;

  private String search;
  private LazyList<CustomerRow> list;

  @PostConstruct
  void init() {
    list =
        new LazyList<>(
            ignored -> customers.count(search),
            page ->
                customers.search(new PageRequest(page.first(), page.size(), null, false, search)),
            r -> String.valueOf(r.customer().getId()));
  }

  public LazyList<CustomerRow> getList() {
    return list;
  }

  /** The customers export's parameters: the page's search. */
  public String getExportParams() {
    return CustomerExport.params(search);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
