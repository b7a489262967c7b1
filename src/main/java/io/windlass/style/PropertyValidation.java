package io.windlass.style;

import java.util.List;

/** carto's {@code Reference.validValue}: whether an evaluated value fits a property's type. */
final class PropertyValidation {

  private PropertyValidation() {}

  static boolean valid(Reference.Property p, Node.Value value) {
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
      // carto checks fonts against the fonts Mapnik has; this compiler has no font list
      return vs.stream().anyMatch(v -> v.is().equals(type));
    }
    return p.keywords().isEmpty() && type.equals(first.is());
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
