package com.orderpool.partners.entity;

import com.orderpool.core.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A partner's e-mail channel: one or more addresses separated by commas, semicolons or spaces. Each
 * must look like an address; duplicates (any case) count once. Errors name the field {@code email}.
 */
public final class PartnerAddresses {
  public static final String FIELD = "email";
  public static final int MAX = 5;
  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}");

  private PartnerAddresses() {}

  /** The checked addresses, in the order given. */
  public static List<String> parse(String value) {
    List<String> out = new ArrayList<>();
    for (String raw : (value == null ? "" : value).split("[,;\\s]+")) {
      String a = raw.strip();
      if (a.isEmpty()) {
        continue;
      }
      if (a.length() > 254 || !ADDRESS.matcher(a).matches()) {
        throw new BusinessException(FIELD, "partner.email.invalid", a);
      }
      if (out.stream().noneMatch(o -> o.equalsIgnoreCase(a))) {
        out.add(a);
      }
    }
    if (out.isEmpty()) {
      throw new BusinessException(FIELD, "partner.email.required");
    }
    if (out.size() > MAX) {
      throw new BusinessException(FIELD, "partner.email.tooMany", MAX);
    }
    return List.copyOf(out);
  }
}
