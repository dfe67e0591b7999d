package com.orderpool.payments.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSetting;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The current tenant's payment-provider secrets, kept as tenant settings: {@code
 * psp.<provider>.secret} (the callback signing secret), {@code psp.<provider>.set-at}, and after a
 * rotation the previous secret ({@code psp.<provider>.previous}), still accepted until {@code
 * psp.<provider>.previous-until} so callbacks signed before the provider was updated still pass.
 */
@ApplicationScoped
public class PspSecrets {
  public static final Pattern PROVIDER = Pattern.compile("[a-z0-9_-]{1,40}");
  public static final Duration ROTATION_GRACE = Duration.ofHours(24);
  public static final int MAX_PROVIDERS = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject TenantSettings settings;
  @Inject TenantDatabase db;

  /** A provider as the settings page lists it; the secret itself is never listed. */
  public record Provider(String name, String secretEnd, Instant setAt, Instant previousValidUntil)
      implements java.io.Serializable {}

  public static boolean isValidName(String provider) {
    return provider != null && PROVIDER.matcher(provider).matches();
  }

  /** The secrets a callback of this provider may be signed with now (empty: unknown provider). */
  public List<String> secretsFor(String provider, Instant now) {
    if (!isValidName(provider)) {
      return List.of();
    }
    List<String> secrets = new ArrayList<>(2);
    settings.get(key(provider, "secret")).filter(s -> !s.isBlank()).ifPresent(secrets::add);
    if (!secrets.isEmpty()
        && previousValidUntil(provider).filter(until -> now.isBefore(until)).isPresent()) {
      settings.get(key(provider, "previous")).filter(s -> !s.isBlank()).ifPresent(secrets::add);
    }
    return secrets;
  }

  public List<Provider> providers() {
    return db
        .em()
        .createQuery(
            "SELECT s FROM TenantSetting s WHERE s.name LIKE 'psp.%' ORDER BY s.name",
            TenantSetting.class)
        .getResultList()
        .stream()
        .filter(s -> s.getName().endsWith(".secret"))
        .map(s -> s.getName().substring(4, s.getName().length() - ".secret".length()))
        .filter(PspSecrets::isValidName)
        .map(this::describe)
        .toList();
  }

  /** Adds a provider with a new secret; returns the secret (shown once). */
  public String add(String provider, Instant now) {
    if (!isValidName(provider)) {
      throw new BusinessException("providerName", "psp.provider.invalid");
    }
    if (settings.get(key(provider, "secret")).isPresent()) {
      throw new ConflictException("providerName", "psp.provider.exists", provider);
    }
    if (providers().size() >= MAX_PROVIDERS) {
      throw new BusinessException("providerName", "psp.provider.tooMany", MAX_PROVIDERS);
    }
    return newSecret(provider, now);
  }

  /**
   * Replaces a provider's secret; the old one is still accepted for {@link #ROTATION_GRACE}.
   * Returns the new secret (shown once).
   */
  public String rotate(String provider, Instant now) {
    String current = require(provider);
    settings.put(key(provider, "previous"), current);
    settings.put(key(provider, "previous-until"), now.plus(ROTATION_GRACE).toString());
    return newSecret(provider, now);
  }

  /** Removes a provider: its callbacks are refused from now on. */
  public void remove(String provider) {
    require(provider);
    for (String part : List.of("secret", "set-at", "previous", "previous-until")) {
      settings.remove(key(provider, part));
    }
  }

  private String require(String provider) {
    return (isValidName(provider)
            ? settings.get(key(provider, "secret"))
            : Optional.<String>empty())
        .orElseThrow(() -> new NotFoundException("payment provider", provider));
  }

  private String newSecret(String provider, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    settings.put(key(provider, "secret"), secret);
    settings.put(key(provider, "set-at"), now.toString());
    return secret;
  }

  private Provider describe(String provider) {
    String secret = settings.get(key(provider, "secret")).orElse("");
    return new Provider(
        provider,
        secret.length() > 4 ? secret.substring(secret.length() - 4) : "",
        settings.get(key(provider, "set-at")).flatMap(PspSecrets::instant).orElse(null),
        previousValidUntil(provider).orElse(null));
  }

  private Optional<Instant> previousValidUntil(String provider) {
    return settings.get(key(provider, "previous-until")).flatMap(PspSecrets::instant);
  }

  private static Optional<Instant> instant(String s) {
    try {
      return Optional.of(Instant.parse(s.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String key(String provider, String part) {
    return "psp." + provider + "." + part;
  }
}
