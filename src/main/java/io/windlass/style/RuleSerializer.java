package io.windlass.style;

import java.util.List;

/**
 * carto's {@code Rule.toXML}: validates a declaration against the {@link Reference} (unknown
 * property, wrong value type or keyword, with carto's messages) and renders its value as carto
 * writes it into the XML.
 */
final class RuleSerializer {

  private RuleSerializer() {}

  /**
   * An attribute {@code name=value} (value still XML-escaped as carto writes it), or null on error.
   */
  record Attribute(String name, String value) {}

  static Attribute attribute(Rule rule, Env env) {
    if (!validate(rule, env)) {
      return null;
    }
    Reference.Property p = Reference.V3_0_6.property(rule.name());
    List<Node> values = rule.value().value();
    if ("font".equals(p.validate()) && values.size() > 1) {
      List<String> fonts = values.stream().map(Node::text).toList();
      return new Attribute("fontset-name", env.fontset(fonts));
    }
    if (p.type().equals("unsigned") && values.get(0) instanceof Node.Dimension d) {
      // carto rounds unsigned values in place while validating them
      List<Node> rounded = new java.util.ArrayList<>(values);
      rounded.set(0, new Node.Dimension(JsNumber.round(d.value()), d.unit()));
      return new Attribute(p.name(), new Node.Value(rounded).text());
    }
    return new Attribute(p.name(), rule.value().text());
  }

  /** The value as element content (carto's {@code toXML(env, true, sep)}), or null on error. */
  static String content(Rule rule, Env env, String separator) {
    if (!validate(rule, env)) {
      return null;
    }
    return rule.value().text(separator == null ? ", " : separator);
  }

  private static boolean validate(Rule rule, Env env) {
    Reference ref = Reference.V3_0_6;
    Reference.Property p = ref.property(rule.name());
    if (p == null) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String candidate : ref.propertyNames()) {
        int d = Reference.editDistance(rule.name(), candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
      String mean = best != null && bestDistance < 3 ? ". Did you mean " + best + "?" : "";
      env.error(rule.file(), rule.index(), "Unrecognized rule: " + rule.name() + mean);
      return false;
    }
    if (!PropertyValidation.valid(p, rule.value(), env.fonts())) {
      String typename;
      if (p.validate() != null) {
        typename = p.validate();
      } else if (!p.keywords().isEmpty()) {
        typename = "keyword (options: " + String.join(", ", p.keywords()) + ")";
      } else {
        typename = p.type();
      }
      env.error(
          rule.file(),
          rule.index(),
          "Invalid value for "
              + rule.name()
              + ", the type "
              + typename
              + " is expected. "
              + rule.value().text()
              + " (of type "
              + rule.value().value().get(0).is()
              + ") "
              + " was given.");
      return false;
    }
    return true;
  }
}
