package com.orderpool.partners.entity;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A supplier or fulfilment provider that orders are passed to: its name, kind, rule (which orders
 * go there) and e-mail channel (one or more addresses). A retired partner gets no new orders; its
 * submissions stay, and their cancellations are still sent to it.
 */
@Entity
@Table(name = "partner")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Partner implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private PartnerKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type")
  private RuleType ruleType;

  @Column(name = "rule_value")
  private String ruleValue;

  private String email;

  private boolean retired;

  @Column(name = "sftp_host")
  private String sftpHost;

  @Column(name = "sftp_port")
  private Integer sftpPort;

  @Column(name = "sftp_user")
  private String sftpUser;

  @Column(name = "sftp_password")
  private String sftpPassword;

  @Column(name = "sftp_folder")
  private String sftpFolder;

  @Column(name = "sftp_host_key")
  private String sftpHostKey;

  @Column(name = "webhook_endpoint_id")
  private Long webhookEndpointId;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Version private long version;

  protected Partner() {}

  public Partner(
      String name,
      PartnerKind kind,
      PartnerRule rule,
      List<String> addresses,
      String createdBy,
      Instant createdAt) {
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    update(name, kind, rule, addresses);
  }

  public final void update(
      String name, PartnerKind kind, PartnerRule rule, List<String> addresses) {
    this.name = name.strip();
    this.kind = kind;
    this.ruleType = rule.type();
    this.ruleValue = rule.value();
    this.email = String.join(", ", addresses);
  }

  /** The partner's rule, as stored (it was checked when saved). */
  public PartnerRule rule() {
    return PartnerRule.of(ruleType, ruleValue);
  }

  /** Whether this order goes to the partner by its rule (retired or not). */
  public boolean takes(Order order) {
    return rule()
        .matches(
            order.getModel(),
            order.getChannel(),
            order.getLines().stream().map(OrderLine::getSku).toList());
  }

  /** The addresses of the e-mail channel. */
  public List<String> addresses() {
    return PartnerAddresses.parse(email);
  }

  /** Whether orders also go to the partner's SFTP server. */
  public boolean hasSftp() {
    return sftpHost != null;
  }

  /** The SFTP channel, or null when the partner has none. */
  public SftpTarget sftp() {
    return hasSftp()
        ? new SftpTarget(sftpHost, sftpPort, sftpUser, sftpPassword, sftpFolder, sftpHostKey)
        : null;
  }

  /**
   * Sets the SFTP channel (checked by the caller); a null password keeps the one stored. Another
   * host or port forgets the pinned host key.
   */
  public void setSftp(String host, int port, String user, String password, String folder) {
    if (!host.equals(sftpHost) || sftpPort == null || port != sftpPort) {
      sftpHostKey = null;
    }
    sftpHost = host;
    sftpPort = port;
    sftpUser = user;
    if (password != null) {
      sftpPassword = password;
    }
    sftpFolder = folder;
  }

  /** No SFTP channel any more. */
  public void removeSftp() {
    sftpHost = null;
    sftpPort = null;
    sftpUser = null;
    sftpPassword = null;
    sftpFolder = null;
    sftpHostKey = null;
  }

  /** Pins the host key seen on the first connection. */
  public void pinHostKey(String fingerprint) {
    if (sftpHostKey == null) {
      sftpHostKey = fingerprint;
    }
  }

  /** Forgets the pinned host key (the partner's server got a new one): the next one is pinned. */
  public void forgetHostKey() {
    sftpHostKey = null;
  }

  public String getSftpHost() {
    return sftpHost;
  }

  public Integer getSftpPort() {
    return sftpPort;
  }

  public String getSftpUser() {
    return sftpUser;
  }

  public String getSftpFolder() {
    return sftpFolder;
  }

  public String getSftpHostKey() {
    return sftpHostKey;
  }

  /** Whether orders also go to one of the tenant's webhook endpoints as signed deliveries. */
  public boolean hasWebhook() {
    return webhookEndpointId != null;
  }

  /** The webhook endpoint of the partner's webhook channel, or null when it has none. */
  public Long getWebhookEndpointId() {
    return webhookEndpointId;
  }

  /** Sets the webhook channel (the endpoint checked by the caller); null: none. */
  public void setWebhookEndpointId(Long endpointId) {
    this.webhookEndpointId = endpointId;
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public RuleType getRuleType() {
    return ruleType;
  }

  public String getRuleValue() {
    return ruleValue;
  }

  public String getEmail() {
    return email;
  }

  public boolean isRetired() {
    return retired;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
