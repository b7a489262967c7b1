package io.windlass.style;

/**
 * One declaration {@code [instance/]name: value} or variable definition {@code @name: value}, as
 * carto's {@code tree.Rule}. {@code index} is the character offset of the declaration in stylesheet
 * {@code file}; {@code zoom} is the zoom mask of the definition it belongs to (set when the
 * definition is built), and {@code id} identifies the declaration for inheritance.
 */
final class Rule {

  private final String fullName;
  private final String name;
  private final String instance;
  private final Node.Value value;
  private final int index;
  private final int file;
  private final boolean variable;
  private int zoom = Zoom.ALL;
  private String id;

  Rule(String fullName, Node value, int index, int file) {
    this.fullName = fullName;
    int slash = fullName.indexOf('/');
    this.name = slash < 0 ? fullName : fullName.substring(fullName.lastIndexOf('/') + 1);
    this.instance = slash < 0 ? "__default__" : fullName.substring(0, slash);
    this.value = value instanceof Node.Value v ? v : new Node.Value(java.util.List.of(value));
    this.index = index;
    this.file = file;
    this.variable = fullName.startsWith("@");
  }

  Rule copy() {
    Rule r = new Rule(fullName, value, index, file);
    r.zoom = zoom;
    return r;
  }

  String fullName() {
    return fullName;
  }

  String name() {
    return name;
  }

  String instance() {
    return instance;
  }

  Node.Value value() {
    return value;
  }

  int index() {
    return index;
  }

  int file() {
    return file;
  }

  boolean variable() {
    return variable;
  }

  int zoom() {
    return zoom;
  }

  void zoom(int zoom) {
    this.zoom = zoom;
  }

  /** The symbolizer this property belongs to ({@code null} if the property is unknown). */
  String symbolizer() {
    Reference.Property p = Reference.V3_0_6.property(name);
    return p == null ? null : p.symbolizer();
  }

  String updateId() {
    id = zoom + "#" + instance + "#" + name;
    return id;
  }

  String id() {
    return id;
  }

  /** carto's {@code Rule.ev}: a new rule with the value evaluated. */
  Rule ev(Env env) {
    return new Rule(fullName, value.ev(env), index, file);
  }
}
