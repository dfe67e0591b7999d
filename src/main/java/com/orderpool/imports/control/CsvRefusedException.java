package com.orderpool.imports.control;

import java.util.Arrays;

/**
 * A CSV file refused as a whole: a message key of the bundles ({@code imports.file.*}, {@code
 * imports.header.*}, {@code imports.quote.*}) and its arguments, ready for {@code MessageFormat}.
 */
public class CsvRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] args;

  /** A refusal with this message key and its arguments ({0}, {1}, ...). */
  public CsvRefusedException(String messageKey, Object... args) {
    super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /** The key of the message in the bundles. */
  public String messageKey() {
    return messageKey;
  }

  /** The message's arguments (a copy). */
  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }
}
