package com.orderpool.partners.web;

import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The Partners settings page: the list, the add/edit dialog, retire and reactivate. */
@Named
@ViewScoped
public class PartnersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Partners partners;

  private List<Partner> list;
  private Long editing;
  private String name;
  private PartnerKind kind = PartnerKind.SUPPLIER;
  private RuleType ruleType = RuleType.ALL;
  private String ruleValue;
  private String email;
  private Integer autoHours;
  private boolean autoRead;

  public List<Partner> getList() {
    if (list == null) {
      list = partners.all();
    }
    return list;
  }

  /** After how many hours paid orders go to their partners by themselves (null: by hand). */
  public Integer getAutoHours() {
    if (!autoRead) {
      autoHours = partners.autoSubmitHours();
      autoRead = true;
    }
    return autoHours;
  }

  public void setAutoHours(Integer autoHours) {
    this.autoHours = autoHours;
    this.autoRead = true;
  }

  public void saveAuto() {
    partners.setAutoSubmitHours(autoHours);
    if (autoHours == null || autoHours == 0) {
      Messages.info("partner.auto.off");
    } else {
      Messages.info("partner.auto.saved", autoHours);
    }
  }

  /** Reads the list again (after a change made elsewhere on the page). */
  public void reload() {
    list = null;
  }

  public void add() {
    editing = null;
    name = null;
    kind = PartnerKind.SUPPLIER;
    ruleType = RuleType.ALL;
    ruleValue = null;
    email = null;
  }

  public void edit(Partner p) {
    editing = p.getId();
    name = p.getName();
    kind = p.getKind();
    ruleType = p.getRuleType();
    ruleValue = p.getRuleValue();
    email = p.getEmail();
  }

  public void save() {
    Partner p = partners.save(editing, name, kind, ruleType, ruleValue, email);
    list = null;
    Messages.info("partner.saved", p.getName());
    org.primefaces.PrimeFaces.current().executeScript("PF('partnerDlg').hide()");
  }

  public void retire(Partner p) {
    partners.retire(p.getId(), !p.isRetired());
    list = null;
    Messages.info(p.isRetired() ? "partner.reactivated" : "partner.retired", p.getName());
  }

  /** The rule of a partner in words: "Orders of these models: Oxford, Derby". */
  public String rule(Partner p) {
    String type = Messages.text("partner.ruleType." + p.getRuleType());
    return p.getRuleValue() == null ? type : type + ": " + p.getRuleValue();
  }

  public PartnerKind[] getKinds() {
    return PartnerKind.values();
  }

  public RuleType[] getRuleTypes() {
    return RuleType.values();
  }

  /** Whether the rule needs a list (every type but All). */
  public boolean isListed() {
    return ruleType != null && ruleType != RuleType.ALL;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public void setKind(PartnerKind kind) {
    this.kind = kind;
  }

  public RuleType getRuleType() {
    return ruleType;
  }

  public void setRuleType(RuleType ruleType) {
    this.ruleType = ruleType;
  }

  public String getRuleValue() {
    return ruleValue;
  }

  public void setRuleValue(String ruleValue) {
    this.ruleValue = ruleValue;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
