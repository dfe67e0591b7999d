package com.orderpool.tenancy;

import java.util.Locale;
import java.util.regex.Pattern;

/** Maps a company code to its schema name; the only place that knows the naming rule. */
public final class TenantSchema {
  public static final String PLATFORM = "orderpool_platform";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private TenantSchema() {}

  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public static String of(String code) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException("not a company code: " + code);
    }
    return "tenant_" + code.toLowerCase(Locale.ROOT);
  }
}
