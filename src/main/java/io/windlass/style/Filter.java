package io.windlass.style;

/**
 * One selector filter {@code [key op value]} as carto's {@code tree.Filter}. Like carto, the
 * identity {@link #id} is fixed from the source text, and {@link Filterset#add} may turn a {@code
 * >=} into {@code >} (so {@code op} can change) when it absorbs a {@code !=}.
 */
final class Filter {

  private Node key;
  private String op;
  private Node val;
  private final int index;
  private final int file;
  private final String id;
  // texts and lookup keys, computed once per evaluation: Filterset consults them constantly
  private String keyText;
  private String valText;
  private Object addValue;
  private String[] lookup;

  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("^[+-]?[0-9]+(\\.[0-9]*)?$");
  private static final String[] OPS = {"=", ">", "<", ">=", "<=", "!="};

  Filter(Node key, String op, Node val, int index, int file) {
    this.key = key;
    this.op = op;
    this.val = val;
    this.index = index;
    this.file = file;
    this.id = key.text() + op + val.text();
  }

  Node key() {
    return key;
  }

  String op() {
    return op;
  }

  void op(String op) {
    this.op = op;
  }

  Node val() {
    return val;
  }

  int index() {
    return index;
  }

  int file() {
    return file;
  }

  String id() {
    return id;
  }

  /** Resolves variables in key and value (carto evaluates filters in place). */
  void ev(Env env) {
    key = key.ev(env);
    val = val.ev(env);
    keyText = null;
  }

  private void texts() {
    if (keyText == null) {
      valText = val.text();
      addValue =
          NUMERIC.matcher(valText).matches() ? (Object) JsCompare.parseFloat(valText) : valText;
      lookup = new String[OPS.length];
      keyText = key.text();
    }
  }

  String keyText() {
    texts();
    return keyText;
  }

  String valText() {
    texts();
    return valText;
  }

  /** The value as {@link Filterset#addable} compares it: a number when it looks like one. */
  Object addValue() {
    texts();
    return addValue;
  }

  /** {@code key + op} (op index into =, >, <, >=, <=, !=), as carto's filter-set keys. */
  String lookupKey(int op) {
    texts();
    String k = lookup[op];
    if (k == null) {
      k = keyText + OPS[op];
      lookup[op] = k;
    }
    return k;
  }

  /** carto's {@code Filter.toXML}, without XML escaping: {@code [key] op value}. */
  String toExpression(Env env) {
    Reference ref = Reference.V3_0_6;
    if (key instanceof Node.Keyword k
        && k.is().equals("keyword")
        && !ref.isFilterKeyword(k.value())) {
      env.error(file, index, k.value() + " is not a valid keyword in a filter expression");
    }
    if (val instanceof Node.Keyword k
        && k.is().equals("keyword")
        && !ref.isFilterKeyword(k.value())) {
      env.error(file, index, k.value() + " is not a valid keyword in a filter expression");
    }
    String k = key.text();
    String v = val.is().equals("string") ? val.quotedText() : val.text();
    boolean numeric = !op.equals("=") && !op.equals("!=") && !op.equals("=~");
    if ((numeric && Double.isNaN(jsNumber(v)) && !val.is().equals("field"))
        || (op.equals("=~") && !v.startsWith("'"))) {
      env.error(file, index, "Cannot use operator \"" + op + "\" with value " + val.text());
    }
    if (op.equals("=~")) {
      return k + ".match(" + v + ")";
    }
    return k + " " + op + " " + v;
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile(
          "[+-]?(Infinity|\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");
  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("0[xX][0-9a-fA-F]+");

  /** JavaScript's {@code Number(string)} coercion. */
  static double jsNumber(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return 0;
    }
    if (DECIMAL.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    if (HEX.matcher(t).matches()) {
      return Long.parseLong(t.substring(2), 16);
    }
    return Double.NaN;
  }

  @Override
  public String toString() {
    return "[" + id + "]";
  }
}
