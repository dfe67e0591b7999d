package com.orderpool.partners.entity;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.Channel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which orders go to a partner: a type and, except for {@link RuleType#ALL}, a comma-separated list
 * of models (any case), SKU prefixes (any case; an order matches when one of its lines' SKUs starts
 * with one) or channels ({@link Channel} names). {@link #of} checks and normalises the list, so a
 * stored rule is always valid; an error names the field {@code ruleValue}.
 */
public final class PartnerRule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The field that a rule's errors name. */
  public static final String FIELD = "ruleValue";

  /** At most this many items in a list. */
  public static final int MAX_ITEMS = 50;

  /** At most this many characters in an item. */
  public static final int MAX_ITEM = 80;

  private final RuleType type;
  private final List<String> items;

  private PartnerRule(RuleType type, List<String> items) {
    this.type = type;
    this.items = items;
  }

  /** A checked rule: its list trimmed, without empty items or duplicates (any case). */
  public static PartnerRule of(RuleType type, String value) {
    if (type == null) {
      throw new BusinessException("ruleType", "partner.rule.type.required");
    }
    if (type == RuleType.ALL) {
      return new PartnerRule(type, List.of());
    }
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<String> items = new ArrayList<>();
    for (String raw : (value == null ? "" : value).split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      if (item.length() > MAX_ITEM) {
        throw new BusinessException(FIELD, "partner.rule.itemTooLong", item, MAX_ITEM);
      }
      if (type == RuleType.CHANNEL) {
        item = channel(item).name();
      }
      if (seen.add(item.toLowerCase(Locale.ROOT))) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      throw new BusinessException(FIELD, "partner.rule.value.required");
    }
    if (items.size() > MAX_ITEMS) {
      throw new BusinessException(FIELD, "partner.rule.tooMany", MAX_ITEMS);
    }
    return new PartnerRule(type, List.copyOf(items));
  }

  private static Channel channel(String item) {
    for (Channel c : Channel.values()) {
      if (c.name().equalsIgnoreCase(item)) {
        return c;
      }
    }
    throw new BusinessException(FIELD, "partner.rule.channel.unknown", item);
  }

  /** Whether an order of this model, channel and line SKUs goes to the partner. */
  public boolean matches(String model, Channel channel, Collection<String> skus) {
    return switch (type) {
      case ALL -> true;
      case MODEL ->
          model != null && items.stream().anyMatch(m -> m.equalsIgnoreCase(model.strip()));
      case CHANNEL -> channel != null && items.contains(channel.name());
      case SKU_PREFIX ->
          skus.stream()
              .filter(Objects::nonNull)
              .map(s -> s.strip().toLowerCase(Locale.ROOT))
              .anyMatch(
                  sku -> items.stream().anyMatch(p -> sku.startsWith(p.toLowerCase(Locale.ROOT))));
    };
  }

  public RuleType type() {
    return type;
  }

  public List<String> items() {
    return items;
  }

  /** The list as stored: items joined by ", " (null for ALL). */
  public String value() {
    return items.isEmpty() ? null : String.join(", ", items);
  }
}
