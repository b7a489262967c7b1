package io.windlass.style;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variable bindings visible in one ruleset (or at the top level), chained to the enclosing scope. A
 * ruleset's variables are visible to its whole body and nested rulesets, as in carto.
 */
final class Scope {

  private final Scope parent;
  private final Map<String, Statement.VariableDef> vars = new HashMap<>();

  Scope(Scope parent, List<Statement> body) {
    this.parent = parent;
    for (Statement s : body) {
      if (s instanceof Statement.VariableDef v) {
        vars.put(v.name(), v); // a later definition overrides an earlier one, as carto does
      }
    }
  }

  /** The definition of {@code name} and the scope it lives in, or null. */
  Binding lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Statement.VariableDef v = s.vars.get(name);
      if (v != null) {
        return new Binding(v, s);
      }
    }
    return null;
  }

  /** A variable definition together with the scope its value must be evaluated in. */
  record Binding(Statement.VariableDef def, Scope scope) {}
}
