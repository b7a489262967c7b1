package io.windlass.style;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A node of a CartoCSS value, as carto 0.16.3's {@code tree} has them: {@link #ev} evaluates it
 * (variables, operations and colour functions resolved, errors reported to the {@link Env}), {@link
 * #is} is carto's type tag (the reference's type names: {@code float}, {@code color}, {@code
 * string}, {@code keyword}, {@code field}, ...), and {@link #text} is what carto writes into the
 * Mapnik XML for it.
 */
sealed interface Node
    permits Node.Dimension,
        CssColor,
        Node.Quoted,
        Node.Keyword,
        Node.Field,
        Node.Literal,
        Node.Url,
        Node.ImageFilter,
        Node.Tag,
        Node.Undefined,
        Node.Expression,
        Node.Value,
        Node.Variable,
        Node.Operation,
        Node.Invalid,
        Call {

  Node ev(Env env);

  String is();

  /** carto's {@code toString()}: the text written into the XML. */
  String text();

  /** carto's {@code toString(true)}: as {@link #text}, but strings quoted (for expressions). */
  default String quotedText() {
    return text();
  }

  /** The result of a failed evaluation; the error has been reported already. */
  record Undefined() implements Node {
    static final Undefined INSTANCE = new Undefined();

    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "undefined";
    }

    public String text() {
      return "undefined";
    }
  }

  /** A string literal. */
  record Quoted(String value) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "string";
    }

    public String text() {
      return value.replace("&", "&amp;");
    }

    @Override
    public String quotedText() {
      String x =
          text()
              .replace("'", "\\'")
              .replace("\"", "&quot;")
              .replace("<", "&lt;")
              .replace(">", "&gt;");
      return "'" + x + "'";
    }
  }

  /** A bare word; {@code transparent} is a colour and {@code true}/{@code false} booleans. */
  record Keyword(String value) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      switch (value) {
        case "transparent":
          return "color";
        case "true":
        case "false":
          return "boolean";
        default:
          return "keyword";
      }
    }

    public String text() {
      return value;
    }
  }

  /** A feature attribute reference {@code [name]}. */
  record Field(String name) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "field";
    }

    public String text() {
      return "[" + name + "]";
    }
  }

  /** A Mapnik expression built from fields and other values, e.g. {@code [a]+' '+[b]}. */
  record Literal(String value) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "field";
    }

    public String text() {
      return value;
    }
  }

  /** {@code url(...)}. */
  record Url(Node value) implements Node {
    public Node ev(Env env) {
      return new Url(value.ev(env));
    }

    public String is() {
      return "uri";
    }

    public String text() {
      return value.text();
    }
  }

  /** An image filter such as {@code agg-stack-blur(2,2)}. */
  record ImageFilter(String filter, List<Node> args) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "imagefilter";
    }

    public String text() {
      return args == null ? filter : filter + "(" + join(args, ",") + ")";
    }
  }

  /** A raster colorizer {@code stop(value, color, mode)}. */
  record Tag(Node val, Node color, Node mode) implements Node {
    public Node ev(Env env) {
      return this;
    }

    public String is() {
      return "tag";
    }

    public String text() {
      return "\n\t<stop value=\""
          + val.text()
          + "\""
          + (color != null ? " color=\"" + color.text() + "\" " : "")
          + (mode != null ? " mode=\"" + mode.text() + "\" " : "")
          + "/>";
    }
  }

  /** Whitespace-separated entities, e.g. {@code 2 4} or a font name list. */
  record Expression(List<Node> value) implements Node {
    public Node ev(Env env) {
      if (value.size() > 1) {
        return new Expression(value.stream().map(e -> e.ev(env)).collect(Collectors.toList()));
      }
      return value.get(0).ev(env);
    }

    public String is() {
      return "expression";
    }

    public String text() {
      return join(value, " ");
    }
  }

  /** A comma-separated list of expressions: the whole value of a declaration. */
  record Value(List<Node> value) implements Node {
    public Node ev(Env env) {
      if (value.size() == 1) {
        return value.get(0).ev(env);
      }
      return new Value(value.stream().map(e -> e.ev(env)).collect(Collectors.toList()));
    }

    public String is() {
      return "value";
    }

    public String text() {
      return join(value, ", ");
    }

    String text(String separator) {
      return join(value, separator);
    }
  }

  /** {@code @name}: looked up in the global frames (the first definition wins, as in carto). */
  record Variable(String name, int index, int file) implements Node {
    public Node ev(Env env) {
      Rule def = env.variable(name);
      if (def != null) {
        return def.value().ev(env);
      }
      env.error(file, index, "variable " + name + " is undefined");
      return Undefined.INSTANCE;
    }

    public String is() {
      return "variable";
    }

    public String text() {
      return name;
    }
  }

  /** Code carto could not parse; reported when its block is flattened. */
  record Invalid(String chunk, int index, int file, String message) implements Node {
    public Node ev(Env env) {
      env.error(file, index, message);
      return Undefined.INSTANCE;
    }

    public String is() {
      return "invalid";
    }

    public String text() {
      return chunk;
    }
  }

  /** A binary operation {@code a op b}. */
  record Operation(String op, Node a, Node b, int index, int file) implements Node {
    public Node ev(Env env) {
      return Operations.evaluate(this, env);
    }

    public String is() {
      return "operation";
    }

    public String text() {
      return a.text() + op + b.text();
    }
  }

  /** A number with an optional unit; only {@code %} changes arithmetic. */
  record Dimension(double value, String unit, int index, int file) implements Node {
    Dimension(double value, String unit) {
      this(value, unit, -1, -1);
    }

    public Node ev(Env env) {
      if (unit == null || unit.equals("px") || unit.equals("%")) {
        return this;
      }
      double density;
      switch (unit) {
        case "m":
          density = 0.0254;
          break;
        case "mm":
          density = 25.4;
          break;
        case "cm":
          density = 2.54;
          break;
        case "pt":
          density = 72;
          break;
        case "pc":
          density = 6;
          break;
        case "in":
          density = Double.NaN; // carto has no density for inches: the result is NaN
          break;
        default:
          env.error(file, index, "Invalid unit: '" + unit + "'");
          return Undefined.INSTANCE;
      }
      return new Dimension(value / density * Env.PPI, "px", index, file);
    }

    public String is() {
      return "float";
    }

    public String text() {
      return JsNumber.format(value);
    }
  }

  static String join(List<Node> nodes, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < nodes.size(); k++) {
      if (k > 0) {
        sb.append(sep);
      }
      sb.append(nodes.get(k).text());
    }
    return sb.toString();
  }
}
