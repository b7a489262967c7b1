package io.windlass.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The compiled filter of a {@link StyleRule}: all of its {@code [field op value]} conditions must
 * hold for a feature's attributes (Mapnik value semantics, see {@link AttributeFilter}). Built once
 * at compile time from carto's simplified filter set.
 */
public final class RuleFilter {

  /** The filter of a rule without conditions. */
  public static final RuleFilter ALL = new RuleFilter(new AttributeFilter[0]);

  private final AttributeFilter[] filters;

  private RuleFilter(AttributeFilter[] filters) {
    this.filters = filters;
  }

  static RuleFilter of(Filterset set) {
    List<AttributeFilter> out = new ArrayList<>();
    for (Filter f : set.filters()) {
      String field = f.key() instanceof Node.Field fk ? fk.name() : f.key().text();
      Node v = f.val();
      Object literal;
      if (v instanceof Node.Quoted q) {
        literal = q.value();
      } else if (v instanceof Node.Dimension d) {
        literal = d.value();
      } else if (v instanceof Node.Keyword k) {
        literal = literal(k.value());
      } else {
        literal = v.text();
      }
      Pattern regex = null;
      if (f.op().equals("=~")) {
        regex = Pattern.compile(String.valueOf(literal));
      }
      out.add(new AttributeFilter(field, AttributeFilter.Op.of(f.op()), literal, regex));
    }
    return out.isEmpty() ? ALL : new RuleFilter(out.toArray(new AttributeFilter[0]));
  }

  private static Object literal(String keyword) {
    switch (keyword) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        return keyword;
    }
  }

  /** Whether every condition holds for these attributes. */
  public boolean test(Map<String, Object> attributes) {
    for (AttributeFilter f : filters) {
      if (!f.test(attributes)) {
        return false;
      }
    }
    return true;
  }

  /** Attribute names the conditions read. */
  List<String> fields() {
    List<String> out = new ArrayList<>();
    for (AttributeFilter f : filters) {
      out.add(f.field());
    }
    return out;
  }
}
