package com.orderpool.platform.web;

import com.orderpool.platform.boundary.UserRow;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A tenant admin's user list: invite, deactivate and reactivate. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UserService service;

  private List<UserRow> users;
  private String email;
  private String name;
  private Role role = Role.STAFF;
  private String invitedEmail;

  @PostConstruct
  void init() {
    users = service.users();
  }

  public void invite() {
    service.invite(email, name, role);
    invitedEmail = email;
    Messages.info("user.invited", email);
    email = null;
    name = null;
    role = Role.STAFF;
    users = service.users();
  }

  public void deactivate(long id) {
    service.deactivate(id);
    Messages.info("user.deactivated");
    users = service.users();
  }

  public void reactivate(long id) {
    service.reactivate(id);
    Messages.info("user.reactivated");
    users = service.users();
  }

  public void newInvitation() {
    invitedEmail = null;
  }

  public List<Role> getRoles() {
    return List.of(Role.TENANT_ADMIN, Role.STAFF, Role.ACCOUNTANT);
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getInvitedEmail() {
    return invitedEmail;
  }
}
