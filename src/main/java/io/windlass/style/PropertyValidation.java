package io.windlass.style;

import java.util.List;
import java.util.Set;

/** carto's {@code Reference.validValue}: whether an evaluated value fits a property's type. */
final class PropertyValidation {

  private PropertyValidation() {}

  /**
   * Whether {@code value} fits {@code p}; {@code fonts} are the faces a {@code font} value may name
   * (null: any).
   */
  static boolean valid(Reference.Property p, Node.Value value, Set<String> fonts) {
    List<Node> vs = value.value();
    Node first = vs.get(0);
    String type = p.type();
    if (first.is().equals("keyword")) {
      if (!p.keywords().isEmpty()) {
        return p.keywords().contains(first.text());
      }
      return type.equals("string");
    }
    if (first.is().equals("undefined")) {
      return true;
    }
    switch (type) {
      case "numbers":
        return vs.stream().allMatch(v -> v.is().equals("float"));
      case "tags":
        if (first instanceof Node.Expression e) {
          return e.value().stream().allMatch(v -> v.is().equals("tag"));
        }
        return first.is().equals("tag");
      case "functions":
        return functions(p, vs);
      case "unsigned":
        return first.is().equals("float");
      default:
        break;
    }
    if (p.expression()) {
      return true;
    }
    if (p.validate() != null) {
      // carto's _validateValue.font: one of the listed fonts must be known (fontsets fall back)
      return vs.stream()
          .anyMatch(v -> v.is().equals(type) && (fonts == null || fonts.contains(fontName(v))));
    }
    return p.keywords().isEmpty() && type.equals(first.is());
  }

  /** The name carto looks up: the node's {@code value}, the unquoted text of a string. */
  private static String fontName(Node v) {
    return v instanceof Node.Quoted q ? q.value() : v.text();
  }

  private static boolean functions(Reference.Property p, List<Node> vs) {
    if (vs.get(0).is().equals("string")) {
      return true;
    }
    for (Node v : vs) {
      if (!(v instanceof Node.Expression e)) {
        // carto iterates the node's "value": nothing for calls and numbers, characters for words
        if (v instanceof Node.Keyword || v instanceof Node.Field || v instanceof Node.Literal) {
          if (!v.text().isEmpty()) {
            return false;
          }
        }
        continue;
      }
      for (Node c : e.value()) {
        if (!(c instanceof Call call)) {
          return false;
        }
        Integer arity = p.functions().get(call.name());
        if (!(arity != null && arity == -1)) {
          if (arity == null || arity != call.args().size()) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
